import { describe, expect, it } from 'vitest';
import { generateOrg } from '../sample/generateOrg';
import { tinyOrg } from '../testing/testOrg';
import { unitId as u, type Org, type Unit, type UnitId } from '../model/types';
import { layoutOrg, NODE_HEIGHT, NODE_WIDTH, type LaidOutNode } from './treeLayout';

const byId = (nodes: readonly LaidOutNode[]) => Object.fromEntries(nodes.map((n) => [n.id, n]));
const centre = (n: LaidOutNode) => n.x + n.width / 2;
const overlap = (a: LaidOutNode, b: LaidOutNode) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every pair of nodes that overlap, by id (a sweep over x, so thousands of nodes stay cheap). */
function overlapping(nodes: readonly LaidOutNode[]): string[] {
  const sorted = [...nodes].sort((a, b) => a.x - b.x);
  const found: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < sorted[i]!.x + sorted[i]!.width; j++) {
      if (overlap(sorted[i]!, sorted[j]!)) found.push(`${sorted[i]!.id}/${sorted[j]!.id}`);
    }
  }
  return found;
}

/** A deterministic mixed forest: `count` units, some roots, random parents among earlier units (seeded LCG). */
function randomForest(count: number, seed: number): Org {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const units: Record<UnitId, Unit> = {};
  for (let i = 0; i < count; i++) {
    const id = u(`r${i}`);
    const parentId = i === 0 || next() < 0.02 ? null : u(`r${Math.floor(next() * i)}`);
    units[id] = { id, name: id, leadId: null, memberIds: [], parentId };
  }
  return { asOf: '2026-01-01', people: {}, units };
}

