/** Internal candidates for a role, ranked per DOMAIN.md: readiness band, then nearness, then score. */
import { buildTreeIndex, subtreeUnitIds, type TreeIndex } from '../model/tree';
import type { Org, PersonId, Policy, UnitId } from '../model/types';
import { assessEmReadiness, assessMomReadiness, BANDS, type Band, type SignalCheck } from './readiness';

/** The role a candidate list is for. */
export interface RoleSpec {
  /** `mom` roles draw from managers, `em` roles from individual contributors. */
  readonly kind: 'mom' | 'em';
  /** Candidates whose unit lies in this subtree are "near" and rank first at equal readiness. */
  readonly nearUnitId: UnitId | null;
  /** For a MoM role: how many layers of managers it sits above (1 = above EMs). Candidates lead units one layer lower: a step up. */
  readonly height?: number;
  /** People who can't take it (the current holder, leads above the role). */
  readonly excludePersonIds?: readonly PersonId[];
}

export interface Candidate {
  readonly personId: PersonId;
  readonly name: string;
  readonly title: string;
  readonly band: Band;
  readonly score: number;
  readonly near: boolean;
  readonly currentUnitId: UnitId;
  readonly signals: readonly SignalCheck[];
}

/** How many layers of units lie below each unit (a team is 0). */
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
 * Everyone who could fill `role`, best first. No person appears twice.
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
    if (role.kind === 'mom' && (placement.role !== 'lead' || (heights.get(placement.unitId) ?? 0) !== (role.height ?? 1) - 1)) continue;
    const readiness = role.kind === 'mom' ? assessMomReadiness(person, org.asOf, policy) : assessEmReadiness(person, org.asOf, policy);
    out.push({ personId, name: person.name, title: person.title, band: readiness.band, score: readiness.score, near: near.has(placement.unitId), currentUnitId: placement.unitId, signals: readiness.signals });
  }
  return out.sort(
    (a, b) => BANDS.indexOf(a.band) - BANDS.indexOf(b.band) || Number(b.near) - Number(a.near) || b.score - a.score || a.name.localeCompare(b.name),
  );
}

/** Counts per band, for badges: `{ 'ready-now': 2, 'ready-6-12': 1, 'not-yet': 5 }`. */
export function countByBand(candidates: readonly Candidate[]): Record<Band, number> {
  const counts: Record<Band, number> = { 'ready-now': 0, 'ready-6-12': 0, 'not-yet': 0 };
  for (const c of candidates) counts[c.band]++;
  return counts;
}
