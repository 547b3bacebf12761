import { describe, expect, it } from 'vitest';
import { personId, unitId, type Scenario, type ScenarioEvent } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import {
  comparisonMarks,
  compareErrorMessage,
  compareVariants,
  compareVariantsMonteCarlo,
  digestUpTo,
  lastEventMonth,
  pairedMonteCarlo,
  type VariantComparison,
} from './compareVariants';
import { monteCarloRun } from '../simulation/monteCarlo';
import { isSameOrg } from './orgDiff';

const growth: ScenarioEvent = { kind: 'growth', id: 'g', fromMonth: 1, toMonth: 18, perMonth: 2, target: { kind: 'spread' } };
const base: Scenario = { ...sampleScenario(), events: [growth], simulation: { months: 18, seed: 1 } };
const funding = (month: number, hires: number): ScenarioEvent => ({
  kind: 'funding',
  id: 'f',
  month,
  amount: 1,
  engineeringShare: 1,
  costPerEngineer: 1,
  runwayMonths: 12,
  rampMonths: 1,
  hires,
  target: { kind: 'spread' },
});
const withEvent = (s: Scenario, e: ScenarioEvent): Scenario => ({ ...s, events: [...s.events, e] });

const compared = (variants: { name: string; scenario: Scenario }[], month: number, options = {}): VariantComparison => {
  const c = compareVariants(variants, month, options);
  if (!c.ok) throw new Error(compareErrorMessage(c.error));
  return c.value;
};

const expectNoDifference = (c: VariantComparison): void => {
  for (const row of c.metrics) for (const d of row.deltas) expect(d === null || d === 0, `${row.label}: ${d}`).toBe(true);
  for (const d of c.diffs) {
    expect(isSameOrg(d.org)).toBe(true);
    expect([d.emergent.onlyA, d.emergent.onlyB, d.emergent.timing]).toEqual([[], [], []]);
    expect(d.forecast).toEqual({ onlyA: [], onlyB: [] });
  }
};

