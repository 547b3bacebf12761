/** "Focus on this subtree": collapse everything beside the unit's line of ancestors, and fit the view to the unit's subtree. */
import { ancestorsOf, buildTreeIndex, childrenOf, subtreeUnitIds, type Org, type UnitId, type ViewState } from '../../../shared';
import { editView } from '../editing';
import { useStore } from '../store/store';

/**
 * The view with every unit beside the path from the top to `id` collapsed (those that have units below them),
 * the path and `id` expanded, and whatever was collapsed inside `id`'s subtree kept as it was.
 */
export function focusedView(org: Org, view: ViewState, id: UnitId): ViewState {
  const index = buildTreeIndex(org);
  const path = new Set<UnitId>([id, ...ancestorsOf(org, id)]);
  const collapsed = new Set(view.collapsed.filter((c) => !path.has(c)));
  const besides = [...index.roots, ...[...path].flatMap((p) => (p === id ? [] : childrenOf(index, p)))];
  for (const u of besides) if (!path.has(u) && childrenOf(index, u).length > 0) collapsed.add(u);
  const next = [...collapsed];
  return next.length === view.collapsed.length && next.every((c, i) => c === view.collapsed[i]) ? view : { ...view, collapsed: next };
}

/** Focus the canvas on `id`'s subtree: collapse the rest, select the unit, fit the view to its subtree. */
export function focusSubtree(id: UnitId): void {
  editView((view, org) => focusedView(org, view, id));
  const state = useStore.getState();
  state.selectUnit(id);
  state.requestFit(subtreeUnitIds(buildTreeIndex(state.scenario.org), id));
}
