/**
 * The org-scale overview of where manager-of-managers roles emerge ("heat"): one number per unit, for the whole
 * line below it (the unit and its subtree), so a collapsed unit carries the heat of what it hides. Linear in the
 * number of units and iterative (no recursion: chains go 100,000 deep). The renderer only maps these numbers
 * to colours.
 */
import { buildTreeIndex, type TreeIndex } from '../model/tree';
import type { Org, UnitId } from '../model/types';
import type { UnitOdds } from '../simulation/monteCarlo';
import type { Forecast } from './forecast';

/**
 * Every unit reachable from the roots, parents before children (an explicit stack, not recursion).
 * `preorder(buildTreeIndex(org))[0]` → the first root.
 */
function preorder(index: TreeIndex): UnitId[] {
  const order: UnitId[] = [];
  const stack = [...index.roots].reverse();
  while (stack.length > 0) {
    const id = stack.pop()!;
    order.push(id);
    const children = index.children.get(id) ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return order;
}

/**
 * Fold each unit's own value with its subtree's, children before parents. Units with no value of their own and
 * none below are left out. `foldSubtrees(index, own, (a, b) => a + b)` → subtree sums.
 */
export function foldSubtrees(index: TreeIndex, own: ReadonlyMap<UnitId, number>, combine: (a: number, b: number) => number): Map<UnitId, number> {
  const out = new Map<UnitId, number>();
  const order = preorder(index);
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    let value = own.get(id);
    for (const child of index.children.get(id) ?? []) {
      const below = out.get(child);
      if (below !== undefined) value = value === undefined ? below : combine(value, below);
    }
    if (value !== undefined) out.set(id, value);
  }
  return out;
}

/**
 * How many manager-of-managers nodes the forecast says emerge in each unit's line: the unit itself (a forecast
 * node counts for itself), every unit below it in the forecast's projected org, and the unit the rule acted on
 * (a team at the top that gets a group above it; a lead over span whose extra units go to a new sibling group),
 * as Monte Carlo counts a unit's line. Keyed by the projected org's unit ids, which include every unit of
 * today's org. Units with none are absent (read as 0). EM roles from team splits are not counted.
 * `emergenceCounts(forecast).get(rootId)` → every MoM node the forecast makes.
 */
export function emergenceCounts(forecast: Pick<Forecast, 'emergent' | 'steps' | 'projected'>): ReadonlyMap<UnitId, number> {
  const own = new Map<UnitId, number>();
  const source = new Map<UnitId, number>();
  const add = (map: Map<UnitId, number>, id: UnitId) => map.set(id, (map.get(id) ?? 0) + 1);
  for (const e of forecast.emergent) {
    if (e.kind !== 'mom') continue;
    add(own, e.unitId);
    const step = forecast.steps[e.step];
    // A new layer sits below the unit it came from, so that unit's subtree counts it already.
    if (e.mode === 'above-split' && step?.kind === 'team-split') add(source, step.teamId);
    else if (e.mode === 'sideways' && step?.kind === 'span-split') add(source, step.unitId);
  }
  if (own.size === 0) return own;
  const counts = foldSubtrees(buildTreeIndex(forecast.projected), own, (a, b) => a + b);
  // Not carried up: the source's parent already counts the node (it is the node's parent, or the node itself).
  for (const [id, n] of source) counts.set(id, (counts.get(id) ?? 0) + n);
  return counts;
}

/**
 * Monte Carlo's odds that a MoM node emerges in each unit's line (`UnitOdds.probability`, already a line
 * figure), for every unit of `org`: a unit the batch didn't know (a forecast node, a unit new in a simulated
 * month) takes the highest odds below it, a lower bound on its own line's. Units with nothing known are absent.
 * `lineOdds(org, result.units).get('u1')` → 0.62.
 */
export function lineOdds(org: Org, units: readonly Pick<UnitOdds, 'unitId' | 'probability'>[]): ReadonlyMap<UnitId, number> {
  const known = new Map<UnitId, number>();
  for (const u of units) if (org.units[u.unitId]) known.set(u.unitId, u.probability);
  const index = buildTreeIndex(org);
  const out = new Map<UnitId, number>();
  const order = preorder(index);
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    // A unit's own figure is its line's; only a unit without one takes the highest below it.
    let value = known.get(id);
    if (value === undefined)
      for (const child of index.children.get(id) ?? []) {
        const below = out.get(child);
        if (below !== undefined) value = value === undefined ? below : Math.max(value, below);
      }
    if (value !== undefined) out.set(id, value);
  }
  return out;
}
