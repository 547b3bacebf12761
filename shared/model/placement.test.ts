import { describe, expect, it } from 'vitest';
import { placeNodes, pinnedPosition } from './placement';
import { unitId, type ViewState } from './types';

const u = unitId;
const pins = (entries: Record<string, { x: number; y: number }>): ViewState['positions'] =>
  Object.fromEntries(Object.entries(entries).map(([id, xy]) => [u(id), xy]));
const node = (id: string, x: number, y: number) => ({ id: u(id), x, y, width: 240, height: 92 });

describe('pinnedPosition', () => {
  it.each([
    ['a pinned unit sits where it was dropped', { u1: { x: 5, y: 9 } }, { x: 5, y: 9 }],
    ['an unpinned unit sits where the layout put it', { u2: { x: 5, y: 9 } }, { x: 10, y: 20 }],
    ['nothing pinned', {}, { x: 10, y: 20 }],
  ])('%s', (_, positions, expected) => {
    expect(pinnedPosition(pins(positions), node('u1', 10, 20))).toEqual(expected);
  });

  it('ignores a position stored under an inherited key', () => {
    expect(pinnedPosition({}, node('toString', 1, 2))).toEqual({ x: 1, y: 2 });
  });
});

describe('placeNodes', () => {
  it('moves only pinned units and keeps their other fields', () => {
    const nodes = [node('a', 0, 0), node('b', 300, 0)];
    expect(placeNodes(nodes, pins({ b: { x: -40, y: 500 } }))).toEqual([node('a', 0, 0), { ...node('b', 0, 0), x: -40, y: 500 }]);
  });

  it('hands back the same array when nothing is pinned (a memo downstream stays valid)', () => {
    const nodes = [node('a', 0, 0)];
    expect(placeNodes(nodes, {})).toBe(nodes);
  });

  it('leaves positions of units not in the layout (collapsed away) out', () => {
    expect(placeNodes([node('a', 0, 0)], pins({ gone: { x: 1, y: 1 } }))).toEqual([node('a', 0, 0)]);
  });
});
