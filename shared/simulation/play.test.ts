/** The month loop's own helpers agree with the model's: the lean month counts are `orgMetrics`' figures. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orgMetrics } from '../model/metrics';
import { buildTreeIndex } from '../model/tree';
import { arbitraryOrg } from '../testing/arbitraries';
import { countOrg } from './play';

describe('countOrg', () => {
  it('gives orgMetrics’ headcount, teams, managers, MoMs, layers and vacancies on random valid orgs', () => {
    fc.assert(
      fc.property(arbitraryOrg(20, 60), (org) => {
        const index = buildTreeIndex(org);
        const m = orgMetrics(org, undefined, index);
        expect(countOrg(org, index)).toEqual({
          headcount: m.headcount,
          teams: m.teams,
          managers: m.managers,
          moms: m.moms,
          layers: m.layers,
          vacancies: m.vacancies.length,
        });
      }),
      { numRuns: 300 },
    );
  });
});
