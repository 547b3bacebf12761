/**
 * A top-down layout of the org as nested boxes, computed from the org, never stored. Linear and without
 * recursion (a reporting chain 100,000 deep lays out). Roots of a forest stand side by side. A collapsed unit
 * hides its subtree and reports what it hides.
 * Compact, so a fully expanded 10,000-person chart keeps a sane shape:
 * - a unit whose children are all teams (three or more) stacks them in two columns either side of a spine
 *   under its lead instead of one endless row;
 * - a unit with three or more child subtrees puts them in a row or in two columns either side of a spine,
 *   whichever makes its block's shape closer to TARGET_ASPECT (width / height), so wide levels fold down.
 */
import { buildTreeIndex, childrenOf, subtreeUnitIds, type TreeIndex } from '../model/tree';
import type { Org, UnitId } from '../model/types';
import { getOwn } from '../model/lookup';

/** Size of a unit node on the canvas, in canvas pixels. */
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 116;
const GAP_X = 28;
const GAP_Y = 56;
/** Vertical gap between stacked teams, and the spine's width between the two columns. */
const STACK_GAP_Y = 18;
const SPINE = 56;
/** Fewer children than this stay in a row. */
const STACK_FROM = 3;
/** The block shape (width / height) a unit's children are arranged towards: a little wider than tall, like a screen. */
const TARGET_ASPECT = 1.6;

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

/** A unit, or a block of stacked leaf teams (`stack`) standing in for them in the layout. */
interface Item {
  readonly id: UnitId;
  readonly children: Item[];
  readonly stack?: readonly UnitId[];
}

const rowsOf = (count: number): number => Math.ceil(count / 2);

/**
 * An item's block: the box around its node and everything below it, with where its parts sit inside it.
 * `nodeX` is the left of the item's node (for a stack, of its spine's centre minus half a node), `anchor` the x
 * its parent's line comes down to, `at` each child block's top-left, `columns` whether the children stand in
 * two columns either side of a spine (their lines then enter on the side facing it) rather than in a row.
 */
interface Block {
  width: number;
  height: number;
  nodeX: number;
  anchor: number;
  at: { x: number; y: number }[];
  columns: boolean;
}

const TOP = NODE_HEIGHT + GAP_Y;

/** The blocks of a stack of leaf teams: two columns either side of a spine, left column first. */
function stackBlock(count: number): Block {
  const rows = rowsOf(count);
  const width = 2 * NODE_WIDTH + SPINE;
  return { width, height: rows * (NODE_HEIGHT + STACK_GAP_Y) - STACK_GAP_Y, nodeX: width / 2 - NODE_WIDTH / 2, anchor: width / 2, at: [], columns: false };
}

/** Children in one row under the node, the node centred between the first and last child's anchors. */
function rowBlock(kids: readonly Block[]): Block {
  const at: { x: number; y: number }[] = [];
  let x = 0;
  let height = 0;
  for (const k of kids) {
    at.push({ x, y: TOP });
    x += k.width + GAP_X;
    height = Math.max(height, k.height);
  }
  const anchor = (at[0]!.x + kids[0]!.anchor + at[kids.length - 1]!.x + kids[kids.length - 1]!.anchor) / 2;
  return { width: x - GAP_X, height: TOP + height, nodeX: anchor - NODE_WIDTH / 2, anchor, at, columns: false };
}

/** Children in two columns either side of a spine under the node; the left column takes the first, up to half the height. */
function columnsBlock(kids: readonly Block[]): Block {
  const total = kids.reduce((sum, k) => sum + k.height + GAP_Y, 0);
  let split = 0;
  let leftHeight = 0;
  // The left column takes children while that keeps it nearer half the total height (at least one each side).
  while (split < kids.length - 1 && (split === 0 || Math.abs(total / 2 - (leftHeight + kids[split]!.height + GAP_Y)) < Math.abs(total / 2 - leftHeight))) {
    leftHeight += kids[split]!.height + GAP_Y;
    split++;
  }
  let leftWidth = 0;
  let rightWidth = 0;
  kids.forEach((k, i) => {
    if (i < split) leftWidth = Math.max(leftWidth, k.width);
    else rightWidth = Math.max(rightWidth, k.width);
  });
  const spine = leftWidth + SPINE / 2;
  const at: { x: number; y: number }[] = [];
  let leftY = TOP;
  let rightY = TOP;
  kids.forEach((k, i) => {
    if (i < split) {
      at.push({ x: spine - SPINE / 2 - k.width, y: leftY });
      leftY += k.height + GAP_Y;
    } else {
      at.push({ x: spine + SPINE / 2, y: rightY });
      rightY += k.height + GAP_Y;
    }
  });
  return { width: leftWidth + SPINE + rightWidth, height: Math.max(leftY, rightY) - GAP_Y, nodeX: spine - NODE_WIDTH / 2, anchor: spine, at, columns: true };
}