describe('compareVariants', { timeout: 60_000 }, () => {
  it('shows no difference anywhere for a variant compared with itself (metrics, org, roles, forecast, marks)', () => {
    const c = compared(
      [
        { name: 'Baseline', scenario: base },
        { name: 'Copy', scenario: structuredClone(base) },
      ],
      12,
    );
    expectNoDifference(c);
    expect(c.metrics.map((r) => r.metric)).toEqual(['headcount', 'teams', 'managers', 'moms', 'layers', 'vacancies', 'internalFillRate', 'benchStrength']);
    expect(c.variants[1]!.series).toEqual(c.variants[0]!.series);
    // Something did happen in those 12 months, so "no difference" is not "nothing to compare".
    expect(c.variants[0]!.emergent.length).toBeGreaterThan(0);
    expect(comparisonMarks(c).map((m) => m.size)).toEqual([0, 0]);
  });

  it('runs every variant on the first one’s seed, whatever seed the variant’s own file has', () => {
    const other = { ...base, simulation: { ...base.simulation, seed: 99 } };
    const c = compared(
      [
        { name: 'Baseline', scenario: base },
        { name: 'Other seed', scenario: other },
      ],
      12,
    );
    expect(c.seed).toBe(1);
    expectNoDifference(c);
  });

  it('a variant with a funding round in month 13 is identical through month 12 for every seed, and differs after', () => {
    const later = withEvent(base, funding(13, 20));
    for (const seed of [1, 2, 3, 4]) {
      const c = compared(
        [
          { name: 'Baseline', scenario: base },
          { name: 'Series B', scenario: later },
        ],
        12,
        { seed },
      );
      expect(c.horizon).toBe(18);
      expectNoDifference(c);
      expect(c.variants[1]!.series.slice(0, 13)).toEqual(c.variants[0]!.series.slice(0, 13));
      // The timeline goes on to the horizon, where the round shows.
      expect(c.variants[1]!.series[13]!.headcount).toBeGreaterThan(c.variants[0]!.series[13]!.headcount);
      // The month compared doesn't depend on how far the run goes on.
      const short = compared([{ name: 'Baseline', scenario: base }], 12, { seed });
      expect(short.variants[0]!.org).toEqual(c.variants[0]!.org);
    }
  });

  it('a funding round adds exactly the hires it names, in its month (nobody leaves)', () => {
    const still: Scenario = { ...sampleScenario(), policy: { ...sampleScenario().policy, annualAttrition: 0 } };
    const c = compared(
      [
        { name: 'Baseline', scenario: still },
        { name: 'Funded', scenario: withEvent(still, funding(3, 12)) },
      ],
      3,
    );
    expect(c.metrics.find((r) => r.metric === 'headcount')!.deltas).toEqual([0, 12]);
    expect(c.variants[1]!.series.slice(0, 3)).toEqual(c.variants[0]!.series.slice(0, 3));
    // Twelve more people split teams: units appear in the funded org only.
    expect(c.diffs[0]!.org.added.length).toBeGreaterThan(0);
    expect(c.diffs[0]!.org.removed).toEqual([]);
  });

  it('a MoM who leaves in variant B leaves B one more vacancy, one manager fewer and a Director role that emerges in B only', () => {
    // No attrition and no looking inside: the role stays open for the MoM time to fill (4 months).
    const s0 = sampleScenario();
    const still: Scenario = { ...s0, policy: { ...s0.policy, annualAttrition: 0, internalPreference: 0 } };
    const marcus = personId('p02');
    const leaves = withEvent(still, { kind: 'departure', id: 'd', month: 2, personId: marcus });
    const c = compared(
      [
        { name: 'Baseline', scenario: still },
        { name: 'Marcus leaves', scenario: leaves },
      ],
      3,
    );
    const delta = (metric: string) => c.metrics.find((r) => r.metric === metric)!.deltas[1];
    expect(delta('vacancies')).toBe(1);
    expect(delta('managers')).toBe(-1);
    expect(delta('headcount')).toBe(-1);
    const d = c.diffs[0]!;
    expect(d.org.vacancies.onlyB).toEqual([{ id: unitId('u02'), name: c.variants[1]!.org.units[unitId('u02')]!.name }]);
    expect(d.org.vacancies.onlyA).toEqual([]);
    expect(d.emergent.onlyA).toEqual([]);
    expect(d.emergent.onlyB.map((r) => [r.month, r.rule, r.unitId, r.filled])).toEqual([[2, 'departure', 'u02', null]]);
    // On B's chart the open Director role is marked as emerging.
    expect(comparisonMarks(c)[1]!.get(unitId('u02'))).toEqual(['emerging']);
  });

  it('matches units the runs made by name: a split both variants make is not "added" because an earlier one took its id', () => {
    const still: Scenario = { ...sampleScenario(), policy: { ...sampleScenario().policy, annualAttrition: 0 } };
    const search = unitId('u06');
    // B grows Search past the split size in month 1, before anything else: B's new units take ids in another order.
    const b = withEvent(still, { kind: 'growth', id: 'gs', fromMonth: 1, toMonth: 1, perMonth: 6, target: { kind: 'units', unitIds: [search] } });
    const c = compared(
      [
        { name: 'A', scenario: still },
        { name: 'B', scenario: b },
      ],
      2,
    );
    const d = c.diffs[0]!;
    // Both runs made Product Engineering B (rule 2, beside Product Engineering): u15 in A, but u16 in B, where
    // Search's split in month 1 took u15 first. Matched by name, not reported as removed and added.
    expect(c.variants[0]!.org.units[unitId('u15')]!.name).toBe('Product Engineering B');
    expect(c.variants[1]!.org.units[unitId('u15')]!.name).toBe('Search B');
    expect(d.org.matched).toContainEqual({ a: 'u15', b: 'u16', by: 'name' });
    expect(d.org.added).toEqual([{ id: 'u15', name: 'Search B' }]);
    expect(d.org.removed).toEqual([]);
    expect(d.org.renamed).toEqual([{ a: 'u06', b: 'u06', from: 'Search', to: 'Search A' }]);
    expect(d.emergent).toEqual({ onlyA: [], onlyB: [], timing: [] });
  });

  it('refuses what it can’t compare, as values', () => {
    const r = (variants: { name: string; scenario: Scenario }[], month = 3) => {
      const c = compareVariants(variants, month);
      return c.ok ? null : c.error.code;
    };
    expect(r([])).toBe('no-variants');
    expect(
      r([
        { name: 'A', scenario: base },
        { name: 'A', scenario: base },
      ]),
    ).toBe('duplicate-name');
    expect(r([{ name: 'A', scenario: base }], -1)).toBe('bad-month');
    const broken = withEvent(base, { kind: 'departure', id: 'x', month: 2, personId: personId('nobody') });
    const c = compareVariants(
      [
        { name: 'A', scenario: base },
        { name: 'Broken', scenario: broken },
      ],
      3,
    );
    expect(c.ok).toBe(false);
    if (!c.ok) expect(compareErrorMessage(c.error)).toMatch(/^Broken: events\[1\]\.personId: There is no person “nobody”/);
  });

  it('knows how far the events reach', () => {
    expect(lastEventMonth([])).toBe(0);
    expect(lastEventMonth([growth, funding(7, 1)])).toBe(18);
  });
});

