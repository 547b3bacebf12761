import { describe, expect, it } from 'vitest';
import { buildTreeIndex } from '../model/tree';
import { DEFAULT_POLICY, unitId as u, type Org, type UnitId } from '../model/types';
import { generateOrg } from '../sample/generateOrg';
import { sampleScenario } from '../sample/sampleScenario';
import { deepFreeze, tinyOrg } from '../testing/testOrg';
import { forecastEmergence } from './forecast';
import { emergenceCounts, foldSubtrees, lineOdds } from './heat';

const members = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const teams = (parent: string, n: number, prefix = 't', size = 4): [string, string, string, string[]][] =>
  Array.from({ length: n }, (_, i) => [`${prefix}${i + 1}`, parent, `${prefix}em${i + 1}`, members(`${prefix}${i + 1}x`, size)]);
const asObject = (m: ReadonlyMap<UnitId, number>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));
const countsOf = (org: Org) => {
  const forecast = forecastEmergence(org, DEFAULT_POLICY);
  return { forecast, counts: emergenceCounts(forecast) };
};
const momIds = (forecast: ReturnType<typeof forecastEmergence>) => forecast.emergent.filter((e) => e.kind === 'mom').map((e) => e.unitId);

describe('foldSubtrees', () => {
  const org = tinyOrg([
    ['a', null, 'pa', []],
    ['b', 'a', 'pb', []],
    ['c', 'b', 'pc', []],
    ['d', 'a', 'pd', []],
    ['e', null, 'pe', []],
  ]);
  it.each([
    ['sums', (x: number, y: number) => x + y, { a: 6, b: 5, c: 2 }],
    ['takes the maximum', Math.max, { a: 3, b: 3, c: 2 }],
  ])('%s over each subtree; units with nothing in theirs are left out', (_, combine, expected) => {
    const own = new Map([
      [u('a'), 1],
      [u('b'), 3],
      [u('c'), 2],
    ]);
    expect(asObject(foldSubtrees(buildTreeIndex(org), own, combine))).toEqual(expected);
  });

  it('walks a chain 100,000 deep without recursion', () => {
    const units: Record<UnitId, Org['units'][UnitId]> = {};
    for (let i = 0; i < 100_000; i++)
      units[u(`u${i}`)] = { id: u(`u${i}`), name: `U${i}`, leadId: null, memberIds: [], parentId: i === 0 ? null : u(`u${i - 1}`) };
    const chain: Org = { asOf: '2026-01-01', people: {}, units };
    const sums = foldSubtrees(
      buildTreeIndex(chain),
      new Map([
        [u('u99999'), 1],
        [u('u50000'), 1],
      ]),
      (a, b) => a + b,
    );
    expect([sums.get(u('u0')), sums.get(u('u50000')), sums.get(u('u50001')), sums.get(u('u99999'))]).toEqual([2, 2, 1, 1]);
    // About a second alone; a generous limit because these machines are shared (no timing is asserted).
  }, 60_000);
});

describe('emergenceCounts: MoM nodes in each unit line', () => {
  it('counts a sideways split for the new group, the parents above it and the lead it came from', () => {
    // A VP over a director with 7 teams (span max 6): one new sibling director group beside d.
    const org = deepFreeze(tinyOrg([['vp', null, 'pvp', []], ['d', 'vp', 'pd', []], ['other', 'vp', 'po', []], ...teams('d', 7), ...teams('other', 2, 's')]));
    const { forecast, counts } = countsOf(org);
    const [group] = momIds(forecast);
    expect(momIds(forecast)).toHaveLength(1);
    expect(asObject(counts)).toEqual({ [group!]: 1, vp: 1, d: 1 });
  });

  it('counts a layer below the top of the org for the top and each new group', () => {
    const org = tinyOrg([['root', null, 'pr', []], ...teams('root', 13)]);
    const { forecast, counts } = countsOf(org);
    const groups = momIds(forecast);
    expect(groups).toHaveLength(3);
    expect(asObject(counts)).toEqual({ root: 3, ...Object.fromEntries(groups.map((g) => [g, 1])) });
  });

  it('counts a group above a top team that splits for the group and for the team', () => {
    const org = tinyOrg([['team', null, 'lead', members('x', 20)]]);
    const { forecast, counts } = countsOf(org);
    const [group] = momIds(forecast);
    expect(asObject(counts)).toEqual({ [group!]: 1, team: 1 });
  });

  it('leaves out EM roles from a team that splits under a parent, and is empty when nothing emerges', () => {
    expect(
      countsOf(
        tinyOrg([
          ['d', null, 'pd', []],
          ['t', 'd', 'em', members('x', 12)],
        ]),
      ).counts.size,
    ).toBe(0);
    expect(countsOf(generateOrg({ size: 1500, seed: 1, asOf: '2026-11-01' })).counts.size).toBe(0);
  });

  it('gives the root of a whole org every MoM node the forecast makes (the sample, and a generated org under a tighter span)', () => {
    const sample = sampleScenario().org;
    const { forecast, counts } = countsOf(sample);
    const root = buildTreeIndex(forecast.projected).roots[0]!;
    expect(momIds(forecast).length).toBeGreaterThan(0);
    expect(counts.get(root)).toBe(momIds(forecast).length);
    const generated = generateOrg({ size: 1500, seed: 1, asOf: '2026-11-01' });
    const tight = forecastEmergence(generated, { ...DEFAULT_POLICY, momSpanMax: 4 });
    const tightCounts = emergenceCounts(tight);
    expect(tightCounts.get(buildTreeIndex(tight.projected).roots[0]!)).toBe(momIds(tight).length);
    // Every unit of today's org keeps its id in the projection, so the counts can be read for either.
    for (const id of Object.keys(generated.units)) expect(tight.projected.units[id as UnitId]).toBeDefined();
  });
});

describe('lineOdds', () => {
  const org = tinyOrg([
    ['ghost', null, null, []],
    ['a', 'ghost', 'pa', []],
    ['b', 'a', 'pb', []],
    ['c', 'ghost', 'pc', []],
    ['new', null, null, []],
    ['n1', 'new', null, []],
  ]);
  it('keeps each known figure and gives an unknown unit the highest odds below it', () => {
    const odds = lineOdds(org, [
      { unitId: u('a'), probability: 0.3 },
      { unitId: u('b'), probability: 0.5 },
      { unitId: u('c'), probability: 0.2 },
      { unitId: u('gone'), probability: 0.9 },
    ]);
    expect(asObject(odds)).toEqual({ a: 0.3, b: 0.5, c: 0.2, ghost: 0.3 });
  });
});
