import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personId, unitId as u, type Org } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { arbitraryOrg } from '../testing/arbitraries';
import { deepFreeze, testPerson, tinyOrg } from '../testing/testOrg';
import { diffMarks } from './compareVariants';
import { isSameOrg, orgDiff } from './orgDiff';

const rename = (org: Org, id: string, name: string): Org => ({ ...org, units: { ...org.units, [u(id)]: { ...org.units[u(id)]!, name } } });

describe('orgDiff', () => {
  // u1 ─┬─ u2 (p2; p5 p6)
  //     └─ u3 (p3; p7)
  const a = deepFreeze(
    tinyOrg([
      ['u1', null, 'p1', []],
      ['u2', 'u1', 'p2', ['p5', 'p6']],
      ['u3', 'u1', 'p3', ['p7']],
    ]),
  );

  it('finds nothing between an org and itself', () => {
    const d = orgDiff(a, structuredClone(a));
    expect(isSameOrg(d)).toBe(true);
    expect(d.matched.map((m) => [m.a, m.b, m.by])).toEqual([
      ['u1', 'u1', 'id'],
      ['u2', 'u2', 'id'],
      ['u3', 'u3', 'id'],
    ]);
  });

  it('lists added, removed, moved, renamed, lead changes and vacancies by side, with each side’s ids', () => {
    // b: u3 moved under u2 and renamed, u2 lost its lead, u1 led by someone else, u4 added (vacant), nothing removed…
    const b = tinyOrg([
      ['u1', null, 'p9', []],
      ['u2', 'u1', null, ['p5', 'p6']],
      ['u3', 'u2', 'p3', ['p7']],
      ['u4', 'u1', null, []],
    ]);
    const d = orgDiff(a, rename(b, 'u3', 'Three'));
    expect(d.added).toEqual([{ id: 'u4', name: 'U4' }]);
    expect(d.removed).toEqual([]);
    expect(d.moved).toEqual([{ a: 'u3', b: 'u3', name: 'Three', fromParent: { id: 'u1', name: 'U1' }, toParent: { id: 'u2', name: 'U2' } }]);
    expect(d.renamed).toEqual([{ a: 'u3', b: 'u3', from: 'U3', to: 'Three' }]);
    expect(d.leadChanged).toEqual([{ a: 'u1', b: 'u1', name: 'U1', from: 'Person p1', to: 'Person p9' }]);
    expect(d.vacancies).toEqual({
      onlyA: [],
      onlyB: [
        { id: 'u2', name: 'U2' },
        { id: 'u4', name: 'U4' },
      ],
    });
    // …and the other way round, the same facts from the other side.
    const back = orgDiff(rename(b, 'u3', 'Three'), a);
    expect(back.removed).toEqual([{ id: 'u4', name: 'U4' }]);
    expect(back.vacancies.onlyA.map((x) => x.id)).toEqual(['u2', 'u4']);
  });

  it('matches units the runs made by name when their ids differ, and never one id given to two different units', () => {
    // Both runs split u2; in b another split came first and took the id u4, so b's "U2 B" is u5.
    const base = tinyOrg([
      ['u1', null, 'p1', []],
      ['u2', 'u1', 'p2', ['p5']],
      ['u3', 'u1', 'p3', ['p7']],
    ]);
    const withUnit = (org: Org, id: string, name: string, parent: string): Org => ({
      ...org,
      units: { ...org.units, [u(id)]: { id: u(id), name, leadId: null, memberIds: [], parentId: u(parent) } },
    });
    const a2 = withUnit(base, 'u4', 'U2 B', 'u1');
    const b2 = withUnit(withUnit(base, 'u4', 'U3 B', 'u1'), 'u5', 'U2 B', 'u1');
    const d = orgDiff(a2, b2, { sharedIds: ['u1', 'u2', 'u3'] });
    expect(d.matched.find((m) => m.a === 'u4')).toEqual({ a: 'u4', b: 'u5', by: 'name' });
    expect(d.added).toEqual([{ id: 'u4', name: 'U3 B' }]);
    expect(d.removed).toEqual([]);
    expect(d.renamed).toEqual([]);
    // Without knowing which ids are shared, every common id is taken as the same unit (variants' own orgs).
    expect(orgDiff(a2, b2).renamed).toEqual([{ a: 'u4', b: 'u4', from: 'U2 B', to: 'U3 B' }]);
  });

  it('reads a different person with the same id (hires get ids in order) as a lead change', () => {
    const b: Org = { ...a, people: { ...a.people, [personId('p2')]: testPerson('p2', { name: 'Someone Else' }) } };
    expect(orgDiff(a, b).leadChanged).toEqual([{ a: 'u2', b: 'u2', name: 'U2', from: 'Person p2', to: 'Someone Else' }]);
  });

  it('marks each side by its own ids: removed and moved on a, added and moved on b, emerging where asked', () => {
    const b = tinyOrg([
      ['u1', null, 'p1', []],
      ['u3', 'u1', 'p3', ['p7']],
      ['u9', 'u3', 'p2', ['p5', 'p6']],
    ]);
    const d = orgDiff(a, b);
    expect([...diffMarks(d, 'a')]).toEqual([[u('u2'), ['removed']]]);
    expect([...diffMarks(d, 'b', [u('u9')])]).toEqual([[u('u9'), ['added', 'emerging']]]);
  });

  it('finds nothing between an org and its copy, and mirrors itself when swapped (property)', () => {
    fc.assert(
      fc.property(arbitraryOrg(10, 20), arbitraryOrg(10, 20), (x, y) => {
        expect(isSameOrg(orgDiff(x, structuredClone(x)))).toBe(true);
        const d = orgDiff(x, y);
        const back = orgDiff(y, x);
        expect(back.added).toEqual(d.removed);
        expect(back.removed).toEqual(d.added);
        expect(back.vacancies).toEqual({ onlyA: d.vacancies.onlyB, onlyB: d.vacancies.onlyA });
        expect(back.moved.length).toBe(d.moved.length);
        expect(d.matched.length + d.removed.length).toBe(Object.keys(x.units).length);
        expect(d.matched.length + d.added.length).toBe(Object.keys(y.units).length);
      }),
      { numRuns: 200 },
    );
  });

  it('diffs the sample against itself in no time and reports nothing', () => {
    const { org } = sampleScenario();
    expect(isSameOrg(orgDiff(org, org))).toBe(true);
  });
});
