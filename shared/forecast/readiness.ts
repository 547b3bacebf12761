/**
 * Readiness for a bigger role, signal by signal (DOMAIN.md "Who could fill it"). Every signal is reported as
 * met, not met or unknown with its value, so a band is never a black box, and unknown is never read as "no"
 * (DOMAIN.md "Known, not met, unknown").
 */
import { monthsBetween, yearsBetween } from '../model/dates';
import type { IsoDate, Org, Person, Policy } from '../model/types';

/**
 * `ready-now`, `ready-6-12` (months), `to-assess` (the band depends on signals nobody knows yet), or `not-yet`.
 */
export type Band = 'ready-now' | 'ready-6-12' | 'to-assess' | 'not-yet';
/** The bands, best first: the order candidates are ranked in. */
export const BANDS: readonly Band[] = ['ready-now', 'ready-6-12', 'to-assess', 'not-yet'];

/** What is known about one signal. */
export type SignalState = 'met' | 'not-met' | 'unknown';

/** One signal as the user sees it: "3.2 years as EM" ✓, "no coaching outside the team" ✗, "unknown" ?. */
export interface SignalCheck {
  readonly key: string;
  readonly label: string;
  readonly state: SignalState;
  /** True only when the signal is known and met (`state === 'met'`); unknown is false here but is not "no". */
  readonly met: boolean;
  readonly detail: string;
}

/** A person's readiness for one kind of role: the band, a score that orders people within a band, and every signal. */
export interface Readiness {
  readonly band: Band;
  /** Orders candidates within a band: more signals met, wanting the role, and time in role rank higher; an unknown counts half. */
  readonly score: number;
  readonly signals: readonly SignalCheck[];
  /** The keys of the signals that are unknown (possibly empty), in `signals` order. */
  readonly unknown: readonly string[];
  /** Only when `band` is `to-assess`: the band reached if every unknown signal turns out met. */
  readonly ifMet?: Exclude<Band, 'to-assess'>;
  /** Only when `band` is `to-assess`: the band reached if every unknown signal turns out not met. */
  readonly floor?: Exclude<Band, 'to-assess'>;
  /** The person knowingly doesn't want this kind of role: never 6-12 months, `not-yet`, ranked last. */
  readonly declines?: true;
}

/** `stateOf(null)` → 'unknown'; `stateOf(true)` → 'met'. */
export const stateOf = (known: boolean | null): SignalState => (known === null ? 'unknown' : known ? 'met' : 'not-met');

const check = (key: string, label: string, known: boolean | null, detail: string): SignalCheck => {
  const state = stateOf(known);
  return { key, label, state, met: state === 'met', detail: state === 'unknown' ? 'unknown' : detail };
};

type KnownBand = Exclude<Band, 'to-assess'>;

/**
 * The band from the floor (every unknown read as not met) and the ceiling (every unknown read as met): equal
 * means the unknowns can't change it; otherwise the person is `to-assess`.
 */