describe('layoutOrg', () => {
  it('places a single unit at the origin with the node size and no edges', () => {
    expect(layoutOrg(tinyOrg([['a', null, 'p1', ['p2']]]), { collapsed: [] })).toEqual({
      nodes: [{ id: 'a', x: 0, y: 0, width: NODE_WIDTH, height: NODE_HEIGHT, hiddenUnits: 0, hiddenPeople: 0 }],
      edges: [],
    });
  });

  it('centres a parent above its two children, in a row', () => {
    const { nodes, edges } = layoutOrg(
      tinyOrg([
        ['a', null, 'p1', []],
        ['b', 'a', 'p2', []],
        ['c', 'a', 'p3', []],
      ]),
      { collapsed: [] },
    );
    const n = byId(nodes);
    expect(centre(n.a!)).toBeCloseTo((centre(n.b!) + centre(n.c!)) / 2);
    expect(n.b!.y).toBe(n.c!.y);
    expect(n.b!.y).toBeGreaterThan(n.a!.y + NODE_HEIGHT);
    expect(edges.map((e) => [e.id, e.targetSide])).toEqual([
      ['a->b', 'top'],
      ['a->c', 'top'],
    ]);
  });

  it('stacks three or more leaf teams in two columns either side of the lead', () => {
    const org = tinyOrg([['g', null, 'p0', []], ...[1, 2, 3, 4, 5].map((i): [string, string, string, string[]] => [`t${i}`, 'g', `p${i}`, []])]);
    const n = byId(layoutOrg(org, { collapsed: [] }).nodes);
    expect(n.t1!.x).toBe(n.t2!.x);
    expect(n.t1!.x).toBe(n.t3!.x);
    expect(n.t4!.x).toBe(n.t5!.x);
    expect(n.t1!.x + NODE_WIDTH).toBeLessThan(centre(n.g!));
    expect(n.t4!.x).toBeGreaterThan(centre(n.g!));
    expect([n.t2!.y > n.t1!.y, n.t3!.y > n.t2!.y, n.t4!.y === n.t1!.y]).toEqual([true, true, true]);
  });

  it('lays a forest out side by side', () => {
    const n = byId(
      layoutOrg(
        tinyOrg([
          ['a', null, 'p1', []],
          ['b', null, 'p2', []],
        ]),
        { collapsed: [] },
      ).nodes,
    );
    expect(n.a!.y).toBe(n.b!.y);
    expect(overlap(n.a!, n.b!)).toBe(false);
  });

  it('hides a collapsed subtree and says what it hides', () => {
    const org = tinyOrg([
      ['a', null, 'p1', []],
      ['b', 'a', 'p2', ['p3']],
      ['c', 'b', null, ['p4']],
    ]);
    const { nodes, edges } = layoutOrg(org, { collapsed: [u('b')] });
    expect(nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(byId(nodes).b).toMatchObject({ hiddenUnits: 1, hiddenPeople: 1 });
    expect(edges).toHaveLength(1);
  });

  it('places 2,000 units with no two overlapping', () => {
    const units: Record<UnitId, Unit> = {};
    for (let i = 0; i < 2000; i++) {
      const id = u(`u${i}`);
      units[id] = { id, name: id, leadId: null, memberIds: [], parentId: i === 0 ? null : u(`u${Math.floor((i - 1) / 4)}`) };
    }
    const org: Org = { asOf: '2026-01-01', people: {}, units };
    const { nodes, edges } = layoutOrg(org, { collapsed: [] });
    expect(nodes).toHaveLength(2000);
    expect(edges).toHaveLength(1999);
    expect(overlapping(nodes)).toEqual([]);
  });

  it.each([
    { seed: 1, collapsedEvery: 0 },
    { seed: 7, collapsedEvery: 0 },
    { seed: 42, collapsedEvery: 9 },
  ])('lays out a mixed forest of 1,500 units (seed $seed) top-down with no overlaps', ({ seed, collapsedEvery }) => {
    const org = randomForest(1500, seed);
    const collapsed = collapsedEvery
      ? Object.keys(org.units)
          .filter((_, i) => i % collapsedEvery === 1)
          .map(u)
      : [];
    const { nodes, edges } = layoutOrg(org, { collapsed });
    const n = byId(nodes);
    expect(overlapping(nodes)).toEqual([]);
    // Every edge joins two laid-out nodes, and a child always sits lower than its parent.
    for (const e of edges) expect(n[e.target]!.y).toBeGreaterThan(n[e.source]!.y);
    expect(new Set(nodes.map((x) => x.id)).size).toBe(nodes.length);
    expect(edges).toHaveLength(nodes.length - nodes.filter((x) => org.units[x.id]!.parentId === null).length);
    if (!collapsedEvery) expect(nodes).toHaveLength(1500);
  });
});

describe('layoutOrg: wide levels fold into columns', () => {
  /** A unit `g` with `n` child groups, each leading `teams` teams. */
  function wide(n: number, teams: number): Org {
    const rows: [string, string | null, string, string[]][] = [['g', null, 'p0', []]];
    for (let i = 0; i < n; i++) {
      rows.push([`d${i}`, 'g', `pd${i}`, []]);
      for (let t = 0; t < teams; t++) rows.push([`d${i}t${t}`, `d${i}`, `pd${i}t${t}`, []]);
    }
    return tinyOrg(rows);
  }
  const extent = (nodes: readonly LaidOutNode[]) => {
    const xs = nodes.flatMap((n) => [n.x, n.x + n.width]);
    const ys = nodes.flatMap((n) => [n.y, n.y + n.height]);
    return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  };

  it('puts twelve child groups in two columns either side of the lead, lines entering on the side facing the spine', () => {
    const { nodes, edges } = layoutOrg(wide(12, 4), { collapsed: [] });
    const n = byId(nodes);
    const spine = centre(n.g!);
    const left = [...Array(12).keys()].filter((i) => centre(n[`d${i}`]!) < spine);
    const right = [...Array(12).keys()].filter((i) => centre(n[`d${i}`]!) > spine);
    expect(left.length).toBeGreaterThan(0);
    expect(right.length).toBeGreaterThan(0);
    expect(left.length + right.length).toBe(12);
    // Whole subtrees sit on their side of the spine, below the lead.
    for (const i of left) for (const id of [`d${i}`, `d${i}t0`, `d${i}t3`]) expect(n[id]!.x + NODE_WIDTH).toBeLessThan(spine);
    for (const i of right) for (const id of [`d${i}`, `d${i}t0`, `d${i}t3`]) expect(n[id]!.x).toBeGreaterThan(spine);
    const sides = Object.fromEntries(edges.filter((e) => e.source === 'g').map((e) => [e.target, e.targetSide]));
    for (const i of left) expect(sides[`d${i}`]).toBe('right');
    for (const i of right) expect(sides[`d${i}`]).toBe('left');
    expect(overlapping(nodes)).toEqual([]);
    const { width, height } = extent(nodes);
    expect(width / height).toBeLessThan(4);
  });

  it('keeps two child groups in a row under their lead', () => {
    const { nodes, edges } = layoutOrg(wide(2, 4), { collapsed: [] });
    const n = byId(nodes);
    expect(n.d0!.y).toBe(n.d1!.y);
    expect(centre(n.g!)).toBeGreaterThan(centre(n.d0!));
    expect(centre(n.g!)).toBeLessThan(centre(n.d1!));
    expect(edges.filter((e) => e.source === 'g').map((e) => e.targetSide)).toEqual(['top', 'top']);
  });

  it('gives a fully expanded generated org of 10,000 people a screen-like shape, with no overlaps', () => {
    const org = generateOrg({ size: 10_000, seed: 1, asOf: '2026-11-01' });
    const { nodes } = layoutOrg(org, { collapsed: [] });
    expect(nodes).toHaveLength(Object.keys(org.units).length);
    const { width, height } = extent(nodes);
    expect(width / height).toBeGreaterThan(0.4);
    expect(width / height).toBeLessThan(4);
    expect(overlapping(nodes)).toEqual([]);
  }, 60_000);

  it('lays out a reporting chain 100,000 deep, each unit under the last', () => {
    const units: Record<UnitId, Unit> = {};
    for (let i = 0; i < 100_000; i++) {
      const id = u(`c${i}`);
      units[id] = { id, name: id, leadId: null, memberIds: [], parentId: i === 0 ? null : u(`c${i - 1}`) };
    }
    const { nodes, edges } = layoutOrg({ asOf: '2026-01-01', people: {}, units }, { collapsed: [] });
    expect(nodes).toHaveLength(100_000);
    expect(edges).toHaveLength(99_999);
    const n = byId(nodes);
    expect(n.c99999!.y).toBeGreaterThan(n.c99998!.y);
    expect(n.c99999!.x).toBe(n.c0!.x);
  }, 120_000); // room for a busy shared machine, not a speed check
});