/** How far a block's shape is from the target, in either direction. */
const misfit = (b: Block): number => Math.abs(Math.log(b.width / b.height / TARGET_ASPECT));

/** Every item of a tree in pre-order (parents before children), without recursion. */
function preOrder(root: Item): Item[] {
  const order: Item[] = [];
  const stack: Item[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    order.push(item);
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!);
  }
  return order;
}

/** The blocks of every item, children before parents (reverse pre-order), choosing row or columns as it goes. */
function blocksOf(order: readonly Item[]): Map<Item, Block> {
  const blocks = new Map<Item, Block>();
  for (let i = order.length - 1; i >= 0; i--) {
    const item = order[i]!;
    if (item.stack) {
      blocks.set(item, stackBlock(item.stack.length));
      continue;
    }
    if (item.children.length === 0) {
      blocks.set(item, { width: NODE_WIDTH, height: NODE_HEIGHT, nodeX: 0, anchor: NODE_WIDTH / 2, at: [], columns: false });
      continue;
    }
    const kids = item.children.map((c) => blocks.get(c)!);
    const row = rowBlock(kids);
    let block = row;
    if (kids.length >= STACK_FROM) {
      const columns = columnsBlock(kids);
      if (misfit(columns) < misfit(row)) block = columns;
    }
    blocks.set(item, block);
  }
  return blocks;
}

/**
 * Positions for every visible unit and the reporting edges between them.
 * `layoutOrg(org, { collapsed: [] }).nodes.length` → the number of units.
 */
export function layoutOrg(org: Org, options: { collapsed: readonly UnitId[] }, index: TreeIndex = buildTreeIndex(org)): OrgLayout {
  const collapsed = new Set(options.collapsed);
  const nodes: LaidOutNode[] = [];
  const edges: LaidOutEdge[] = [];
  const seen = new Set<UnitId>();
  const place = (id: UnitId, x: number, y: number) => {
    const hidden = collapsed.has(id) ? hiddenBelow(org, index, id) : { units: 0, people: 0 };
    nodes.push({ id, x, y, width: NODE_WIDTH, height: NODE_HEIGHT, hiddenUnits: hidden.units, hiddenPeople: hidden.people });
  };
  let offsetX = 0;
  for (const rootId of index.roots) {
    if (seen.has(rootId)) continue;
    const root = toItem(rootId, index, collapsed, seen);
    const order = preOrder(root);
    const blocks = blocksOf(order);
    // Top-down: each item's block gets its top-left; pre-order puts parents first, so theirs is known.
    const origin = new Map<Item, { x: number; y: number }>([[root, { x: offsetX, y: 0 }]]);
    for (const item of order) {
      const block = blocks.get(item)!;
      const { x, y } = origin.get(item)!;
      if (item.stack) {
        // Left column fills first, top to bottom; each team's line enters on the side facing the spine.
        const rows = rowsOf(item.stack.length);
        item.stack.forEach((teamId, i) => {
          const column = i < rows ? 0 : 1;
          const row = column === 0 ? i : i - rows;
          place(teamId, x + column * (NODE_WIDTH + SPINE), y + row * (NODE_HEIGHT + STACK_GAP_Y));
        });
        continue;
      }
      place(item.id, x + block.nodeX, y);
      item.children.forEach((child, i) => {
        const at = block.at[i]!;
        origin.set(child, { x: x + at.x, y: y + at.y });
        if (child.stack) {
          const rows = rowsOf(child.stack.length);
          child.stack.forEach((target, t) => edges.push({ id: `${item.id}->${target}`, source: item.id, target, targetSide: t < rows ? 'right' : 'left' }));
          return;
        }
        // In columns, a child left of the spine takes the line on its right side, and the other way round.
        const side = !block.columns ? 'top' : at.x < block.anchor ? 'right' : 'left';
        edges.push({ id: `${item.id}->${child.id}`, source: item.id, target: child.id, targetSide: side });
      });
    }
    offsetX += blocks.get(root)!.width + GAP_X * 3;
  }
  return { nodes, edges };
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
