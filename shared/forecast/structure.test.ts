import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOrg } from '../model/invariants';
import { buildTreeIndex, childrenOf, unitDepths } from '../model/tree';
import { DEFAULT_POLICY, unitId, type Org, type UnitId } from '../model/types';
import { deepFreeze, tinyOrg } from '../testing/testOrg';
import { applyStructuralRules, evenSizes, replaySteps, stepsFor } from './structure';

const P = DEFAULT_POLICY;
const ids = (prefix: string, n: number, from = 1): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + from}`);

/** A VP unit over one team of `n` ICs (and an optional sibling team of 5). */
function teamOf(n: number): Org {
  return tinyOrg([
    ['top', null, 'vp', []],
    ['t', 'top', 'em', ids('ic', n)],
  ]);
}

function teamSizes(org: Org): number[] {
  const index = buildTreeIndex(org);
  return Object.values(org.units)
    .filter((u) => childrenOf(index, u.id).length === 0)
    .map((u) => u.memberIds.length);
}

function maxSpan(org: Org): number {
  const index = buildTreeIndex(org);
  return Math.max(0, ...Object.keys(org.units).map((id) => childrenOf(index, id as UnitId).length));
}

function layers(org: Org): number {
  return Math.max(...unitDepths(buildTreeIndex(org)).values());
}

describe('evenSizes', () => {
  it.each([
    [9, 2, [5, 4]],
    [16, 2, [8, 8]],
    [17, 3, [6, 6, 5]],
    [20, 3, [7, 7, 6]],
    [25, 4, [7, 6, 6, 6]],
    [12, 2, [6, 6]],
  ])('%i in %i parts → %j', (n, k, sizes) => expect(evenSizes(n, k)).toEqual(sizes));
});

describe('rule 1: a team splits into ceil(n / split size) teams under the same parent', () => {
  it.each([
    [8, [8]],
    [9, [5, 4]],
    [16, [8, 8]],
    [17, [6, 6, 5]],
    [20, [7, 7, 6]],
    [25, [7, 6, 6, 6]],
  ])('%i ICs → %j', (n, sizes) => {
    const org = deepFreeze(teamOf(n));
    const { org: after, steps } = applyStructuralRules(org, P);
    expect(teamSizes(after)).toEqual(sizes);
    expect(steps).toHaveLength(sizes.length > 1 ? 1 : 0);
    const index = buildTreeIndex(after);
    // All parts stay under the VP; the lead keeps the first; the others are vacant EM teams.
    expect(childrenOf(index, unitId('top'))).toHaveLength(sizes.length);
    expect(after.units[unitId('t')]!.leadId).toBe('em');
    expect(Object.values(after.units).filter((u) => u.leadId === null)).toHaveLength(sizes.length - 1);
    expect(checkOrg(after)).toEqual([]);
  });

  it('names the parts with letters: Payments → Payments A, B, C', () => {
    const org = { ...teamOf(20), units: { ...teamOf(20).units, [unitId('t')]: { ...teamOf(20).units[unitId('t')]!, name: 'Payments' } } };
    const { org: after } = applyStructuralRules(org, P);
    expect(Object.values(after.units).map((u) => u.name)).toEqual(['TOP', 'Payments A', 'Payments B', 'Payments C']);
  });

  it('a top-level team of 20 gets a new vacant group above its three teams', () => {
    const org = tinyOrg([['t', null, 'em', ids('ic', 20)]]);
    const { org: after, steps } = applyStructuralRules(org, P);
    const index = buildTreeIndex(after);
    expect(index.roots).toHaveLength(1);
    const root = after.units[index.roots[0]!]!;
    expect(root.leadId).toBeNull();
    expect(root.name).toBe('T');
    expect(childrenOf(index, root.id).map((c) => after.units[c]!.memberIds.length)).toEqual([7, 7, 6]);
    expect(after.units[unitId('t')]!.leadId).toBe('em');
    expect(steps[0]).toMatchObject({ kind: 'team-split', groupAbove: { unitId: root.id } });
    expect(checkOrg(after)).toEqual([]);
  });
});

/** A VP (optional) over a Director with `n` EMs, each with a team of 5. */
function directorWith(n: number, withParent: boolean): Org {
  const rows: [string, string | null, string | null, string[]][] = [];
  if (withParent) rows.push(['vp', null, 'pvp', []]);
  rows.push(['dir', withParent ? 'vp' : null, 'pdir', []]);
  for (let i = 1; i <= n; i++) rows.push([`t${i}`, 'dir', `em${i}`, ids(`ic${i}x`, 5)]);
  return tinyOrg(rows);
}

describe('rule 2: a lead over span splits sideways; a layer only at the top', () => {
  it.each([
    [7, true, [4, 3]],
    [9, true, [5, 4]],
    [12, true, [6, 6]],
  ])('a Director with %i EMs under a VP → sibling Directors with %j', (n, _parent, sizes) => {
    const org = deepFreeze(directorWith(n, true));
    const { org: after, steps } = applyStructuralRules(org, P);
    const index = buildTreeIndex(after);
    const directors = childrenOf(index, unitId('vp'));
    expect(directors.map((d) => childrenOf(index, d).length)).toEqual(sizes);
    expect(after.units[directors[0]!]!.leadId).toBe('pdir');
    expect(directors.slice(1).every((d) => after.units[d]!.leadId === null)).toBe(true);
    expect(layers(after)).toBe(3);
    expect(steps).toMatchObject([{ kind: 'span-split', mode: 'sideways' }]);
    expect(checkOrg(after)).toEqual([]);
  });

  it.each([
    [7, [4, 3]],
    [9, [5, 4]],
    [12, [6, 6]],
  ])('a top Director with %i EMs gets a layer of %j', (n, sizes) => {
    const org = deepFreeze(directorWith(n, false));
    const { org: after, steps } = applyStructuralRules(org, P);
    const index = buildTreeIndex(after);
    const groups = childrenOf(index, unitId('dir'));
    expect(groups.map((d) => childrenOf(index, d).length)).toEqual(sizes);
    expect(groups.every((d) => after.units[d]!.leadId === null)).toBe(true);
    expect(layers(after)).toBe(3);
    expect(steps).toMatchObject([{ kind: 'span-split', mode: 'layer' }]);
  });

  it('a Director with 6 EMs is at the limit and nothing changes', () => {
    const org = directorWith(6, true);
    expect(applyStructuralRules(org, P)).toEqual({ org, steps: [] });
  });

  it('a sideways split that overflows the parent splits the parent too, up to the top', () => {
    // A VP with 6 Directors; one Director has 12 EMs: it splits in two, the VP now leads 7 and gets a layer.
    const rows: [string, string | null, string | null, string[]][] = [['vp', null, 'pvp', []]];
    for (let d = 1; d <= 6; d++) {
      rows.push([`d${d}`, 'vp', `pd${d}`, []]);
      const n = d === 1 ? 12 : 4;
      for (let i = 1; i <= n; i++) rows.push([`t${d}x${i}`, `d${d}`, `em${d}x${i}`, ids(`ic${d}x${i}x`, 5)]);
    }
    const { org: after, steps } = applyStructuralRules(tinyOrg(rows), P);
    expect(steps.map((s) => (s.kind === 'span-split' ? s.mode : s.kind))).toEqual(['sideways', 'layer']);
    expect(maxSpan(after)).toBeLessThanOrEqual(6);
    expect(childrenOf(buildTreeIndex(after), unitId('vp'))).toHaveLength(2);
    expect(checkOrg(after)).toEqual([]);
  });

  it('keeps units of one function together when cutting', () => {
    const org = directorWith(8, true);
    const units = { ...org.units };
    // t1, t3, t5, t7 are Payments; the others Search.
    for (let i = 1; i <= 8; i++) units[unitId(`t${i}`)] = { ...units[unitId(`t${i}`)]!, function: i % 2 ? 'Payments' : 'Search' };
    const { org: after } = applyStructuralRules({ ...org, units }, P);
    const index = buildTreeIndex(after);
    const parts = childrenOf(index, unitId('vp')).map((d) => new Set(childrenOf(index, d).map((t) => after.units[t]!.function)));
    expect(parts.map((s) => [...s])).toEqual([['Payments'], ['Search']]);
  });
});

describe('the fixed point', () => {
  it('a flat team of 2,000 ICs becomes teams under groups, no team over 8, no lead over 6, about log6 layers', () => {
    const org = tinyOrg([['t', null, 'em', ids('ic', 2000)]]);
    const { org: after } = applyStructuralRules(org, P);
    const sizes = teamSizes(after);
    expect(sizes).toHaveLength(250);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8);
    expect(maxSpan(after)).toBeLessThanOrEqual(6);
    // 250 teams need ceil(log6 250) = 4 layers of groups above them at the least; one root.
    expect(layers(after)).toBeGreaterThanOrEqual(1 + Math.ceil(Math.log(250) / Math.log(6)));
    expect(layers(after)).toBeLessThanOrEqual(2 + Math.ceil(Math.log(250) / Math.log(6)));
    expect(buildTreeIndex(after).roots).toHaveLength(1);
    expect(checkOrg(after)).toEqual([]);
  });

  it('a flat team of 2,000 under a VP grows sideways and deepens only at the top', () => {
    const org = tinyOrg([
      ['vp', null, 'pvp', []],
      ['t', 'vp', 'em', ids('ic', 2000)],
    ]);
    const { org: after } = applyStructuralRules(org, P);
    expect(Math.max(...teamSizes(after))).toBeLessThanOrEqual(8);
    expect(maxSpan(after)).toBeLessThanOrEqual(6);
    expect(buildTreeIndex(after).roots).toEqual(['vp']);
    expect(layers(after)).toBeLessThanOrEqual(2 + Math.ceil(Math.log(250) / Math.log(6)));
    expect(checkOrg(after)).toEqual([]);
  });

  it('property: after the rules no team is over the split size and no lead over the span maximum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(40), fc.nat(3)), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 3, max: 10 }),
        fc.integer({ min: 3, max: 8 }),
        (teams, split, span) => {
          // Teams hang off a chain of groups: team i goes under group (i mod 4), groups under one root.
          const rows: [string, string | null, string | null, string[]][] = [['root', null, 'r', []]];
          for (let g = 0; g < 4; g++) rows.push([`g${g}`, 'root', `pg${g}`, []]);
          teams.forEach(([n, g], i) => rows.push([`t${i}`, `g${g}`, `em${i}`, ids(`ic${i}x`, n)]));
          const policy = { ...P, splitAbove: split, momSpanMax: span };
          const { org: after } = applyStructuralRules(tinyOrg(rows), policy);
          expect(Math.max(...teamSizes(after))).toBeLessThanOrEqual(split);
          expect(maxSpan(after)).toBeLessThanOrEqual(span);
          expect(checkOrg(after)).toEqual([]);
          // Applying the rules again changes nothing: a fixed point.
          expect(applyStructuralRules(after, policy).steps).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('replaying all steps gives the same org; a ghost needs only its own steps', () => {
    const rows: [string, string | null, string | null, string[]][] = [
      ['vp', null, 'pvp', []],
      ['a', 'vp', 'pa', ids('x', 20)],
      ['b', 'vp', 'pb', ids('y', 11)],
    ];
    const org = tinyOrg(rows);
    const { org: after, steps } = applyStructuralRules(org, P);
    expect(replaySteps(org, steps)).toEqual(after);
    const newOfB = Object.keys(after.units).find(
      (id) => !org.units[id as UnitId] && after.units[id as UnitId]!.memberIds.some((m) => m.startsWith('y')),
    )! as UnitId;
    const only = stepsFor(steps, newOfB);
    expect(only).toHaveLength(1);
    const partial = replaySteps(org, only);
    expect(partial.units[newOfB]).toBeDefined();
    expect(partial.units[unitId('a')]!.memberIds).toHaveLength(20);
  });
});
