/**
 * A person's path to managing managers, from today's forecast: the step they are on (EM first for an IC, a MoM
 * role for a manager), their readiness for it signal by signal, what each missing signal would change, and
 * every role the forecast opens (emergent or vacant) they are a candidate for, with their place in its ranking.
 * The odds over time come from Monte Carlo (`shared/simulation/pathOdds.ts`).
 */
import { addMonths } from '../model/dates';
import { getOwn } from '../model/lookup';
import { buildTreeIndex } from '../model/tree';
import type { Org, Person, PersonId, Policy, UnitId } from '../model/types';
import { candidatePools, nearUnitFor, unitHeights, type RoleSpec } from './candidates';
import { forecastEmergence, nearestExisting, roleForHeight, type Forecast, type RoleTitle } from './forecast';
import { assessEmReadiness, assessMomReadiness, type Band, type Readiness, type SignalCheck } from './readiness';

/** The kind of role a person's next step is: an IC's is `em`, a manager's is `mom`. */
export type StepKind = 'em' | 'mom';

/** One signal the person doesn't meet yet (or nobody knows), and what meeting it would change. */
export interface SignalGap {
  readonly key: string;
  readonly label: string;
  readonly state: SignalCheck['state'];
  /** The band for the next step if this signal alone were met (the others as they are). */
  readonly bandIfMet: Band;
  /** Signals that time meets (years as EM, a year in the company): the months until it is met; else null. */
  readonly metInMonths: number | null;
}

/** A role the forecast opens that the person is a candidate for. */
export interface PathRole {
  /** The forecast role's id (`emerge:…` or `vacancy:…`). */
  readonly id: string;
  readonly unitId: UnitId;
  /** The unit's name (a new unit's name for an emergent role). */
  readonly name: string;
  readonly role: RoleTitle;
  readonly source: 'emergent' | 'vacancy';
  /** 1 = first in line. */
  readonly rank: number;
  /** Every candidate for the role. */
  readonly of: number;
  readonly band: Band;
  /** In the role's neighbourhood (ranks first at equal readiness). */
  readonly near: boolean;
}

export interface PersonPath {
  readonly personId: PersonId;
  readonly name: string;
  readonly title: string;
  /** Where they sit: leading or a member of a unit (null: not placed). */
  readonly placement: { readonly unitId: UnitId; readonly unit: string; readonly role: 'lead' | 'member' } | null;
  /** The next step: `em` for an IC, `mom` for a manager (also for one who already manages managers: the next layer up). */
  readonly step: StepKind;
  readonly readiness: Readiness;
  readonly gaps: readonly SignalGap[];
  /** Forecast roles they are a candidate for, best place first. */
  readonly roles: readonly PathRole[];
}

/**
 * `personPath(org, policy, 'p7')`: the path of one person, or null when there is no such person. Pass the
 * forecast when there is one already (it is computed otherwise).
 */
export function personPath(org: Org, policy: Policy, personId: PersonId, forecast: Forecast = forecastEmergence(org, policy)): PersonPath | null {
  const person = getOwn(org.people, personId);
  if (!person) return null;
  const index = buildTreeIndex(org);
  const heights = unitHeights(org, index);
  const placed = index.placement.get(personId);
  const step: StepKind = placed?.role === 'lead' ? 'mom' : 'em';
  const assess = (p: Person, asOf = org.asOf): Readiness => (step === 'mom' ? assessMomReadiness(p, asOf, policy) : assessEmReadiness(p, asOf, policy));
  const readiness = assess(person);
  const gaps = readiness.signals
    .filter((s) => s.state !== 'met')
    .map((s): SignalGap => {
      const met = withSignalMet(person, s.key, step, policy);
      const metInMonths = met ? null : monthsUntilMet(s.key, org.asOf, (asOf) => assess(person, asOf));
      return {
        key: s.key,
        label: s.label,
        state: s.state,
        bandIfMet: met ? assess(met).band : metInMonths === null ? readiness.band : assess(person, addMonths(org.asOf, metInMonths)).band,
        metInMonths,
      };
    });
  const pools = candidatePools(org, policy, index, heights);
  const ledHeight = placed?.role === 'lead' ? (heights.get(placed.unitId) ?? 0) : -1;
  const roles: PathRole[] = [];
  const consider = (id: string, unitId: UnitId, name: string, role: RoleTitle, source: PathRole['source'], spec: RoleSpec) => {
    // Only roles a step up: an IC's EM roles; a lead's MoM roles one layer above the unit they lead.
    if (step === 'em' ? spec.kind !== 'em' : spec.kind !== 'mom' || spec.height !== ledHeight + 1) return;
    const at = pools.placeOf(spec, personId);
    if (at) roles.push({ id, unitId, name, role, source, rank: at.place, of: at.of, band: at.band, near: at.near });
  };
  const projectedHeights = unitHeights(forecast.projected, buildTreeIndex(forecast.projected));
  for (const e of forecast.emergent) {
    const near = nearestExisting(org, forecast.projected, e.kind === 'team-split' ? e.teamId : (e.parentUnitId ?? e.childIds[0] ?? null));
    if (e.kind === 'team-split') consider(e.id, e.unitId, e.name, 'EM', 'emergent', { kind: 'em', nearUnitId: near });
    else consider(e.id, e.unitId, e.name, e.role, 'emergent', { kind: 'mom', nearUnitId: near, height: projectedHeights.get(e.unitId) ?? 1 });
  }
  for (const v of forecast.vacancies) {
    const height = heights.get(v.unitId) ?? 0;
    const spec: RoleSpec = height === 0 ? { kind: 'em', nearUnitId: v.unitId } : { kind: 'mom', nearUnitId: nearUnitFor(org, v.unitId), height };
    consider(v.id, v.unitId, org.units[v.unitId]?.name ?? v.unitId, roleForHeight(height), 'vacancy', spec);
  }
  roles.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  return {
    personId,
    name: person.name,
    title: person.title,
    placement: placed ? { unitId: placed.unitId, unit: org.units[placed.unitId]?.name ?? placed.unitId, role: placed.role } : null,
    step,
    readiness,
    gaps,
    roles,
  };
}

/**
 * The person with one signal met, for the signals a person can change (track record, the yes/no signals,
 * aspiration, IC level); null for the ones only time meets. `withSignalMet(p, 'momNetwork', 'mom', policy)`.
 */
export function withSignalMet(person: Person, key: string, step: StepKind, policy: Policy): Person | null {
  switch (key) {
    case 'launches':
      return { ...person, signals: { ...person.signals, launches: Math.max(2, person.signals.launches ?? 0) } };
    case 'strongReferences':
    case 'influence':
    case 'coachesOutsideTeam':
    case 'momNetwork':
    case 'operatingAtNextLevel':
      return { ...person, signals: { ...person.signals, [key]: true } };
    case 'mentors':
      return { ...person, signals: { ...person.signals, mentorsOthers: true } };
    case 'wantsRole':
      return { ...person, aspiration: step === 'mom' ? 'mom' : person.aspiration === 'mom' ? 'mom' : 'manager' };
    case 'senior':
      return { ...person, level: Math.max(person.level, policy.seniorIcLevel) };
    default:
      return null;
  }
}

/** Months (up to ten years) from `asOf` until time alone meets signal `key`, or null when it never does. */
function monthsUntilMet(key: string, asOf: string, assessAt: (asOf: string) => Readiness): number | null {
  for (let n = 1; n <= 120; n++) if (assessAt(addMonths(asOf, n)).signals.find((s) => s.key === key)?.state === 'met') return n;
  return null;
}
