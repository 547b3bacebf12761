/** Internal candidates for a role, ranked per DOMAIN.md: readiness band, then nearness, then score. */
import { buildTreeIndex, subtreeUnitIds, type TreeIndex } from '../model/tree';
import type { IsoDate, Org, Person, PersonId, Policy, UnitId } from '../model/types';
import { assessEmReadiness, assessMomReadiness, BANDS, type Band, type Readiness, type SignalCheck } from './readiness';

/** The role a candidate list is for. */
export interface RoleSpec {
  /** `mom` roles draw from managers, `em` roles from individual contributors. */
  readonly kind: 'mom' | 'em';
  /**
   * Candidates whose unit lies in this subtree are "near" and rank first at equal readiness. The forecast
   * passes the role's parent for MoM roles (`nearUnitFor`) and the team itself for EM roles (its ICs first).
   */
  readonly nearUnitId: UnitId | null;
  /**
   * For a MoM role: how many layers of managers it sits above (1 = above EMs). Candidates then lead units one
   * layer lower: a step up. Without it, every current manager is a candidate.
   */
  readonly height?: number;
  /** People who can't take it (the current holder, leads above the role). */
  readonly excludePersonIds?: readonly PersonId[];
}

/** One person who could fill a role, with their readiness for it and where they sit now. */
export interface Candidate {
  readonly personId: PersonId;
  readonly name: string;
  readonly title: string;
  readonly band: Band;
  readonly score: number;
  /** Inside the role's `nearUnitId` subtree. */
  readonly near: boolean;
  /** The unit they lead (MoM roles) or belong to (EM roles) today. */
  readonly currentUnitId: UnitId;
  readonly signals: readonly SignalCheck[];
  /** The keys of the signals nobody knows yet (possibly empty). */
  readonly unknown: readonly string[];
  /** Only for `to-assess`: the band reached if every unknown signal is met ("ready now if met"). */
  readonly ifMet?: Readiness['ifMet'];
  /** Only for `to-assess`: the band if every unknown signal is not met. */
  readonly floor?: Readiness['floor'];
  /** Knowingly doesn't want this kind of role ("doesn't want it"): `not-yet`, listed last. */
  readonly declines?: true;
}

/** How many layers of units lie below each unit (a team is 0): `unitHeights(org, index).get(teamId)` → 0. */
export function unitHeights(org: Org, index: TreeIndex): ReadonlyMap<UnitId, number> {
  const heights = new Map<UnitId, number>();
  const visit = (id: UnitId, seen: Set<UnitId>): number => {
    const known = heights.get(id);
    if (known !== undefined) return known;
    seen.add(id);
    let h = 0;
    for (const c of index.children.get(id) ?? []) if (!seen.has(c)) h = Math.max(h, visit(c, seen) + 1);
    heights.set(id, h);
    return h;
  };
  for (const id of Object.keys(org.units) as UnitId[]) visit(id, new Set());
  return heights;
}

/**
 * Where "near" is for a MoM role at `unitId` (filled, vacant, or the parent an emergent node sits under):
 * the subtree of its parent, so peers' teams count as near too; a top unit is its own neighbourhood.
 * `nearUnitFor(org, 'u06')` → `'u02'` when Search sits under Product Engineering.
 */
export function nearUnitFor(org: Org, unitId: UnitId): UnitId {
  const parent = org.units[unitId]?.parentId ?? null;
  return parent !== null && org.units[parent] ? parent : unitId;
}

/**
 * Everyone who could fill `role`, best first: band (ready now, 6-12 months, to assess, not yet), then near before
 * far, then score (higher first), then name; people who don't want the role come last. No person appears twice.
 * `rankCandidates(org, policy, { kind: 'mom', nearUnitId: 'u02', height: 1 })[0].band` → `'ready-now'` for the sample.
 */
export function rankCandidates(org: Org, policy: Policy, role: RoleSpec, index: TreeIndex = buildTreeIndex(org), heights = unitHeights(org, index)): Candidate[] {
  const near = new Set(role.nearUnitId && org.units[role.nearUnitId] ? subtreeUnitIds(index, role.nearUnitId) : []);
  const excluded = new Set(role.excludePersonIds ?? []);
  const out: Candidate[] = [];
  for (const [personId, placement] of index.placement) {
    if (excluded.has(personId)) continue;
    const person = org.people[personId];
    if (!person) continue;
    if (role.kind === 'em' && placement.role !== 'member') continue;
    if (role.kind === 'mom' && placement.role !== 'lead') continue;
    if (role.kind === 'mom' && role.height !== undefined && (heights.get(placement.unitId) ?? 0) !== role.height - 1) continue;
    const readiness = readinessOf(person, role.kind, org.asOf, policy);
    out.push({
      personId,
      name: person.name,
      title: person.title,
      band: readiness.band,
      score: readiness.score,
      near: near.has(placement.unitId),
      currentUnitId: placement.unitId,
      signals: readiness.signals,
      unknown: readiness.unknown,
      ...(readiness.ifMet ? { ifMet: readiness.ifMet } : {}),
      ...(readiness.floor ? { floor: readiness.floor } : {}),
      ...(readiness.declines ? { declines: readiness.declines } : {}),
    });
  }
  return out.sort(
    (a, b) => rankOf(a) - rankOf(b) || Number(b.near) - Number(a.near) || b.score - a.score || a.name.localeCompare(b.name) || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
  );
}

// Declining people rank after every band, "not yet" included.
const rankOf = (c: Candidate): number => (c.declines ? BANDS.length : BANDS.indexOf(c.band));

// A forecast assesses the same people for many roles, and a simulation for many months; people are immutable
// values, so their readiness is remembered per person object for one (date, policy) pair.
const memo = new WeakMap<Person, { asOf: IsoDate; policy: Policy; mom?: Readiness; em?: Readiness }>();
function readinessOf(person: Person, kind: 'mom' | 'em', asOf: IsoDate, policy: Policy): Readiness {
  let entry = memo.get(person);
  if (!entry || entry.asOf !== asOf || entry.policy !== policy) memo.set(person, (entry = { asOf, policy }));
  return (entry[kind] ??= kind === 'mom' ? assessMomReadiness(person, asOf, policy) : assessEmReadiness(person, asOf, policy));
}

/** Counts per band, for badges: `{ 'ready-now': 2, 'ready-6-12': 1, 'to-assess': 3, 'not-yet': 5 }`. */
export function countByBand(candidates: readonly Pick<Candidate, 'band'>[]): Record<Band, number> {
  const counts: Record<Band, number> = { 'ready-now': 0, 'ready-6-12': 0, 'to-assess': 0, 'not-yet': 0 };
  for (const c of candidates) counts[c.band]++;
  return counts;
}
