/** Keyboard navigation between units: ↑ parent, ↓ first child, ← → siblings. */
import { getOwn, childrenOf, type UnitId } from '../../shared';
import { focusUnit } from './editing';
import { selectDisplay } from './store/selectors';
import { useStore } from './store/store';

/** Move the selection for an arrow key; returns whether the key was used. */
export function navigateByKey(key: string): boolean {
  if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(key)) return false;
  const state = useStore.getState();
  const { org, index } = selectDisplay(state);
  const current = state.selectedUnitId;
  if (current === null || !getOwn(org.units, current)) {
    const first = index.roots[0];
    if (first) focusUnit(first);
    return first !== undefined;
  }
  const unit = getOwn(org.units, current)!;
  let next: UnitId | undefined;
  if (key === 'ArrowUp') next = unit.parentId ?? undefined;
  else if (key === 'ArrowDown') next = state.scenario.view.collapsed.includes(current) ? undefined : childrenOf(index, current)[0];
  else {
    const siblings = unit.parentId === null ? index.roots : childrenOf(index, unit.parentId);
    const at = siblings.indexOf(current);
    next = siblings[at + (key === 'ArrowRight' ? 1 : -1)];
  }
  if (next) focusUnit(next);
  return true;
}
