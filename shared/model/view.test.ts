import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../sample/sampleScenario';
import { tinyOrg } from '../testing/testOrg';
import { EMPTY_VIEW, unitId as u } from './types';
import { clearPositions, expandToDepth, revealUnit, searchOrg, setPosition, toggleCollapsed } from './view';

const org = tinyOrg([
  ['a', null, 'p1', []],
  ['b', 'a', 'p2', []],
  ['c', 'b', 'p3', ['p4']],
  ['d', 'a', 'p5', []],
]);

describe('view edits', () => {
  it('pins and clears positions', () => {
    const pinned = setPosition(EMPTY_VIEW, u('a'), { x: 10.4, y: 20.6 });
    expect(pinned.positions).toEqual({ a: { x: 10, y: 21 } });
    expect(clearPositions(pinned).positions).toEqual({});
    expect(clearPositions(setPosition(pinned, u('b'), { x: 1, y: 1 }), [u('a')]).positions).toEqual({ b: { x: 1, y: 1 } });
  });
  it('toggles a collapsed unit', () => {
    const once = toggleCollapsed(EMPTY_VIEW, u('b'));
    expect(once.collapsed).toEqual(['b']);
    expect(toggleCollapsed(once, u('b')).collapsed).toEqual([]);
  });
  it.each([
    [1, ['a']],
    [2, ['b']],
    [3, []],
  ])('expands to depth %d by collapsing %j', (depth, collapsed) => expect(expandToDepth(org, EMPTY_VIEW, depth).collapsed).toEqual(collapsed));
  it('reveals a unit hidden under collapsed ancestors', () => {
    const view = { ...EMPTY_VIEW, collapsed: [u('a'), u('b'), u('d')] };
    expect(revealUnit(org, view, u('c')).collapsed).toEqual(['d']);
  });
});

describe('searchOrg', () => {
  const sample = sampleScenario().org;
  it('finds units, then people by name or title, ignoring case and accents', () => {
    expect(searchOrg(sample, 'pay').map((h) => h.label)).toEqual(['Payments']);
    expect(searchOrg(sample, 'tomas')[0]).toMatchObject({ label: 'Tomás Novak', unitId: 'u05', detail: 'Engineering Manager · Checkout' });
    expect(searchOrg(sample, 'director').map((h) => h.label)).toEqual(['Marcus Chen', 'Sofia Lindqvist']);
    expect(searchOrg(sample, '  ')).toEqual([]);
  });
});