describe('compareVariantsMonteCarlo', { timeout: 60_000 }, () => {
  it('shows zero difference in every month and unit for a variant compared with itself', () => {
    const mc = compareVariantsMonteCarlo(
      { name: 'A', scenario: base },
      { name: 'B', scenario: { ...structuredClone(base), simulation: { months: 18, seed: 50 } } },
      6,
      12,
    );
    if (!mc.ok) throw new Error(JSON.stringify(mc.error));
    expect(mc.value.runs).toBe(6);
    expect(mc.value.byMonth).toHaveLength(13);
    for (const m of mc.value.byMonth) for (const b of [m.headcount, m.moms, m.vacancies]) expect(b).toEqual({ p10: 0, median: 0, p90: 0 });
    for (const u of mc.value.units) expect([u.difference, u.onlyA, u.onlyB]).toEqual([0, 0, 0]);
  });

  it('gives the funding round’s hires as the difference in every run from its month, and none before (a known answer)', () => {
    const s0 = sampleScenario();
    const still: Scenario = { ...s0, policy: { ...s0.policy, annualAttrition: 0 } };
    const mc = compareVariantsMonteCarlo({ name: 'A', scenario: still }, { name: 'Funded', scenario: withEvent(still, funding(5, 15)) }, 5, 6);
    if (!mc.ok) throw new Error(JSON.stringify(mc.error));
    expect(mc.value.byMonth[4]!.headcount).toEqual({ p10: 0, median: 0, p90: 0 });
    expect(mc.value.byMonth[5]!.headcount).toEqual({ p10: 15, median: 15, p90: 15 });
  });

  it('runs far enough for an event past the months asked, and keeps only those months', () => {
    const later = withEvent(base, funding(13, 20));
    const mc = compareVariantsMonteCarlo({ name: 'A', scenario: base }, { name: 'B', scenario: later }, 4, 12);
    if (!mc.ok) throw new Error(JSON.stringify(mc.error));
    expect(mc.value.byMonth).toHaveLength(13);
    for (const m of mc.value.byMonth) expect(m.headcount).toEqual({ p10: 0, median: 0, p90: 0 });
    for (const u of mc.value.units) expect([u.onlyA, u.onlyB]).toEqual([0, 0]);
  });

  it('a run cut to fewer months is the run of those months (what every digest but the end-of-run fill says)', () => {
    for (const run of [0, 1, 2]) {
      const long = monteCarloRun(base, run, 18);
      const short = monteCarloRun({ ...base, events: [{ ...growth, toMonth: 12 }] }, run, 12);
      const same = monteCarloRun(base, run, 18);
      if (!long.ok || !short.ok || !same.ok) throw new Error('expected ok');
      const { filledInside: _a, ...cut } = digestUpTo(long.value, 12);
      const { filledInside: _b, ...ran } = short.value;
      expect(cut).toEqual(ran);
      expect(digestUpTo(same.value, 18)).toBe(same.value);
    }
  });

  it('pairs b with a’s seed and runs as far as either variant’s events need', () => {
    const p = pairedMonteCarlo(base, { ...withEvent(base, funding(15, 3)), simulation: { months: 18, seed: 77 } }, 6);
    expect([p.a.simulation.seed, p.b.simulation.seed, p.horizon]).toEqual([1, 1, 18]);
  });

  it('names the variant whose events are broken', () => {
    const broken = withEvent(base, { kind: 'departure', id: 'x', month: 2, personId: personId('nobody') });
    const mc = compareVariantsMonteCarlo({ name: 'A', scenario: base }, { name: 'Broken', scenario: broken }, 2, 6);
    expect(mc.ok ? null : mc.error).toMatchObject({ code: 'invalid-variant', variant: 'Broken' });
  });
});
