/** Where a unit is drawn: where the user pinned it (dropped it on empty canvas), else where the layout put it. */
import { getOwn } from './lookup';
import type { UnitId, ViewState, XY } from './types';

/** A laid-out box: its unit's id and its top-left corner. */
export interface Placed {
  readonly id: UnitId;
  readonly x: number;
  readonly y: number;
}

/**
 * The top-left corner a unit is drawn at: its pinned position if it has one, else the layout's.
 * `pinnedPosition({ u1: { x: 5, y: 9 } }, { id: 'u1', x: 0, y: 0 })` → `{ x: 5, y: 9 }`.
 */
export function pinnedPosition(positions: ViewState['positions'], node: Placed): XY {
  const pinned = getOwn(positions, node.id);
  return pinned ? { x: pinned.x, y: pinned.y } : { x: node.x, y: node.y };
}

/**
 * The layout's nodes with each pinned unit moved to its pinned position (other fields kept); the same array
 * when nothing is pinned. `placeNodes(layout.nodes, view.positions)` → what the canvas and the exports draw.
 */
export function placeNodes<N extends Placed>(nodes: readonly N[], positions: ViewState['positions']): readonly N[] {
  if (Object.keys(positions).length === 0) return nodes;
  return nodes.map((n) => {
    const pinned = getOwn(positions, n.id);
    return pinned ? { ...n, x: pinned.x, y: pinned.y } : n;
  });
}
