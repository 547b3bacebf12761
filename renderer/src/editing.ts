/** Document edits from the UI: each calls a pure function from shared/ and stores the result (one undo step), or says why not. */
import { getOwn, clearPositions, revealUnit, type EditResult, type Org, type UnitId, type ViewState } from '../../shared';
import { selectDisplay } from './store/selectors';
import { useStore } from './store/store';

/** Apply an org edit; on refusal show its message and change nothing. Returns whether it applied. */
export function editOrg(edit: (org: Org) => EditResult, done?: string): boolean {
  const state = useStore.getState();
  const result = edit(state.scenario.org);
  if (!result.ok) {
    state.showNotice(result.error.message);
    return false;
  }
  if (result.value !== state.scenario.org) state.setScenario({ ...state.scenario, org: result.value, view: dropStaleView(state.scenario.view, result.value) });
  if (done) state.showNotice(done);
  return true;
}

/** Apply a view edit (positions, collapsed units): saved in the file, so it marks the document dirty, but not an undo step. */
export function editView(edit: (view: ViewState, org: Org) => ViewState): void {
  const state = useStore.getState();
  state.setView(edit(state.scenario.view, state.scenario.org));
}

/** View entries for units that no longer exist are dropped, as the file reader does. */
function dropStaleView(view: ViewState, org: Org): ViewState {
  const stale = Object.keys(view.positions).filter((id) => !org.units[id as UnitId]) as UnitId[];
  const collapsed = view.collapsed.filter((id) => getOwn(org.units, id));
  if (stale.length === 0 && collapsed.length === view.collapsed.length) return view;
  return { ...clearPositions(view, stale), collapsed };
}

/** Select a unit and make sure it is visible (expanding collapsed ancestors), then centre on it. */
export function focusUnit(id: UnitId): void {
  // Ancestors as the canvas draws them (a simulated month's org, forecast boxes included), not today's.
  const shown = selectDisplay(useStore.getState()).org;
  editView((view) => revealUnit(shown, view, id));
  const state = useStore.getState();
  state.selectUnit(id);
  state.requestCenter(id);
}
