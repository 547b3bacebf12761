/**
 * Readiness for a bigger role, signal by signal (DOMAIN.md "Who could fill it"). Every signal is reported as
 * met or not met with its value, so a band is never a black box.
 */
import { monthsBetween, yearsBetween } from '../model/dates';
import type { IsoDate, Org, Person, Policy } from '../model/types';

/** `ready-now`, `ready-6-12` (months), or `not-yet`. */
export type Band = 'ready-now' | 'ready-6-12' | 'not-yet';
/** The bands, best first: the order candidates are ranked in. */
export const BANDS: readonly Band[] = ['ready-now', 'ready-6-12', 'not-yet'];

/** One signal as the user sees it: "3.2 years as EM" ✓, "no coaching outside the team" ✗. */
export interface SignalCheck {
  readonly key: string;
  readonly label: string;
  readonly met: boolean;
  readonly detail: string;
}

/** A person's readiness for one kind of role: the band, a score that orders people within a band, and every signal. */
export interface Readiness {
  readonly band: Band;
  /** Orders candidates within a band: more signals met, wanting the role, and time in role rank higher. */
  readonly score: number;
  readonly signals: readonly SignalCheck[];
}

const years = (n: number): string => `${n.toFixed(1)} ${n >= 0.95 && n < 1.05 ? 'year' : 'years'}`;

/** The date readiness is measured at: the org's date, or a date given directly. */
export type AsOf = Pick<Org, 'asOf'> | IsoDate;
const dateOf = (at: AsOf): IsoDate => (typeof at === 'string' ? at : at.asOf);

/**
 * True when at least `years` have passed from `from` to `to`, counted in whole calendar months, so an
 * anniversary counts (365.25-day years would put the first one just short): `atLeastYears('2025-01-01', '2026-01-01', 1)` → true.
 */
export function atLeastYears(from: IsoDate | undefined, to: IsoDate, years: number): boolean {
  return meets(from === undefined ? null : monthsBetween(from, to), years);
}

// No start date (null months) means no time at all, which still meets a threshold of zero.
const meets = (months: number | null, years: number): boolean => (months === null ? years <= 0 : months >= years * 12);

/** Years since the person became a manager, to `asOf`; 0 for someone who never managed. */
export function yearsAsManager(person: Person, asOf: IsoDate): number {
  return person.managerSince ? Math.max(0, yearsBetween(person.managerSince, asOf)) : 0;
}

/**
 * Readiness for a manager-of-managers role, measured at `org.asOf` (or a date); signals 1-8 of DOMAIN.md in order.
 * Ready now: `policy.readyNowYearsAsEm`+ years as EM, aspiration `mom`, and 4+ of signals 2-7.
 * Ready in 6-12 months: `policy.readySoonYearsAsEm`+ years as EM and 2+ of signals 2-7. DOMAIN.md sets no
 * aspiration condition there, so a strong EM who doesn't want the role is capped at 6-12 months (never ready
 * now), with "doesn't want the role" shown unmet.
 * Score (ranks people within a band): signals 2-7 met + 1 if they want it + years as EM / 5 (capped at 1).
 * `assessMomReadiness(ana, org, DEFAULT_POLICY).band` → `'ready-now'`.
 */
