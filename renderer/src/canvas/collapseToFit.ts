/**
 * Big orgs open readable: an org over COLLAPSE_FROM_UNITS units (or one whose whole chart would only fit the
 * window below SMALLEST_FIT_ZOOM) with no saved collapsed state opens collapsed to the deepest level whose
 * chart fits the window at READABLE_ZOOM. Collapsed units say how many units and people they hide.
 */
import { buildTreeIndex, childrenOf, layoutOrg, unitDepths, type Org, type Scenario, type TreeIndex, type UnitId } from '../../../shared';

/** Orgs up to this many units open fully expanded, as they always did. */
export const COLLAPSE_FROM_UNITS = 300;
/** The zoom the opened chart must fit at: the canvas's simplified cards (below 0.45) are still legible here. */
export const READABLE_ZOOM = 0.3;
/** A smaller org still opens collapsed when its whole chart would need a zoom below this (plain boxes). */
export const SMALLEST_FIT_ZOOM = 0.2;

/** The chart's extent when collapsed below `depth` (depth 1 = only the top units shown). */
function extentAt(org: Org, collapsed: readonly UnitId[], index: TreeIndex): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const n of layoutOrg(org, { collapsed }, index).nodes) {
    width = Math.max(width, n.x + n.width);
    height = Math.max(height, n.y + n.height);
  }
  return { width, height };
}

/**
 * The collapsed list to open `org` with in a window of `pane` pixels, or null to leave it expanded.
 * Never hides more than the top two levels: the top unit and what reports to it always show.
 * `collapseToFitList(generateOrg({ size: 10_000, seed: 1, asOf }), { width: 1400, height: 800 })` → the 11 units at depth 3.
 */
export function collapseToFitList(org: Org, pane: { width: number; height: number }): readonly UnitId[] | null {
  const count = Object.keys(org.units).length;
  const index = buildTreeIndex(org);
  const fitsAt = (extent: { width: number; height: number }, zoom: number) => extent.width * zoom <= pane.width && extent.height * zoom <= pane.height;
  if (count <= COLLAPSE_FROM_UNITS && fitsAt(extentAt(org, [], index), SMALLEST_FIT_ZOOM)) return null;
  const depths = unitDepths(index);
  const deepest = Math.max(0, ...depths.values());
  let chosen: readonly UnitId[] | null = null;
  for (let depth = 2; depth < deepest; depth++) {
    // As View ▸ Expand to N layers does it (expandToDepth): the units at that depth that have units below.
    const collapsed = [...depths].filter(([id, d]) => d === depth && childrenOf(index, id).length > 0).map(([id]) => id);
    const fits = fitsAt(extentAt(org, collapsed, index), READABLE_ZOOM);
    if (chosen && !fits) break;
    chosen = collapsed;
    if (!fits) break;
  }
  return chosen;
}

/** The scenario as it should open: unchanged when it is small or has a saved collapsed state. */
export function collapseToFit(scenario: Scenario, pane: { width: number; height: number }): Scenario {
  if (scenario.view.collapsed.length > 0) return scenario;
  const collapsed = collapseToFitList(scenario.org, pane);
  return collapsed && collapsed.length > 0 ? { ...scenario, view: { ...scenario.view, collapsed } } : scenario;
}