function settle(floor: KnownBand, ceiling: KnownBand): Pick<Readiness, 'band' | 'ifMet' | 'floor'> {
  return floor === ceiling ? { band: floor } : { band: 'to-assess', ifMet: ceiling, floor };
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
 * Ready in 6-12 months: `policy.readySoonYearsAsEm`+ years as EM, doesn't refuse the role, and 2+ of signals 2-7.
 * Aspiration `ic` or `manager` is a refusal: `not-yet` with `declines`. An unknown signal (launches null, a
 * boolean null, aspiration `unknown`) is neither met nor not met: when reading the unknowns as met and as not
 * met gives different bands, the band is `to-assess` with `ifMet` and `floor`.
 * Score: signals 2-7 met (an unknown counts half) + 1 if they want it (½ if unknown) + years as EM / 5 (capped at 1).
 * `assessMomReadiness(ana, org, DEFAULT_POLICY).band` → `'ready-now'`.
 */
export function assessMomReadiness(person: Person, org: AsOf, policy: Policy): Readiness {
  const asOf = dateOf(org);
  const emYears = yearsAsManager(person, asOf);
  const emMonths = person.managerSince ? monthsBetween(person.managerSince, asOf) : null;
  // Unknown dates: the years as an EM are unknown (met for the ceiling, not for the floor).
  const datesUnknown = person.tenureUnknown === true;
  const enoughYears = (years: number, unknownMet: boolean) => (datesUnknown ? unknownMet : meets(emMonths, years));
  const s = person.signals;
  const launches = s.launches;
  const growth: SignalCheck[] = [
    check(
      'launches',
      'Track record of shipping as a manager',
      launches === null ? null : launches >= 2,
      `${launches} notable ${launches === 1 ? 'launch' : 'launches'}${launches !== null && launches >= 2 ? '' : ' (2 or more count)'}`,
    ),
    check(
      'strongReferences',
      'Strong references or rating',
      s.strongReferences,
      s.strongReferences ? 'strong references or rating' : 'no strong references or rating yet',
    ),
    check(
      'influence',
      'Influence beyond the team',
      s.influence,
      s.influence ? 'people outside the team seek their advice' : 'not yet sought out beyond the team',
    ),
    check(
      'coachesOutsideTeam',
      'Coaches outside the team',
      s.coachesOutsideTeam,
      s.coachesOutsideTeam ? 'coaches people outside the team' : 'no coaching outside the team',
    ),
    check(
      'momNetwork',
      'Has talked with people who do the job',
      s.momNetwork,
      s.momNetwork ? 'has a mentor or peers at MoM level' : 'no mentor or peers at MoM level',
    ),
    check(
      'operatingAtNextLevel',
      'Operating at the next level',
      s.operatingAtNextLevel,
      s.operatingAtNextLevel ? 'already operating at the next level' : 'not yet operating at the next level',
    ),
  ];
  const aspiration = person.aspiration;
  const wants: boolean | null = aspiration === 'mom' ? true : aspiration === 'unknown' ? null : false;
  const signals: SignalCheck[] = [
    datesUnknown
      ? { key: 'yearsAsEm', label: `At least ${policy.readyNowYearsAsEm} years as an EM`, state: 'unknown', met: false, detail: 'unknown (no dates known)' }
      : {
          key: 'yearsAsEm',
          label: `At least ${policy.readyNowYearsAsEm} years as an EM`,
          state: meets(emMonths, policy.readyNowYearsAsEm) ? 'met' : 'not-met',
          met: meets(emMonths, policy.readyNowYearsAsEm),
          detail: person.managerSince ? `${years(emYears)} as EM` : 'has not managed yet',
        },
    ...growth,
    {
      ...check('wantsRole', 'Wants the role', wants, wants ? 'wants the role (aspiration: mom)' : `aspiration is ${aspiration}: doesn't want the role`),
      ...(wants === null ? { detail: 'aspiration unknown' } : {}),
    },
  ];
  const met = growth.filter((c) => c.state === 'met').length;
  const open = growth.filter((c) => c.state === 'unknown').length;
  const declines = wants === false;
  const bandIf = (unknownMet: boolean): KnownBand => {
    const n = met + (unknownMet ? open : 0);
    const wantsIt = wants ?? unknownMet;
    if (enoughYears(policy.readyNowYearsAsEm, unknownMet) && wantsIt && n >= 4) return 'ready-now';
    if (enoughYears(policy.readySoonYearsAsEm, unknownMet) && !declines && n >= 2) return 'ready-6-12';
    return 'not-yet';
  };
  return {
    ...settle(bandIf(false), bandIf(true)),
    score: met + open / 2 + (wants === null ? 0.5 : wants ? 1 : 0) + (datesUnknown ? 0.5 : Math.min(emYears, 5) / 5),
    signals,
    unknown: signals.filter((c) => c.state === 'unknown').map((c) => c.key),
    ...(declines ? { declines: true as const } : {}),
  };
}

/**
 * Readiness for an EM role (the new half of a split team, a vacant team), among ICs, measured at `org.asOf` (or a date):
 * senior level (`policy.seniorIcLevel`+), a year in the company, mentors others (may be unknown), wants to manage
 * (aspiration `manager` or `mom`; `ic` refuses; `unknown` is unknown). Ready now: all four. Ready in 6-12 months:
 * any three, never for someone who refuses (they are `not-yet` with `declines`). Else not yet. Unknowns settle
 * the band as for MoM roles (`to-assess` when reading them as met or not met differs).
 * Score: signals met (of 4, an unknown counts half) + years in the company / 5 (capped at 1) + level / 10.
 */
export function assessEmReadiness(person: Person, org: AsOf, policy: Policy): Readiness {
  const asOf = dateOf(org);
  const tenure = Math.max(0, yearsBetween(person.hireDate, asOf));
  const aspiration = person.aspiration;
  const wants: boolean | null = aspiration === 'manager' || aspiration === 'mom' ? true : aspiration === 'unknown' ? null : false;
  const mentors = person.signals.mentorsOthers;
  const signals: SignalCheck[] = [
    check('senior', `Senior level (L${policy.seniorIcLevel}+)`, person.level >= policy.seniorIcLevel, `level L${person.level}`),
    check('tenure', 'At least a year in the company', person.tenureUnknown ? null : atLeastYears(person.hireDate, asOf, 1), `${years(tenure)} in the company`),
    check('mentors', 'Mentors others', mentors, mentors ? 'mentors others' : 'not mentoring others yet'),
    {
      ...check(
        'wantsRole',
        'Wants to manage',
        wants,
        wants ? `wants to manage (aspiration: ${aspiration})` : `aspiration is ${aspiration}: doesn't want to manage`,
      ),
      ...(wants === null ? { detail: 'aspiration unknown' } : {}),
    },
  ];
  const met = signals.filter((c) => c.state === 'met').length;
  const open = signals.filter((c) => c.state === 'unknown').length;
  const declines = wants === false;
  const bandIf = (unknownMet: boolean): KnownBand => {
    const n = met + (unknownMet ? open : 0);
    return n === 4 ? 'ready-now' : n === 3 && !declines ? 'ready-6-12' : 'not-yet';
  };
  return {
    ...settle(bandIf(false), bandIf(true)),
    score: met + open / 2 + (person.tenureUnknown ? 0.5 : Math.min(tenure, 5) / 5) + person.level / 10,
    signals,
    unknown: signals.filter((c) => c.state === 'unknown').map((c) => c.key),
    ...(declines ? { declines: true as const } : {}),
  };
}

/**
 * `monthsBetween` and `yearsBetween` from `from` to `to`, remembered: a simulation asks them of the same dates (a
 * person's hire or manager date, the month's date) every month, and parsing dates is most of their cost.
 */
const spans = new Map<IsoDate, Map<IsoDate, { months: number; years: number }>>();
export function spanBetween(from: IsoDate, to: IsoDate): { readonly months: number; readonly years: number } {
  let byFrom = spans.get(to);
  if (!byFrom) {
    if (spans.size >= 256) spans.clear();
    spans.set(to, (byFrom = new Map()));
  }
  let span = byFrom.get(from);
  if (!span) {
    if (byFrom.size >= 100_000) byFrom.clear();
    byFrom.set(from, (span = { months: monthsBetween(from, to), years: yearsBetween(from, to) }));
  }
  return span;
}

/**
 * A person's score when they are `ready-now` for a role of `kind` at `asOf`, else null: exactly the band and score
 * `assessMomReadiness` / `assessEmReadiness` give, without building the signal checks. The simulation's pools ask
 * it of everyone who might be ready, every month; only the few listed need the checks.
 * `readyNowScore(ana, 'mom', '2026-11-01', DEFAULT_POLICY)` → 5.6 (null for someone not ready now).
 */
export function readyNowScore(person: Person, kind: 'mom' | 'em', asOf: IsoDate, policy: Policy): number | null {
  if (kind === 'em') {
    // Ready now only with all four signals known and met (then none is unknown).
    const wants = person.aspiration === 'manager' || person.aspiration === 'mom';
    if (
      !wants ||
      person.level < policy.seniorIcLevel ||
      person.signals.mentorsOthers !== true ||
      person.tenureUnknown ||
      !meets(spanBetween(person.hireDate, asOf).months, 1)
    )
      return null;
    const met = 4;
    const open = 0;
    const tenure = Math.max(0, spanBetween(person.hireDate, asOf).years);
    return met + open / 2 + Math.min(tenure, 5) / 5 + person.level / 10;
  }
  // Ready now when the floor (every unknown read as not met) is: wants it, the years known and enough, 4+ met.
  if (person.aspiration !== 'mom' || person.tenureUnknown === true) return null;
  const emMonths = person.managerSince ? spanBetween(person.managerSince, asOf).months : null;
  if (!meets(emMonths, policy.readyNowYearsAsEm)) return null;
  const s = person.signals;
  let met = 0;
  let open = 0;
  if (s.launches === null) open++;
  else if (s.launches >= 2) met++;
  for (const known of [s.strongReferences, s.influence, s.coachesOutsideTeam, s.momNetwork, s.operatingAtNextLevel]) {
    if (known === null) open++;
    else if (known) met++;
  }
  if (met < 4) return null;
  const emYears = person.managerSince ? Math.max(0, spanBetween(person.managerSince, asOf).years) : 0;
  return met + open / 2 + 1 + Math.min(emYears, 5) / 5;
}