export function assessMomReadiness(person: Person, org: AsOf, policy: Policy): Readiness {
  const asOf = dateOf(org);
  const emYears = yearsAsManager(person, asOf);
  const emMonths = person.managerSince ? monthsBetween(person.managerSince, asOf) : null;
  const s = person.signals;
  const wants = person.aspiration === 'mom';
  const growth: SignalCheck[] = [
    { key: 'launches', label: 'Track record of shipping as a manager', met: s.launches >= 2, detail: `${s.launches} notable ${s.launches === 1 ? 'launch' : 'launches'}${s.launches >= 2 ? '' : ' (2 or more count)'}` },
    { key: 'strongReferences', label: 'Strong references or rating', met: s.strongReferences, detail: s.strongReferences ? 'strong references or rating' : 'no strong references or rating yet' },
    { key: 'influence', label: 'Influence beyond the team', met: s.influence, detail: s.influence ? 'people outside the team seek their advice' : 'not yet sought out beyond the team' },
    { key: 'coachesOutsideTeam', label: 'Coaches outside the team', met: s.coachesOutsideTeam, detail: s.coachesOutsideTeam ? 'coaches people outside the team' : 'no coaching outside the team' },
    { key: 'momNetwork', label: 'Has talked with people who do the job', met: s.momNetwork, detail: s.momNetwork ? 'has a mentor or peers at MoM level' : 'no mentor or peers at MoM level' },
    { key: 'operatingAtNextLevel', label: 'Operating at the next level', met: s.operatingAtNextLevel, detail: s.operatingAtNextLevel ? 'already operating at the next level' : 'not yet operating at the next level' },
  ];
  const met = growth.filter((c) => c.met).length;
  const signals: SignalCheck[] = [
    {
      key: 'yearsAsEm',
      label: `At least ${policy.readyNowYearsAsEm} years as an EM`,
      met: meets(emMonths, policy.readyNowYearsAsEm),
      detail: person.managerSince ? `${years(emYears)} as EM` : 'has not managed yet',
    },
    ...growth,
    {
      key: 'wantsRole',
      label: 'Wants the role',
      met: wants,
      detail: wants ? 'wants the role (aspiration: mom)' : `aspiration is ${person.aspiration}: doesn't want the role`,
    },
  ];
  const band: Band =
    meets(emMonths, policy.readyNowYearsAsEm) && wants && met >= 4
      ? 'ready-now'
      : meets(emMonths, policy.readySoonYearsAsEm) && met >= 2
        ? 'ready-6-12'
        : 'not-yet';
  return { band, score: met + (wants ? 1 : 0) + Math.min(emYears, 5) / 5, signals };
}

/**
 * Readiness for an EM role (the new half of a split team, a vacant team), among ICs, measured at `org.asOf` (or a date):
 * senior level (`policy.seniorIcLevel`+), a year in the company, mentors others, wants to manage (aspiration
 * `manager` or `mom`). Ready now: all four. Ready in 6-12 months: any three, so, as for MoM roles, someone who
 * doesn't want it can be 6-12 months away but never ready now. Else not yet.
 * Score: signals met (of 4) + years in the company / 5 (capped at 1) + level / 10.
 */
export function assessEmReadiness(person: Person, org: AsOf, policy: Policy): Readiness {
  const asOf = dateOf(org);
  const tenure = Math.max(0, yearsBetween(person.hireDate, asOf));
  const wants = person.aspiration === 'manager' || person.aspiration === 'mom';
  const others: SignalCheck[] = [
    { key: 'senior', label: `Senior level (L${policy.seniorIcLevel}+)`, met: person.level >= policy.seniorIcLevel, detail: `level L${person.level}` },
    { key: 'tenure', label: 'At least a year in the company', met: atLeastYears(person.hireDate, asOf, 1), detail: `${years(tenure)} in the company` },
    { key: 'mentors', label: 'Mentors others', met: person.signals.mentorsOthers, detail: person.signals.mentorsOthers ? 'mentors others' : 'not mentoring others yet' },
  ];
  const met = others.filter((c) => c.met).length;
  const signals: SignalCheck[] = [
    ...others,
    { key: 'wantsRole', label: 'Wants to manage', met: wants, detail: wants ? `wants to manage (aspiration: ${person.aspiration})` : `aspiration is ${person.aspiration}: doesn't want to manage` },
  ];
  const all = met + (wants ? 1 : 0);
  const band: Band = all === 4 ? 'ready-now' : all === 3 ? 'ready-6-12' : 'not-yet';
  return { band, score: met + (wants ? 1 : 0) + Math.min(tenure, 5) / 5 + person.level / 10, signals };
}
