import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../sample/sampleScenario';
import { monteCarlo, quantile } from './monteCarlo';
import { simulate } from './simulate';

describe('quantile', () => {
  it.each([
    [[1, 2, 3, 4], 0.5, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1, 1],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9],
    [[7], 0.9, 7],
  ])('quantile(%j, %d) → %d', (values, q, expected) => expect(quantile(values, q)).toBe(expected));
});

describe('monteCarlo', () => {
  const scenario = sampleScenario();
  const result = monteCarlo(scenario, { runs: 8, months: 6 });
  if (!result.ok) throw new Error('expected ok');
  const mc = result.value;

  it('gives odds for every unit of today’s org', () => {
    expect(mc.units.map((u) => u.name)).toEqual(Object.values(scenario.org.units).map((u) => u.name));
    for (const u of mc.units) {
      expect(u.probability).toBeGreaterThanOrEqual(0);
      expect(u.probability).toBeLessThanOrEqual(1);
      expect(u.medianMonth === null).toBe(u.probability === 0);
    }
  });

  it('sees the Director nodes the sample needs under Product Engineering in most runs, in month 1', () => {
    // Not every run: when attrition takes one of Payments' nine ICs in month 1, it no longer splits and the span holds.
    const product = mc.units.find((u) => u.name === 'Product Engineering')!;
    expect(product.probability).toBeGreaterThanOrEqual(0.75);
    expect(product.medianMonth).toBe(1);
    // Engineering is above it, so the same nodes are in its line.
    expect(mc.units.find((u) => u.name === 'Engineering')!.probability).toBeGreaterThanOrEqual(product.probability);
    // Nothing in Security's line can emerge in six months: it is a team of three.
    expect(mc.units.find((u) => u.name === 'Security')).toMatchObject({ probability: 0, medianMonth: null, internalFill: null });
  });

  it('has ordered fan bands for every month, agreeing with the single runs', () => {
    expect(mc.fan).toHaveLength(7);
    for (const p of mc.fan) for (const b of [p.headcount, p.moms, p.vacancies]) expect(b.p10 <= b.p50 && b.p50 <= b.p90).toBe(true);
    const headcounts = Array.from({ length: 8 }, (_, r) => {
      const run = simulate(scenario, { months: 6, seed: scenario.simulation.seed + r });
      return run.ok ? run.value.metrics[6]!.headcount : NaN;
    }).sort((a, b) => a - b);
    expect(mc.fan[6]!.headcount).toEqual({ p10: quantile(headcounts, 0.1), p50: quantile(headcounts, 0.5), p90: quantile(headcounts, 0.9) });
  });

  it('refuses a scenario whose events have problems', () => {
    expect(monteCarlo({ ...scenario, events: [{ kind: 'departure', id: 'd', month: 2, personId: 'nobody' as never }] }, { runs: 2 }).ok).toBe(false);
  });
});
