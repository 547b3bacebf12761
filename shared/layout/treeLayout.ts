/**
 * A tidy top-down tree layout of the org (d3-flextree, O(n)), computed from the org, never stored.
 * Roots of a forest stand side by side. A collapsed unit hides its subtree and reports what it hides.
 * Compact: when a unit's children are all teams (three or more), they stack in two columns on either
 * side of a spine under their lead instead of one endless row, so wide orgs stay readable.
 */
import { flextree, type FlexLayout, type FlexNode } from 'd3-flextree';
import { buildTreeIndex, childrenOf, subtreeUnitIds, type TreeIndex } from '../model/tree';
import type { Org, UnitId } from '../model/types';
import { getOwn } from '../model/lookup';

/** Size of a unit node on the canvas, in canvas pixels. */
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 92;
const GAP_X = 28;
const GAP_Y = 64;
/** Vertical gap between stacked teams, and the spine's width between the two columns. */
const STACK_GAP_Y = 18;
const SPINE = 56;
/** Fewer leaf children than this stay in a row. */
const STACK_FROM = 3;

export interface LaidOutNode {
  readonly id: UnitId;
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Units and people hidden below a collapsed node (0 when expanded). */
  readonly hiddenUnits: number;
  readonly hiddenPeople: number;
}

export interface LaidOutEdge {
  readonly id: string;
  readonly source: UnitId;
  readonly target: UnitId;
  /** Which side of the target the line enters: the top in a row, the side facing the spine in a stack. */
  readonly targetSide: 'top' | 'left' | 'right';
}

export interface OrgLayout {
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
}

/** A unit, or a block of stacked leaf teams (`stack`) standing in for them in the tree layout. */
interface Item {
  readonly id: UnitId;
  readonly children: Item[];
  readonly stack?: readonly UnitId[];
}

const rowsOf = (count: number): number => Math.ceil(count / 2);
function sizeOf(item: Item): [number, number] {
  if (!item.stack) return [NODE_WIDTH + GAP_X, NODE_HEIGHT + GAP_Y];
  const rows = rowsOf(item.stack.length);
  return [2 * NODE_WIDTH + SPINE + GAP_X, rows * (NODE_HEIGHT + STACK_GAP_Y) - STACK_GAP_Y + GAP_Y];
}

/**
 * Positions for every visible unit and the reporting edges between them.
 * `layoutOrg(org, { collapsed: [] }).nodes.length` → the number of units.
 */
export function layoutOrg(org: Org, options: { collapsed: readonly UnitId[] }, index: TreeIndex = buildTreeIndex(org)): OrgLayout {
  const collapsed = new Set(options.collapsed);
  const nodes: LaidOutNode[] = [];
  const edges: LaidOutEdge[] = [];
  const layout = flextree<Item>({ nodeSize: (n) => sizeOf(n.data), spacing: 0 });
  let offsetX = 0;
  for (const rootId of index.roots) {
    const item = toItem(rootId, index, collapsed, new Set());
    const root = depthOf(item) <= MAX_FLEXTREE_DEPTH ? fromFlextree(layout, item) : stackedLayout(item);
    let minX = Infinity;
    let maxX = -Infinity;
    root.each((n) => {
      const half = (sizeOf(n.data)[0] - GAP_X) / 2;
      minX = Math.min(minX, n.x - half);
      maxX = Math.max(maxX, n.x + half);
    });
    const place = (id: UnitId, left: number, top: number) => {
      const hidden = collapsed.has(id) ? hiddenBelow(org, index, id) : { units: 0, people: 0 };
      nodes.push({ id, x: offsetX + left - minX, y: top, width: NODE_WIDTH, height: NODE_HEIGHT, hiddenUnits: hidden.units, hiddenPeople: hidden.people });
    };
    root.each((n) => {
      const { id, stack } = n.data;
      if (stack) {
        // Left column fills first, top to bottom; each team's line enters on the side facing the spine.
        const rows = rowsOf(stack.length);
        stack.forEach((teamId, i) => {
          const column = i < rows ? 0 : 1;
          const row = column === 0 ? i : i - rows;
          const left = column === 0 ? n.x - SPINE / 2 - NODE_WIDTH : n.x + SPINE / 2;
          place(teamId, left, n.y + row * (NODE_HEIGHT + STACK_GAP_Y));
        });
        return;
      }
      place(id, n.x - NODE_WIDTH / 2, n.y);
      for (const child of n.children ?? []) {
        const targets = child.data.stack ?? [child.data.id];
        const rows = rowsOf(targets.length);
        targets.forEach((target, i) =>
          edges.push({ id: `${id}->${target}`, source: id, target, targetSide: child.data.stack ? (i < rows ? 'right' : 'left') : 'top' }),
        );
      }
    });
    offsetX += maxX - minX + GAP_X * 3;
  }
  return { nodes, edges };
}

