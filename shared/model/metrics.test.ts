import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../sample/sampleScenario';
import { tinyOrg } from '../testing/testOrg';
import { orgMetrics, type OrgMetrics } from './metrics';
import { buildTreeIndex } from './tree';
import { unitId as u, type Org, type UnitId } from './types';

// VP over two directors; one director over two teams, the other over one IC, one team and a vacant team.
const org = tinyOrg([
  ['vp', null, 'p1', []],
  ['d1', 'vp', 'p2', []],
  ['d2', 'vp', 'p3', ['p4']],
  ['t1', 'd1', 'p5', ['p6', 'p7', 'p8']],
  ['t2', 'd1', 'p9', ['p10']],
  ['t3', 'd2', 'p11', ['p12', 'p13']],
  ['t4', 'd2', null, ['p14']],
]);

const withUnitPatch = (o: Org, id: string, patch: object): Org => ({ ...o, units: { ...o.units, [id]: { ...o.units[id as UnitId]!, ...patch } } });

type Counts = Omit<OrgMetrics, 'vacancies' | 'spans' | 'managerToIcRatio'>;
const counts = (m: OrgMetrics): Counts => ({
  headcount: m.headcount,
  teams: m.teams,
  groups: m.groups,
  managers: m.managers,
  moms: m.moms,
  layers: m.layers,
  ics: m.ics,
});

describe('orgMetrics', () => {
  // Every expectation below was counted by hand from the rows.
  const cases: [string, Org, string | undefined, Counts, number, [string, number][]][] = [
    [
      'the whole example org',
      org,
      undefined,
      { headcount: 14, teams: 4, groups: 3, managers: 6, moms: 3, layers: 3, ics: 8 },
      6 / 8,
      [
        ['vp', 2],
        ['d1', 2],
        ['t1', 3],
        ['t2', 1],
        ['d2', 3],
        ['t3', 2],
      ],
    ],
    [
      'a subtree, layers from its root',
      org,
      'd2',
      { headcount: 6, teams: 2, groups: 1, managers: 2, moms: 1, layers: 2, ics: 4 },
      2 / 4,
      [
        ['d2', 3],
        ['t3', 2],
      ],
    ],
    ['a single team as a subtree', org, 't1', { headcount: 4, teams: 1, groups: 0, managers: 1, moms: 0, layers: 1, ics: 3 }, 1 / 3, [['t1', 3]]],
    ['an unknown subtree root', org, 'nope', { headcount: 0, teams: 0, groups: 0, managers: 0, moms: 0, layers: 0, ics: 0 }, 0, []],
    [
      'an empty org',
      { asOf: '2026-01-01', people: {}, units: {} },
      undefined,
      { headcount: 0, teams: 0, groups: 0, managers: 0, moms: 0, layers: 0, ics: 0 },
      0,
      [],
    ],
    [
      'one vacant, empty unit',
      tinyOrg([['t', null, null, []]]),
      undefined,
      { headcount: 0, teams: 1, groups: 0, managers: 0, moms: 0, layers: 1, ics: 0 },
      0,
      [],
    ],
    [
      'two roots (a forest)',
      tinyOrg([
        ['a', null, 'p1', ['p2']],
        ['b', null, 'p3', ['p4', 'p5']],
      ]),
      undefined,
      { headcount: 5, teams: 2, groups: 0, managers: 2, moms: 0, layers: 1, ics: 3 },
      2 / 3,
      [
        ['a', 1],
        ['b', 2],
      ],
    ],
    [
      'a chain four deep',
      tinyOrg([
        ['a', null, 'p1', []],
        ['b', 'a', 'p2', []],
        ['c', 'b', 'p3', []],
        ['d', 'c', 'p4', ['p5', 'p6']],
      ]),
      undefined,
      { headcount: 6, teams: 1, groups: 3, managers: 4, moms: 3, layers: 4, ics: 2 },
      4 / 2,
      [
        ['a', 1],
        ['b', 1],
        ['c', 1],
        ['d', 2],
      ],
    ],
    [
      'managers and no ICs',
      tinyOrg([
        ['g', null, 'p1', []],
        ['t', 'g', 'p2', []],
      ]),
      undefined,
      { headcount: 2, teams: 1, groups: 1, managers: 2, moms: 1, layers: 2, ics: 0 },
      0,
      [
        ['g', 1],
        ['t', 0],
      ],
    ],
    [
      'a group whose only child is vacant has no MoM',
      tinyOrg([
        ['g', null, 'p1', []],
        ['t', 'g', null, ['p2']],
      ]),
      undefined,
      { headcount: 2, teams: 1, groups: 1, managers: 1, moms: 0, layers: 2, ics: 1 },
      1,
      [['g', 1]],
    ],
    [
      'someone listed twice is counted once',
      tinyOrg([['t', null, 'p1', ['p2', 'p2']]]),
      undefined,
      { headcount: 2, teams: 1, groups: 0, managers: 1, moms: 0, layers: 1, ics: 1 },
      1,
      [['t', 2]],
    ],
    [
      'units on a cycle are unreachable and not counted (a damaged org)',
      withUnitPatch(
        tinyOrg([
          ['a', null, 'p1', []],
          ['b', 'a', 'p2', ['p3']],
          ['c', null, 'p4', ['p5']],
        ]),
        'a',
        { parentId: 'b' },
      ),
      undefined,
      { headcount: 2, teams: 1, groups: 0, managers: 1, moms: 0, layers: 1, ics: 1 },
      1,
      [['c', 1]],
    ],
  ];
  it.each(cases)('counts %s', (_name, o, root, expected, ratio, spans) => {
    const m = orgMetrics(o, root === undefined ? undefined : u(root));
    expect(counts(m)).toEqual(expected);
    expect(m.managerToIcRatio).toBeCloseTo(ratio);
    expect(m.spans.map((s) => [s.unitId, s.span])).toEqual(spans);
  });

  it('lists vacancies, with how long they have been open when known', () => {
    expect(orgMetrics(org).vacancies).toEqual([{ unitId: 't4', openMonths: null }]);
  });

  it.each([
    ['2026-01-20', '2026-05-15', 3],
    ['2026-01-15', '2026-05-15', 4],
    ['2026-08-03', '2026-11-01', 2], // the 1st is before the 3rd: two whole months, not three
    ['2026-11-01', '2026-11-01', 0],
    ['2026-12-01', '2026-11-01', 0], // a date after the org's date counts as just opened
  ])('a vacancy open since %s, as of %s, has been open %d months', (since, asOf, months) => {
    const o = { ...withUnitPatch(org, 't4', { vacantSince: since }), asOf };
    expect(orgMetrics(o).vacancies).toEqual([{ unitId: 't4', openMonths: months }]);
  });

  it('gives the same answer with a prebuilt index', () => {
    expect(orgMetrics(org, u('d1'), buildTreeIndex(org))).toEqual(orgMetrics(org, u('d1')));
  });

  it('matches the sample’s shape', () => {
    const sample = sampleScenario().org;
    expect(counts(orgMetrics(sample))).toEqual({ headcount: 65, teams: 10, groups: 3, managers: 12, moms: 3, layers: 3, ics: 53 });
    const product = orgMetrics(sample, u('u02'));
    expect(counts(product)).toEqual({ headcount: 41, teams: 6, groups: 1, managers: 6, moms: 1, layers: 2, ics: 35 });
    expect(product.vacancies).toEqual([{ unitId: 'u06', openMonths: 2 }]);
    expect(product.spans[0]).toEqual({ unitId: 'u02', span: 6 });
  });
});
