import { describe, expect, it } from 'vitest';
import { tinyOrg } from '../testing/testOrg';
import { ancestorsOf, buildTreeIndex, isGroup, isManagerOfManagersUnit, isSelfOrDescendant, isTeam, peopleOfUnit, spanOfControl, subtreeUnitIds, unitDepths } from './tree';
import { unitId as u, type Org } from './types';

const org = tinyOrg([
  ['a', null, 'p1', ['p2']],
  ['b', 'a', 'p3', []],
  ['c', 'b', 'p4', ['p5', 'p6']],
  ['d', 'b', null, []],
  ['x', null, null, []],
]);
const index = buildTreeIndex(org);

describe('tree', () => {
  it('indexes children, roots and placements', () => {
    expect(index.roots).toEqual(['a', 'x']);
    expect(index.children.get(u('b'))).toEqual(['c', 'd']);
    expect(index.placement.get('p5' as never)).toEqual({ unitId: 'c', role: 'member' });
    expect(index.placement.get('p3' as never)).toEqual({ unitId: 'b', role: 'lead' });
  });
  it('derives team and group from the tree', () => {
    expect([isTeam(index, u('c')), isGroup(index, u('b')), isTeam(index, u('x'))]).toEqual([true, true, true]);
  });
  it('counts span as ICs plus child units', () => {
    expect(spanOfControl(org, index, u('a'))).toBe(2);
    expect(spanOfControl(org, index, u('b'))).toBe(2);
  });
  it('a MoM leads a unit whose children have leads', () => {
    expect(isManagerOfManagersUnit(org, index, u('a'))).toBe(true);
    expect(isManagerOfManagersUnit(org, index, u('c'))).toBe(false);
  });
  it('measures depth from the roots', () => {
    expect(Object.fromEntries(unitDepths(index))).toEqual({ a: 1, b: 2, c: 3, d: 3, x: 1 });
  });
  it('walks a subtree depth-first in drawing order', () => expect(subtreeUnitIds(index, u('a'))).toEqual(['a', 'b', 'c', 'd']));
  it('lists people lead first', () => expect(peopleOfUnit(org, u('c'))).toEqual(['p4', 'p5', 'p6']));
  it('detects descendants for cycle-safe moves', () => {
    expect(isSelfOrDescendant(org, u('a'), u('c'))).toBe(true);
    expect(isSelfOrDescendant(org, u('c'), u('a'))).toBe(false);
    expect(isSelfOrDescendant(org, u('b'), u('b'))).toBe(true);
  });
  it('stops at a cycle instead of looping forever', () => {
    const cyclic: Org = { ...org, units: { ...org.units, [u('a')]: { ...org.units[u('a')]!, parentId: u('c') } } };
    expect(ancestorsOf(cyclic, u('c'))).toEqual(['b', 'a']);
    expect(unitDepths(buildTreeIndex(cyclic)).has(u('a'))).toBe(false);
  });
});