/** A positioned item, shaped like a d3 hierarchy node: centre x, top y, children, and an iterative `each`. */
interface Placed {
  readonly data: Item;
  x: number;
  y: number;
  readonly children: Placed[];
  each(visit: (n: Placed) => void): void;
}

// d3-flextree recurses once per level; past this depth (a reporting chain thousands deep) a simpler layout is used.
const MAX_FLEXTREE_DEPTH = 1000;

function depthOf(root: Item): number {
  let deepest = 0;
  const stack: [Item, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [item, d] = stack.pop()!;
    if (d > deepest) deepest = d;
    for (const c of item.children) stack.push([c, d + 1]);
  }
  return deepest;
}

/** Pre-order walk without recursion. */
function eachPlaced(this: Placed, visit: (n: Placed) => void): void {
  const stack: Placed[] = [this];
  while (stack.length > 0) {
    const n = stack.pop()!;
    visit(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
}

function placed(data: Item, x: number, y: number): Placed {
  return { data, x, y, children: [], each: eachPlaced };
}

/** The tidy layout (d3-flextree, O(n)), copied into `Placed` nodes. */
function fromFlextree(layout: FlexLayout<Item>, item: Item): Placed {
  const root = layout.hierarchy(item, (i) => i.children);
  layout(root);
  const top = placed(root.data, root.x, root.y);
  const stack: [FlexNode<Item>, Placed][] = [[root, top]];
  while (stack.length > 0) {
    const [n, p] = stack.pop()!;
    for (const c of n.children ?? []) {
      const child = placed(c.data, c.x, c.y);
      p.children.push(child);
      stack.push([c, child]);
    }
  }
  return top;
}

/**
 * A simple layout for very deep trees, without recursion: leaves side by side in order, each parent centred over
 * its children, each level below its parent by the parent's height. Not as compact as flextree, but linear and safe.
 */
function stackedLayout(item: Item): Placed {
  const root = placed(item, 0, 0);
  const order: Placed[] = [];
  const stack: Placed[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    order.push(n);
    for (const c of n.data.children) {
      const child = placed(c, 0, n.y + sizeOf(n.data)[1]);
      n.children.push(child);
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  // `order` is pre-order (left to right): leaves take the next slot; parents are settled after their children.
  let cursor = 0;
  for (const n of order) {
    if (n.children.length > 0) continue;
    const w = sizeOf(n.data)[0];
    n.x = cursor + w / 2;
    cursor += w;
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    if (n.children.length > 0) n.x = (n.children[0]!.x + n.children[n.children.length - 1]!.x) / 2;
  }
  return root;
}

/** The layout's items for the tree under `id`, built without recursion (a chain 100,000 deep must not overflow). */
function toItem(rootId: UnitId, index: TreeIndex, collapsed: ReadonlySet<UnitId>, seen: Set<UnitId>): Item {
  const root: Item = { id: rootId, children: [] };
  seen.add(rootId);
  const queue: Item[] = [root];
  for (let q = 0; q < queue.length; q++) {
    const item = queue[q]!;
    const kids = collapsed.has(item.id) ? [] : childrenOf(index, item.id).filter((c) => !seen.has(c));
    const allLeaves = kids.every((c) => collapsed.has(c) || childrenOf(index, c).length === 0);
    for (const c of kids) seen.add(c);
    if (kids.length >= STACK_FROM && allLeaves) {
      item.children.push({ id: kids[0]!, children: [], stack: kids });
      continue;
    }
    for (const c of kids) {
      const child: Item = { id: c, children: [] };
      item.children.push(child);
      queue.push(child);
    }
  }
  return root;
}

function hiddenBelow(org: Org, index: TreeIndex, id: UnitId): { units: number; people: number } {
  const below = subtreeUnitIds(index, id).slice(1);
  let people = 0;
  for (const u of below) {
    const unit = getOwn(org.units, u)!;
    people += unit.memberIds.length + (unit.leadId === null ? 0 : 1);
  }
  return { units: below.length, people };
}
