import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../sample/sampleScenario';
import { monteCarlo, monteCarloChunks, monteCarloRun, quantile, summarizeMonteCarlo, type RunDigest } from './monteCarlo';
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

describe('monteCarloChunks', () => {
  it.each([
    [
      10,
      3,
      [
        [0, 4],
        [4, 7],
        [7, 10],
      ],
    ],
    [
      2,
      8,
      [
        [0, 1],
        [1, 2],
      ],
    ],
    [5, 1, [[0, 5]]],
    [7, 0, [[0, 7]]],
  ])('%d runs over %d workers', (runs, workers, expected) => expect(monteCarloChunks(runs, workers).map((c) => [c.from, c.to])).toEqual(expected));
});

describe('a batch split over workers', () => {
  const scenario = sampleScenario();
  const months = 8;
  const digests = (from: number, to: number): RunDigest[] =>
    Array.from({ length: to - from }, (_, i) => {
      const d = monteCarloRun(scenario, from + i, months);
      if (!d.ok) throw new Error('expected ok');
      return d.value;
    });

  it('gives the same odds and fans whether 1, 2, 3 or 5 workers ran it, in whatever order they finished', () => {
    const whole = monteCarlo(scenario, { runs: 10, months });
    if (!whole.ok) throw new Error('expected ok');
    for (const workers of [1, 2, 3, 5]) {
      const parts = monteCarloChunks(10, workers).map((c) => digests(c.from, c.to));
      // The last worker finishes first.
      expect(summarizeMonteCarlo(scenario, months, parts.reverse().flat())).toEqual(whole.value);
    }
  });

  it('runs number r with the seed plus r, in summary detail: the same draws as the full run', () => {
    const [digest] = digests(3, 4);
    const full = simulate(scenario, { months, seed: scenario.simulation.seed + 3 });
    if (!full.ok) throw new Error('expected ok');
    expect(digest!.headcount).toEqual(full.value.metrics.map((m) => m.headcount));
    expect(digest!.moms).toEqual(full.value.metrics.map((m) => m.moms));
    expect(digest!.internalFillRate).toEqual(full.value.metrics.map((m) => m.internalFillRate));
  });
});

describe('summary detail', () => {
  it('changes nothing but the listed candidates and the bench strength', () => {
    const scenario = sampleScenario();
    for (const seed of [1, 2, 3]) {
      const full = simulate(scenario, { months: 12, seed });
      const lean = simulate(scenario, { months: 12, seed, detail: 'summary' });
      if (!full.ok || !lean.ok) throw new Error('expected ok');
      expect(lean.value.orgs).toEqual(full.value.orgs);
      expect(lean.value.events).toEqual(full.value.events);
      expect(lean.value.emergent.map(({ candidates: _c, ...rest }) => rest)).toEqual(full.value.emergent.map(({ candidates: _c, ...rest }) => rest));
      expect(lean.value.metrics.map(({ benchStrength: _b, ...rest }) => rest)).toEqual(full.value.metrics.map(({ benchStrength: _b, ...rest }) => rest));
      expect(lean.value.metrics.every((m) => m.benchStrength === null)).toBe(true);
    }
  });
});
