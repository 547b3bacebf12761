/** Whether a unit may move under another: the one rule `moveUnit` applies, for the chart to ask while a unit is dragged. */
import type { EditError } from './edits';
import { getOwn } from './lookup';
import { err, ok, type Result } from './result';
import { isSelfOrDescendant } from './tree';
import type { Org, UnitId } from './types';

const quote = (name: string): string => `“${name}”`;

/**
 * Ok when `id` (with its subtree) may report to `newParentId`; otherwise why not: a unit that isn't there, or a
 * move that would make a cycle. `canMoveUnit(org, 'u2', 'u3')` → `err({ code: 'cycle', message: 'Can't move “Web”
 * under “Checkout”: “Checkout” is inside “Web”, that would make a cycle.' })`.
 */
export function canMoveUnit(org: Org, id: UnitId, newParentId: UnitId): Result<void, EditError> {
  const unit = getOwn(org.units, id);
  const parent = getOwn(org.units, newParentId);
  if (!unit) return err({ code: 'unknown-unit', message: `There is no unit ${id}.` });
  if (!parent) return err({ code: 'unknown-unit', message: `There is no unit ${newParentId} to move ${quote(unit.name)} under.` });
  if (id === newParentId) return err({ code: 'cycle', message: `Can't move ${quote(unit.name)} under itself.` });
  if (isSelfOrDescendant(org, id, newParentId))
    return err({
      code: 'cycle',
      message: `Can't move ${quote(unit.name)} under ${quote(parent.name)}: ${quote(parent.name)} is inside ${quote(unit.name)}, that would make a cycle.`,
    });
  return ok(undefined);
}
