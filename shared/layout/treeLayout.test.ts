import { describe, expect, it } from 'vitest';
import { tinyOrg } from '../testing/testOrg';
import { unitId as u, type Org, type Unit, type UnitId } from '../model/types';
import { layoutOrg, NODE_HEIGHT, NODE_WIDTH, type LaidOutNode } from './treeLayout';

const byId = (nodes: readonly LaidOutNode[]) => Object.fromEntries(nodes.map((n) => [n.id, n]));
const centre = (n: LaidOutNode) => n.x + n.width / 2;
const overlap = (a: LaidOutNode, b: LaidOutNode) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutOrg', () => {
  it('centres a parent above its two children, in a row', () => {
    const { nodes, edges } = layoutOrg(tinyOrg([['a', null, 'p1', []], ['b', 'a', 'p2', []], ['c', 'a', 'p3', []]]), { collapsed: [] });
    const n = byId(nodes);
    expect(centre(n.a!)).toBeCloseTo((centre(n.b!) + centre(n.c!)) / 2);
    expect(n.b!.y).toBe(n.c!.y);
    expect(n.b!.y).toBeGreaterThan(n.a!.y + NODE_HEIGHT);
    expect(edges.map((e) => [e.id, e.targetSide])).toEqual([['a->b', 'top'], ['a->c', 'top']]);
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
    const n = byId(layoutOrg(tinyOrg([['a', null, 'p1', []], ['b', null, 'p2', []]]), { collapsed: [] }).nodes);
    expect(n.a!.y).toBe(n.b!.y);
    expect(overlap(n.a!, n.b!)).toBe(false);
  });

  it('hides a collapsed subtree and says what it hides', () => {
    const org = tinyOrg([['a', null, 'p1', []], ['b', 'a', 'p2', ['p3']], ['c', 'b', null, ['p4']]]);
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
    const rows = new Map<number, LaidOutNode[]>();
    for (const n of nodes) rows.set(n.y, [...(rows.get(n.y) ?? []), n]);
    for (const row of rows.values()) {
      const sorted = [...row].sort((a, b) => a.x - b.x);
      for (let i = 1; i < sorted.length; i++) expect(overlap(sorted[i - 1]!, sorted[i]!)).toBe(false);
    }
  });
});
