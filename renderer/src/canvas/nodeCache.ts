/**
 * React Flow nodes derived from the layout, built so React Flow can skip work at real company sizes:
 * - every node carries its size (`width`/`height`), `measured` and its `handles`, so React Flow never has to
 *   mount a node just to measure it (it mounts every node once otherwise: `getNodesInside` forces a render of
 *   any node without `internals.handleBounds`, which it only takes from `handles` or from the DOM);
 * - node objects are stable: a node is a new object only when something it shows or where it sits changed,
 *   so React Flow's `adoptUserNodes` (which compares by reference) skips the rest.
 */
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { LaidOutNode, UnitId, XY } from '../../../shared';
import type { UnitNodeData } from './UnitNode';

export type UnitFlowNode = Node<UnitNodeData, 'unit'>;

/** React Flow's default handle is 6×6 px, centred on the side it sits on (see `.react-flow__handle-*`). */
const HANDLE = 6;

/** The four handles UnitNode renders, where the DOM would put them, so edges route without a measure. */
export function handlesFor(width: number, height: number): NodeHandle[] {
  const h = HANDLE / 2;
  return [
    { id: 'top', type: 'target', position: Position.Top, x: width / 2 - h, y: -h, width: HANDLE, height: HANDLE },
    { id: 'left', type: 'target', position: Position.Left, x: -h, y: height / 2 - h, width: HANDLE, height: HANDLE },
    { id: 'right', type: 'target', position: Position.Right, x: width - h, y: height / 2 - h, width: HANDLE, height: HANDLE },
    { id: null, type: 'source', position: Position.Bottom, x: width / 2 - h, y: height - h, width: HANDLE, height: HANDLE },
  ];
}

export interface NodeInput {
  readonly laid: LaidOutNode;
  readonly position: XY;
  readonly draggable: boolean;
  readonly vacant: boolean;
  readonly ghost: boolean;
}

function sameNode(node: UnitFlowNode, input: NodeInput): boolean {
  const { laid, position } = input;
  const d = node.data;
  return (
    node.position.x === position.x &&
    node.position.y === position.y &&
    node.width === laid.width &&
    node.height === laid.height &&
    node.draggable === input.draggable &&
    d.hiddenUnits === laid.hiddenUnits &&
    d.hiddenPeople === laid.hiddenPeople &&
    d.vacant === input.vacant &&
    d.ghost === input.ghost
  );
}

function makeNode(input: NodeInput): UnitFlowNode {
  const { laid, position } = input;
  return {
    id: laid.id,
    type: 'unit',
    position,
    width: laid.width,
    height: laid.height,
    measured: { width: laid.width, height: laid.height },
    handles: handlesFor(laid.width, laid.height),
    draggable: input.draggable,
    data: { hiddenUnits: laid.hiddenUnits, hiddenPeople: laid.hiddenPeople, vacant: input.vacant, ghost: input.ghost },
  };
}

/**
 * A per-canvas cache of node objects keyed by unit id: `build` returns the same object for a unit whose
 * inputs are unchanged, and forgets units no longer shown.
 */
export function createNodeCache(): { build(inputs: readonly NodeInput[]): UnitFlowNode[] } {
  let cache = new Map<string, UnitFlowNode>();
  return {
    build(inputs) {
      const next = new Map<string, UnitFlowNode>();
      const nodes = inputs.map((input) => {
        const old = cache.get(input.laid.id);
        const node = old && sameNode(old, input) ? old : makeNode(input);
        next.set(node.id, node);
        return node;
      });
      cache = next;
      return nodes;
    },
  };
}

function sameEdge(a: Edge, b: Edge): boolean {
  return a.source === b.source && a.target === b.target && a.targetHandle === b.targetHandle && a.type === b.type && a.className === b.className;
}

/**
 * A per-canvas cache of edge objects keyed by id, like the node cache: `build` returns the old object for an
 * edge that is drawn the same, so after a drop React Flow re-renders only the edges that changed.
 */
export function createEdgeCache(): { build(edges: readonly Edge[]): Edge[] } {
  let cache = new Map<string, Edge>();
  return {
    build(edges) {
      const next = new Map<string, Edge>();
      const built = edges.map((edge) => {
        const old = cache.get(edge.id);
        const kept = old && sameEdge(old, edge) ? old : edge;
        next.set(kept.id, kept);
        return kept;
      });
      cache = next;
      return built;
    },
  };
}

/** A uniform grid over node rectangles: which nodes might overlap a rectangle, without looking at all of them. */
export interface GridIndex {
  /** The node (other than `except`) overlapping `rect` the most, or null. */
  mostOverlapping(rect: { x: number; y: number; width: number; height: number }, except: string, accept: (id: UnitId) => boolean): UnitId | null;
}

const CELL = 512;

/** Build a grid index over nodes' rectangles (O(n)); a query looks at the few cells the rectangle covers. */
export function buildGridIndex(nodes: readonly UnitFlowNode[]): GridIndex {
  const cells = new Map<string, UnitFlowNode[]>();
  const key = (cx: number, cy: number) => `${cx}:${cy}`;
  for (const n of nodes) {
    const w = n.width ?? 0;
    const h = n.height ?? 0;
    for (let cx = Math.floor(n.position.x / CELL); cx <= Math.floor((n.position.x + w) / CELL); cx++)
      for (let cy = Math.floor(n.position.y / CELL); cy <= Math.floor((n.position.y + h) / CELL); cy++) {
        const k = key(cx, cy);
        const list = cells.get(k);
        if (list) list.push(n);
        else cells.set(k, [n]);
      }
  }
  return {
    mostOverlapping(rect, except, accept) {
      let best: UnitId | null = null;
      let bestArea = 0;
      const seen = new Set<string>();
      for (let cx = Math.floor(rect.x / CELL); cx <= Math.floor((rect.x + rect.width) / CELL); cx++)
        for (let cy = Math.floor(rect.y / CELL); cy <= Math.floor((rect.y + rect.height) / CELL); cy++)
          for (const n of cells.get(key(cx, cy)) ?? []) {
            if (n.id === except || seen.has(n.id)) continue;
            seen.add(n.id);
            const w = Math.min(rect.x + rect.width, n.position.x + (n.width ?? 0)) - Math.max(rect.x, n.position.x);
            const h = Math.min(rect.y + rect.height, n.position.y + (n.height ?? 0)) - Math.max(rect.y, n.position.y);
            if (w <= 0 || h <= 0 || w * h <= bestArea || !accept(n.id as UnitId)) continue;
            best = n.id as UnitId;
            bestArea = w * h;
          }
      return best;
    },
  };
}
