import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../sample/sampleScenario';
import { tinyOrg } from '../testing/testOrg';
import { orgMetrics } from './metrics';
import { unitId as u } from './types';

// VP over two directors; one director over two teams, the other over one team and a vacant team.
const org = tinyOrg([
  ['vp', null, 'p1', []],
  ['d1', 'vp', 'p2', []],
  ['d2', 'vp', 'p3', ['p4']],
  ['t1', 'd1', 'p5', ['p6', 'p7', 'p8']],
  ['t2', 'd1', 'p9', ['p10']],
  ['t3', 'd2', 'p11', ['p12', 'p13']],
  ['t4', 'd2', null, ['p14']],
]);

describe('orgMetrics', () => {
  it('counts the whole org', () => {
    const m = orgMetrics(org);
    expect(m).toMatchObject({ headcount: 14, teams: 4, groups: 3, managers: 6, moms: 3, layers: 3, ics: 8 });
    expect(m.managerToIcRatio).toBeCloseTo(6 / 8);
    expect(m.vacancies).toEqual([{ unitId: 't4', openMonths: null }]);
    expect(m.spans).toContainEqual({ unitId: 'vp', span: 2 });
    expect(m.spans).toContainEqual({ unitId: 'd2', span: 3 }); // one IC and two teams
  });

  it('counts a subtree, with layers measured from its root', () => {
    expect(orgMetrics(org, u('d2'))).toMatchObject({ headcount: 6, teams: 2, groups: 1, managers: 2, moms: 1, layers: 2, ics: 4 });
    expect(orgMetrics(org, u('t1'))).toMatchObject({ headcount: 4, teams: 1, groups: 0, managers: 1, moms: 0, layers: 1 });
  });

  it('a group whose only children are vacant is not led by a manager of managers', () => {
    const o = tinyOrg([
      ['g', null, 'p1', []],
      ['t', 'g', null, ['p2']],
    ]);
    expect(orgMetrics(o).moms).toBe(0);
  });

  it('reports how long a vacancy has been open', () => {
    const o = { ...org, asOf: '2026-05-15', units: { ...org.units, [u('t4')]: { ...org.units[u('t4')]!, vacantSince: '2026-01-20' } } };
    expect(orgMetrics(o).vacancies).toEqual([{ unitId: 't4', openMonths: 3 }]);
  });

  it('an unknown subtree root has no metrics', () => expect(orgMetrics(org, u('nope')).headcount).toBe(0));

  it('matches the sample’s shape', () => {
    expect(orgMetrics(sampleScenario().org)).toMatchObject({ headcount: 65, teams: 10, groups: 3, managers: 12, moms: 3, layers: 3, ics: 53 });
  });
});
