import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { compareMonteCarlo } from './compare';
import { monteCarloRun, type RunDigest } from './monteCarlo';

const digests = (scenario: Scenario, runs: number, months: number): RunDigest[] =>
  Array.from({ length: runs }, (_, r) => {
    const d = monteCarloRun(scenario, r, months);
    if (!d.ok) throw new Error(JSON.stringify(d.error));
    return d.value;
  });

describe('compareMonteCarlo', { timeout: 30_000 }, () => {
  const base = sampleScenario();

  it('shows zero difference, in every month and unit, for a variant compared with itself', () => {
    const a = digests(base, 10, 12);
    const c = compareMonteCarlo(base, structuredClone(base), a, digests(structuredClone(base), 10, 12), 12);
    expect(c.runs).toBe(10);
    for (const m of c.byMonth) for (const b of [m.headcount, m.moms, m.vacancies]) expect(b).toEqual({ p10: 0, median: 0, p90: 0 });
    for (const u of c.units) expect([u.difference, u.onlyA, u.onlyB]).toEqual([0, 0, 0]);
  });

  it('gives exactly the hires of a funding round in its month, in every run, when nobody leaves (a known answer)', () => {
    const still: Scenario = { ...base, policy: { ...base.policy, annualAttrition: 0 } };
    const funded: Scenario = {
      ...still,
      events: [
        {
          kind: 'funding',
          id: 'f',
          month: 3,
          amount: 1,
          engineeringShare: 1,
          costPerEngineer: 1,
          runwayMonths: 12,
          rampMonths: 1,
          hires: 12,
          target: { kind: 'spread' },
        },
      ],
    };
    const c = compareMonteCarlo(still, funded, digests(still, 12, 6), digests(funded, 12, 6), 6);
    expect(c.byMonth[2]!.headcount).toEqual({ p10: 0, median: 0, p90: 0 });
    expect(c.byMonth[3]!.headcount).toEqual({ p10: 12, median: 12, p90: 12 });
    // Twelve more people split teams and bring MoM nodes: more emerge in the funded variant, never fewer.
    expect(c.byMonth[6]!.moms.p10).toBeGreaterThanOrEqual(0);
  });

  it('pairs runs by number and leaves out runs one side lacks', () => {
    const a = digests(base, 6, 4);
    const c = compareMonteCarlo(base, base, a, a.slice(2).reverse(), 4);
    expect(c.runs).toBe(4);
    expect(c.byMonth[4]!.headcount).toEqual({ p10: 0, median: 0, p90: 0 });
  });
});
