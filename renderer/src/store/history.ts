/**
 * What a change to the document means for undo, for dirtiness and for a simulation run: pure functions over
 * scenarios, read by the store (store.ts).
 *
 * The rules, stated once (README.md, "Undo, unsaved changes and stale runs"):
 * - An org, policy, event, run-setting or name change is a document edit: one undo step, and it marks the
 *   document dirty.
 * - A view change (collapsed units, pinned positions) is saved in the file, so it marks the document dirty, but it
 *   is not an undo step, and undo and redo leave the view as it is.
 * - A run (a simulation or a Monte Carlo batch) is stale only when its inputs change: the org, the policy, the
 *   events or the run settings; never the view or the name.
 */
import { activeVariantName, getOwn, hasOwn, type Scenario, type ViewState, type UnitId, type Org } from '../../../shared';

/**
 * Whether a change enters undo history, as excalidraw's actions say it: 'immediately' records one undo step;
 * 'never' changes the document without a step (the view: collapsed units, positions).
 */
export type CaptureUpdate = 'immediately' | 'never';

/**
 * True when two scenarios differ at most in their view: the same document for undo. The variant fields count
 * (a duplicated, renamed or deleted variant is an edit even when the plan being edited is the same).
 */
export const sameDocument = (a: Scenario, b: Scenario): boolean =>
  a === b ||
  (a.name === b.name &&
    a.org === b.org &&
    a.policy === b.policy &&
    a.events === b.events &&
    a.simulation === b.simulation &&
    a.variant === b.variant &&
    a.variantAt === b.variantAt &&
    a.variants === b.variants);

/**
 * True when a run of `a` is a run of `b`: the same org, policy, events and run settings (months, seed).
 * Collapsing a unit, pinning one, or renaming the scenario leaves a run current.
 */
export const sameRunInputs = (a: Scenario, b: Scenario): boolean =>
  a === b ||
  (a.org === b.org && a.policy === b.policy && a.events === b.events && a.simulation.months === b.simulation.months && a.simulation.seed === b.simulation.seed);

/** True when two views show the same thing (the order of the collapsed list doesn't matter). */
export function sameView(a: ViewState, b: ViewState): boolean {
  if (a === b) return true;
  const ap = Object.entries(a.positions) as [UnitId, { x: number; y: number }][];
  if (ap.length !== Object.keys(b.positions).length) return false;
  for (const [id, xy] of ap) {
    const other = getOwn(b.positions, id);
    if (!other || other.x !== xy.x || other.y !== xy.y) return false;
  }
  if (a.collapsed.length !== b.collapsed.length) return false;
  const collapsed = new Set(a.collapsed);
  return b.collapsed.every((id) => collapsed.has(id));
}

/**
 * The view after undo or redo moved the document from `current` to `restored`: the view the person has now, for
 * every unit both orgs have; for units the step brought back, the view they had (a deleted unit that was collapsed
 * comes back collapsed). When that is what `restored` already holds, `restored` itself (so undoing back to the
 * saved document leaves it clean).
 */
export function viewAfterTravel(current: Scenario, restored: Scenario): Scenario {
  if (current.view === restored.view) return restored;
  // Undoing a switch of variant: the other variant's plan comes back with its own view.
  if (activeVariantName(current) !== activeVariantName(restored) && current.org !== restored.org) return restored;
  const view = carryView(current.view, current.org, restored.view, restored.org);
  return sameView(view, restored.view) ? restored : { ...restored, view };
}

function carryView(now: ViewState, nowOrg: Org, then: ViewState, thenOrg: Org): ViewState {
  const positions: Record<UnitId, { x: number; y: number }> = {};
  const collapsed: UnitId[] = [];
  const nowCollapsed = new Set(now.collapsed);
  const thenCollapsed = new Set(then.collapsed);
  for (const id of Object.keys(thenOrg.units) as UnitId[]) {
    const kept = hasOwn(nowOrg.units, id);
    const xy = getOwn(kept ? now.positions : then.positions, id);
    if (xy) positions[id] = xy;
    if (kept ? nowCollapsed.has(id) : thenCollapsed.has(id)) collapsed.push(id);
  }
  return { positions, collapsed };
}
