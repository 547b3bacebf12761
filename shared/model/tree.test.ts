import { describe, expect, it } from 'vitest';
import { tinyOrg } from '../testing/testOrg';
import {
  ancestorsOf,
  buildTreeIndex,
  childrenOf,
  isGroup,
  isManagerOfManagersUnit,
  isSelfOrDescendant,
  isTeam,
  managedChildren,
  peopleOfUnit,
  spanOfControl,
  subtreeUnitIds,
  unitDepths,
} from './tree';
import { personId as p, unitId as u, type Org } from './types';

//   a (p1; p2)          x (vacant, empty)
//   └ b (p3)
//     ├ c (p4; p5 p6)
//     └ d (vacant)
const org = tinyOrg([
  ['a', null, 'p1', ['p2']],
  ['b', 'a', 'p3', []],
  ['c', 'b', 'p4', ['p5', 'p6']],
  ['d', 'b', null, []],
  ['x', null, null, []],
]);
const index = buildTreeIndex(org);
const withParent = (o: Org, id: string, parentId: string | null): Org => ({
  ...o,
  units: { ...o.units, [u(id)]: { ...o.units[u(id)]!, parentId: parentId === null ? null : u(parentId) } },
});

describe('tree', () => {
  it('indexes children, roots and placements', () => {
    expect(index.roots).toEqual(['a', 'x']);
    expect(index.children.get(u('b'))).toEqual(['c', 'd']);
    expect(index.children.get(u('c'))).toEqual([]);
    expect(index.placement.get(p('p5'))).toEqual({ unitId: 'c', role: 'member' });
    expect(index.placement.get(p('p3'))).toEqual({ unitId: 'b', role: 'lead' });
    expect(index.placement.has(p('nobody'))).toBe(false);
  });

  it('treats a unit whose parent is missing as a root', () => {
    expect(buildTreeIndex(withParent(org, 'c', 'gone')).roots).toEqual(['a', 'c', 'x']);
  });

  it('keeps the first placement when a damaged org places someone twice', () => {
    const twice = tinyOrg([
      ['a', null, 'p1', ['p2']],
      ['b', null, 'p2', []],
    ]);
    expect(buildTreeIndex(twice).placement.get(p('p2'))).toEqual({ unitId: 'a', role: 'member' });
  });

  it.each([
    ['a', false, true],
    ['b', false, true],
    ['c', true, false],
    ['d', true, false],
    ['x', true, false],
    ['unknown', true, false],
  ])('%s: team %s, group %s (derived from the tree)', (id, team, group) => {
    expect([isTeam(index, u(id)), isGroup(index, u(id))]).toEqual([team, group]);
  });

  it.each([
    ['a', 2], // one IC and one child unit
    ['b', 2], // two child units, one of them vacant
    ['c', 2],
    ['d', 0],
    ['unknown', 0],
  ])('span of control of %s is %d', (id, span) => expect(spanOfControl(org, index, u(id))).toBe(span));

  it('counts vacant child units as managed', () => expect(managedChildren(org, index, u('b')).map((c) => c.id)).toEqual(['c', 'd']));

  it.each([
    ['a', true], // b has a lead
    ['b', true], // c has a lead, d is vacant
    ['c', false], // a team
    ['x', false],
  ])('%s leads managers of managers: %s', (id, expected) => expect(isManagerOfManagersUnit(org, index, u(id))).toBe(expected));

  it('a group whose children are all vacant is not a MoM unit', () => {
    const o = tinyOrg([
      ['g', null, 'p1', []],
      ['t1', 'g', null, ['p2']],
      ['t2', 'g', null, []],
    ]);
    expect(isManagerOfManagersUnit(o, buildTreeIndex(o), u('g'))).toBe(false);
  });

  it('measures depth from the roots', () => {
    expect(Object.fromEntries(unitDepths(index))).toEqual({ a: 1, b: 2, c: 3, d: 3, x: 1 });
  });

  it('walks a subtree depth-first in drawing order', () => {
    expect(subtreeUnitIds(index, u('a'))).toEqual(['a', 'b', 'c', 'd']);
    expect(subtreeUnitIds(index, u('c'))).toEqual(['c']);
  });

  it('lists people lead first', () => {
    expect(peopleOfUnit(org, u('c'))).toEqual(['p4', 'p5', 'p6']);
    expect(peopleOfUnit(org, u('d'))).toEqual([]);
    expect(peopleOfUnit(org, u('unknown'))).toEqual([]);
  });

  it('lists ancestors nearest first', () => {
    expect(ancestorsOf(org, u('c'))).toEqual(['b', 'a']);
    expect(ancestorsOf(org, u('a'))).toEqual([]);
    expect(ancestorsOf(withParent(org, 'b', 'gone'), u('c'))).toEqual(['b']);
  });

  it.each([
    ['a', 'c', true],
    ['a', 'd', true],
    ['c', 'a', false],
    ['b', 'b', true],
    ['c', 'd', false], // siblings
    ['a', 'x', false], // another root
  ])('isSelfOrDescendant(%s, %s) → %s', (id, candidate, expected) => expect(isSelfOrDescendant(org, u(id), u(candidate))).toBe(expected));

  describe('on a damaged org with a cycle (a → c → b → a)', () => {
    const cyclic = withParent(org, 'a', 'c');
    const cyclicIndex = buildTreeIndex(cyclic);
    it('stops at the repeat instead of looping forever', () => {
      expect(ancestorsOf(cyclic, u('c'))).toEqual(['b', 'a']);
      expect(ancestorsOf(cyclic, u('a'))).toEqual(['c', 'b']);
      expect(isSelfOrDescendant(cyclic, u('x'), u('a'))).toBe(false);
    });
    it('leaves the cycle out of the roots and depths, and walks it once', () => {
      expect(cyclicIndex.roots).toEqual(['x']);
      expect([...unitDepths(cyclicIndex).keys()]).toEqual(['x']);
      expect(subtreeUnitIds(cyclicIndex, u('a'))).toEqual(['a', 'b', 'c', 'd']);
      expect(childrenOf(cyclicIndex, u('c'))).toEqual(['a']);
    });
  });
});
