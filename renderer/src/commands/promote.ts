/** Promote: fill an open role (a vacancy or a forecast node) with a candidate; one undo step. */
import { materializeEmergent, plural, promoteCandidate, type Org, type PersonId, type RoleTitle, type UnitId } from '../../../shared';
import { selectDisplay } from '../store/selectors';
import { useStore } from '../store/store';

/**
 * Fill an open role (a vacancy, or a node the forecast says the org needs) with a candidate. A forecast node
 * is made real first. The person's old role opens in turn (the cascade), and the notice says so. One undo step.
 */
export function promote(displayedUnitId: UnitId, personId: PersonId): void {
  const state = useStore.getState();
  const { org: shown, ghosts, forecast, forecastReady } = selectDisplay(state);
  // A large org's forecast comes from a worker; Promote is offered only once it is in (SidePanel).
  if (!forecast || !forecastReady) return state.showNotice('The forecast is still being worked out: try again when it is in.');
  const ghost = ghosts.get(displayedUnitId);
  let org = state.scenario.org;
  let target = displayedUnitId;
  let role: RoleTitle;
  if (ghost) {
    const made = materializeEmergent(org, forecast, ghost);
    if (!made.ok) return state.showNotice(made.error.message);
    org = made.value.org;
    target = made.value.unitId;
    role = ghost.kind === 'mom' ? ghost.role : 'EM';
  } else {
    role = forecast.vacancies.find((v) => v.unitId === displayedUnitId)?.role ?? 'EM';
  }
  const promoted = promoteCandidate(org, { unitId: target, personId, role });
  if (!promoted.ok) return state.showNotice(promoted.error.message);
  const next = promoted.value.org;
  state.setScenario({ ...state.scenario, org: next });
  state.selectUnit(target);
  const name = next.people[personId]?.name ?? personId;
  const unitName = next.units[target]?.name ?? shown.units[displayedUnitId]?.name ?? target;
  const left = promoted.value.leftVacant;
  const restructured = ghost ? describeRestructure(state.scenario.org, org, target) : '';
  state.showNotice(`${name} promoted to ${role} of ${unitName} (internal).${left ? ` ${next.units[left]?.name ?? left} is now vacant.` : ''}${restructured}`);
}

/**
 * What making a forecast node real changed besides the node itself (a team split renames a team and adds a
 * vacant one; a span split adds groups and moves units under them), as a sentence for the notice, or ''.
 */
export function describeRestructure(before: Org, after: Org, filled: UnitId): string {
  const renamed: string[] = [];
  const added: string[] = [];
  let moved = 0;
  for (const unit of Object.values(after.units)) {
    const old = before.units[unit.id];
    if (!old) {
      if (unit.id !== filled) added.push(unit.leadId === null ? `${unit.name} (vacant)` : unit.name);
      continue;
    }
    if (old.name !== unit.name) renamed.push(`${old.name} is now ${unit.name}`);
    if (old.parentId !== unit.parentId) moved++;
  }
  const parts = [
    ...renamed,
    ...(added.length > 0 ? [`new: ${added.join(', ')}`] : []),
    ...(moved > 0 ? [`${plural(moved, 'unit')} moved under the new role`] : []),
  ];
  return parts.length === 0 ? '' : ` The forecast's restructuring applied too: ${parts.join('; ')}.`;
}
