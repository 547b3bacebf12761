import { describe, expect, it } from 'vitest';
import type { Edge } from '@xyflow/react';
import { unitId, type LaidOutNode } from '../../../shared';
import { buildGridIndex, createEdgeCache, createNodeCache, type NodeInput } from './nodeCache';

const laid = (id: string, x: number, y: number): LaidOutNode => ({ id: unitId(id), x, y, width: 240, height: 92, hiddenUnits: 0, hiddenPeople: 0 });
const input = (id: string, x: number, y: number, vacant = false): NodeInput => ({
  laid: laid(id, x, y),
  position: { x, y },
  draggable: true,
  vacant,
  ghost: false,
});

describe('node cache', () => {
  it('keeps the object of a node whose inputs are unchanged, and makes a new one for a node that changed', () => {
    const cache = createNodeCache();
    const [a1, b1] = cache.build([input('a', 0, 0), input('b', 300, 0)]);
    const [a2, b2] = cache.build([input('a', 0, 0), input('b', 300, 200)]);
    expect(a2).toBe(a1);
    expect(b2).not.toBe(b1);
    expect(b2!.position).toEqual({ x: 300, y: 200 });
    const [a3] = cache.build([input('a', 0, 0, true)]);
    expect(a3).not.toBe(a2);
    expect(a3!.data.vacant).toBe(true);
  });
});

describe('edge cache', () => {
  const edge = (source: string, target: string, side = 'top', className?: string): Edge => ({
    id: `${source}->${target}`,
    source,
    target,
    targetHandle: side,
    type: 'smoothstep',
    ...(className ? { className } : {}),
  });

  it('keeps the object of an edge drawn the same, and takes the new one otherwise', () => {
    const cache = createEdgeCache();
    const [ab, ac] = cache.build([edge('a', 'b'), edge('a', 'c')]);
    const again = cache.build([edge('a', 'b'), edge('a', 'c', 'left'), edge('a', 'd')]);
    expect(again[0]).toBe(ab);
    expect(again[1]).not.toBe(ac);
    expect(again[1]!.targetHandle).toBe('left');
    expect(cache.build([edge('a', 'b', 'top', 'edge--ghost')])[0]).not.toBe(ab);
  });
});

describe('grid index', () => {
  it('finds the node a rectangle overlaps the most, skipping the dragged one and refused ones', () => {
    const nodes = createNodeCache().build([input('a', 0, 0), input('b', 200, 0), input('c', 5000, 5000)]);
    const grid = buildGridIndex(nodes);
    // Overlaps a by 40 px and b by 200 px of width.
    const rect = { x: 200, y: 10, width: 240, height: 92 };
    expect(grid.mostOverlapping(rect, 'x', () => true)).toBe('b');
    expect(grid.mostOverlapping(rect, 'b', () => true)).toBe('a');
    expect(grid.mostOverlapping(rect, 'x', (id) => id !== 'b')).toBe('a');
    expect(grid.mostOverlapping({ x: 2000, y: 2000, width: 10, height: 10 }, 'x', () => true)).toBeNull();
  });
});
