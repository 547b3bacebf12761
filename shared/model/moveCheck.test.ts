import { describe, expect, it } from 'vitest';
import { tinyOrg } from '../testing/testOrg';
import { moveUnit } from './edits';
import { canMoveUnit } from './moveCheck';
import { unitId } from './types';

const u = unitId;
// u1 above u2 above u3; u4 beside u2.
const org = tinyOrg([
  ['u1', null, 'p1', []],
  ['u2', 'u1', 'p2', []],
  ['u3', 'u2', 'p3', ['p4']],
  ['u4', 'u1', 'p5', []],
]);

describe('canMoveUnit', () => {
  it.each([
    ['under a sibling', 'u2', 'u4'],
    ['under its own parent (a move that changes nothing)', 'u3', 'u2'],
    ['a leaf under the top', 'u3', 'u1'],
  ])('allows a move %s', (_, id, to) => {
    expect(canMoveUnit(org, u(id), u(to))).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['under itself', 'u2', 'u2', 'cycle', "Can't move “U2” under itself."],
    ['under its own child', 'u2', 'u3', 'cycle', "Can't move “U2” under “U3”: “U3” is inside “U2”, that would make a cycle."],
    ['the top under a grandchild', 'u1', 'u3', 'cycle', "Can't move “U1” under “U3”: “U3” is inside “U1”, that would make a cycle."],
    ['a missing unit', 'u9', 'u1', 'unknown-unit', 'There is no unit u9.'],
    ['under a missing unit', 'u2', 'u9', 'unknown-unit', 'There is no unit u9 to move “U2” under.'],
  ])('refuses a move %s, saying why', (_, id, to, code, message) => {
    expect(canMoveUnit(org, u(id), u(to))).toEqual({ ok: false, error: { code, message } });
  });

  it('is the rule moveUnit applies: refused exactly when moveUnit refuses, with the same words', () => {
    for (const a of Object.keys(org.units))
      for (const b of ['u1', 'u2', 'u3', 'u4', 'u9']) {
        const check = canMoveUnit(org, u(a), u(b));
        const moved = moveUnit(org, u(a), u(b));
        expect(moved.ok).toBe(check.ok);
        if (!check.ok && !moved.ok) expect(moved.error).toEqual(check.error);
      }
  });
});
