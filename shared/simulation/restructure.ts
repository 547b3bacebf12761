/** The month's structural changes: reorgs, rule 5 in downsizing months, then rules 1 and 2 to a fixed point, each logged. */
import { mergeUnits, moveUnit, removeUnit } from '../model/edits';
import { getOwn } from '../model/lookup';
import { plural } from '../model/text';
import { buildTreeIndex, childrenOf, type TreeIndex } from '../model/tree';
import type { Org, ScenarioEvent, UnitId } from '../model/types';
import { candidatePools, type CandidatePools, type RoleSpec } from '../forecast/candidates';
import { roleForHeight } from '../forecast/forecast';
import { applyStructuralRules, type StructuralStep } from '../forecast/structure';
import { listed, recordEmergent, type Run } from './run';
import type { EmergentRecord } from './types';

export function reorg(run: Run, e: Extract<ScenarioEvent, { kind: 'reorg' }>): void {
  run.shareUnits(); // moveUnit may index it
  const moved = moveUnit(run.org, e.unitId, e.newParentId);
  if (!moved.ok) return run.log('reorg', `Reorg skipped: ${moved.error.message}`, [e.unitId]);
  run.org = moved.value;
  run.log('reorg', `Reorg: ${run.unitName(e.unitId)} now reports to ${run.unitName(e.newParentId)}.`, [e.unitId, e.newParentId]);
}

/**
 * Rule 5 in downsizing months, then rules 1 and 2 to a fixed point (the same function the forecast shows);
 * rule 6 only flags. Every step is logged and every new role gets a record.
 */
export function structure(run: Run, downsized: boolean): void {
  if (downsized) shrink(run);
  if (!mayApply(run)) return;
  const before = run.org;
  const { org, steps } = applyStructuralRules(run.org, run.policy);
  if (steps.length === 0) return;
  run.reshape(org);
  // The run's own index of the new tree (rebuilt once here, then kept by the month's later steps).
  const index = run.index();
  const heights = run.heights();
  let pools: CandidatePools | null = null;
  const top = (spec: RoleSpec): EmergentRecord['candidates'] => {
    const limit = listed(run);
    if (limit === 0) return [];
    pools ??= candidatePools(before, run.policy);
    return pools.rank(spec, limit).candidates.map((c) => ({ personId: c.personId, name: c.name, band: c.band }));
  };
  for (const step of steps) logStep(run, before, index, heights, step, top);
}

/**
 * False when no team is over the split size and no lead over the span (what `applyStructuralRules` checks first,
 * most months finding nothing), read from the run's index instead of a pass over the units table; true when it
 * may apply (or the run can't tell: then the rules check for themselves).
 */
function mayApply(run: Run): boolean {
  if (!run.placesEachOnce()) return true;
  const split = Math.max(1, Math.floor(run.policy.splitAbove));
  const span = Math.max(2, Math.floor(run.policy.momSpanMax));
  const units = run.org.units;
  let over = false;
  // The index lists every unit's children (those whose parent is in the table), as the rules count them.
  run.index().children.forEach((kids, id) => {
    if (over) return;
    if (kids.length > span) over = true;
    else if (kids.length === 0) {
      const unit = getOwn(units, id);
      if (unit && unit.memberIds.length > split) over = true;
    }
  });
  return over;
}

function logStep(
  run: Run,
  before: Org,
  index: TreeIndex,
  heights: ReadonlyMap<UnitId, number>,
  step: StructuralStep,
  top: (spec: RoleSpec) => EmergentRecord['candidates'],
): void {
  const names = (ids: readonly UnitId[]) => ids.map((id) => run.unitName(id));
  const list = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
  if (step.kind === 'team-split') {
    const parts = step.parts.map((p) => p.unitId);
    run.log('team-split', `${step.teamName} (${step.ics} ICs) split into ${list(names(parts))}.`, parts);
    const near = before.units[step.teamId] ? step.teamId : null;
    const candidates = top({ kind: 'em', nearUnitId: near });
    for (const p of step.parts.slice(1)) recordEmergent(run, p.unitId, 'team-split', 'EM', [], candidates, step.teamId);
    if (step.groupAbove) {
      const g = step.groupAbove.unitId;
      const role = roleForHeight(heights.get(g) ?? 1);
      run.log('mom-emerged', `${role} node emerged above ${list(names(parts))} (${run.unitName(g)}, a new top: the team at the top of the org split).`, [g]);
      recordEmergent(run, g, 'team-split', role, names(childrenOf(index, g)), top({ kind: 'mom', nearUnitId: near, height: heights.get(g) ?? 1 }), step.teamId);
    }
    return;
  }
  const made = step.mode === 'sideways' ? step.parts.slice(1) : step.parts;
  for (const part of made) {
    const role = roleForHeight(heights.get(part.unitId) ?? 1);
    const children = names(childrenOf(index, part.unitId));
    const where =
      step.mode === 'sideways'
        ? `beside ${run.unitName(step.unitId)}, under ${step.parentId ? run.unitName(step.parentId) : 'the top'}`
        : `a new layer under ${run.unitName(step.unitId)}`;
    run.log(
      'mom-emerged',
      `${role} node emerged above ${list(children.length > 6 ? [...children.slice(0, 6), `${children.length - 6} more`] : children)} (${run.unitName(part.unitId)}, ${where}; ${step.unitName} led ${step.managed} units).`,
      [part.unitId, step.unitId],
    );
    const nearId = step.mode === 'sideways' ? step.parentId : step.unitId;
    const near = nearId && before.units[nearId] ? nearId : before.units[step.unitId] ? step.unitId : null;
    recordEmergent(run, part.unitId, 'span', role, children, top({ kind: 'mom', nearUnitId: near, height: heights.get(part.unitId) ?? 1 }), step.unitId);
  }
}

/** Rule 5: teams under the minimum merge into a sibling; a group left with fewer than two units collapses. */
function shrink(run: Run): void {
  run.shareUnits(); // indexed below
  for (let guard = 0; guard < 10_000; guard++) {
    const index = buildTreeIndex(run.org);
    const small = Object.values(run.org.units).find(
      (u) =>
        childrenOf(index, u.id).length === 0 &&
        u.parentId !== null &&
        u.memberIds.length < run.policy.minTeamSize &&
        childrenOf(index, u.parentId).some((s) => s !== u.id && childrenOf(index, s).length === 0),
    );
    if (small) {
      const sibling = childrenOf(index, small.parentId!)
        .filter((s) => s !== small.id && childrenOf(index, s).length === 0)
        .sort((a, b) => run.org.units[a]!.memberIds.length - run.org.units[b]!.memberIds.length)[0]!;
      const merged = mergeUnits(run.org, sibling, small.id);
      if (!merged.ok) return;
      run.log(
        'team-merged',
        `${small.name} (${plural(small.memberIds.length, 'IC')}, under the minimum of ${run.policy.minTeamSize}) merged into ${run.unitName(sibling)}.`,
        [sibling],
      );
      run.org = merged.value;
      continue;
    }
    const thin = Object.values(run.org.units).find((u) => u.parentId !== null && childrenOf(index, u.id).length === 1);
    if (!thin) return;
    const removed = removeUnit(run.org, thin.id, 'to-parent');
    if (!removed.ok) return;
    run.log('layer-removed', `Layer removed: ${thin.name} had one unit left below it; it now reports to ${run.unitName(thin.parentId!)} directly.`, [
      thin.parentId!,
    ]);
    run.org = removed.value;
  }
}
