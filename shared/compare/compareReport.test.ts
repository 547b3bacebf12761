import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitId, type Scenario, type ScenarioEvent } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { arbitraryScenario } from '../testing/arbitraries';
import { comparisonJson, comparisonText } from './compareReport';
import { compareVariants, compareVariantsMonteCarlo, lastEventMonth } from './compareVariants';
import { isSameOrg } from './orgDiff';

describe('comparisonText and comparisonJson', { timeout: 60_000 }, () => {
  // Platform gets 4 new teams' worth of people in month 1: its lead goes over span, a Director emerges in its line.
  const s0 = sampleScenario();
  const base: Scenario = { ...s0, simulation: { months: 6, seed: 1 } };
  const platform = unitId('u10');
  const grown: Scenario = {
    ...base,
    events: [{ kind: 'growth', id: 'g', fromMonth: 1, toMonth: 1, perMonth: 30, target: { kind: 'units', unitIds: [platform] } }],
  };

  it('lists the units whose line is likelier to get a MoM role, with the runs in one variant only', () => {
    const c = compareVariants(
      [
        { name: 'Baseline', scenario: base },
        { name: 'Platform grows', scenario: grown },
      ],
      6,
    );
    const mc = compareVariantsMonteCarlo({ name: 'Baseline', scenario: base }, { name: 'Platform grows', scenario: grown }, 4, 6);
    if (!c.ok || !mc.ok) throw new Error('expected ok');
    const text = comparisonText('Plan', c.value, [{ a: 'Baseline', b: 'Platform grows', result: mc.value }]);
    expect(text).toMatch(/MoM roles that emerged only in Platform grows \(\d+\):\n {4}month {2}1 {2}(Director|Senior Director|VP) — /);
    expect(text).toMatch(
      /Where a MoM role emerges in a unit's line by month 6 \(share of runs, Baseline → Platform grows\):\n {4}Platform 0% → 100% \(\+100 pts; 4 runs only in Platform grows, 0 only in Baseline\)/,
    );
    const json = comparisonJson(c.value, [{ a: 'Baseline', b: 'Platform grows', result: mc.value }]);
    expect(json.monteCarlo[0]!.units.find((u) => u.unit === 'Platform')).toEqual({ unit: 'Platform', a: 0, b: 1, difference: 1, onlyA: 0, onlyB: 4 });
    expect(json.diffs[0]!.emergent.onlyB[0]).toMatchObject({ month: 1, rule: 'span' });
    expect(json.series.map((s) => s.headcount.length)).toEqual([7, 7]);
    // Plain data: survives JSON as it is.
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('a variant compared with itself (property)', () => {
  it('shows no difference for any scenario that runs', () => {
    let ran = 0;
    fc.assert(
      fc.property(arbitraryScenario(8, 25), fc.integer({ min: 0, max: 8 }), (s, month) => {
        // Keep runs short: events within 8 months, a run of 8.
        // And small: a generated growth of 1,000 a month, a funding round of 1e9 or a 5,000-person acquisition would
        // make one case take minutes; size is not what this property is about.
        const small = (e: ScenarioEvent): boolean =>
          e.kind === 'growth'
            ? e.perMonth <= 20
            : e.kind === 'funding'
              ? e.hires !== undefined && e.hires <= 50
              : e.kind === 'acquisition'
                ? e.source.kind === 'org' || e.source.size <= 200
                : true;
        const scenario: Scenario = { ...s, events: s.events.filter((e) => lastEventMonth([e]) <= 8 && small(e)), simulation: { ...s.simulation, months: 8 } };
        const c = compareVariants(
          [
            { name: 'A', scenario },
            { name: 'B', scenario: structuredClone(scenario) },
          ],
          month,
        );
        if (!c.ok) return;
        ran++;
        const d = c.value.diffs[0]!;
        expect(isSameOrg(d.org)).toBe(true);
        expect(d.emergent).toEqual({ onlyA: [], onlyB: [], timing: [] });
        expect(d.forecast).toEqual({ onlyA: [], onlyB: [] });
        for (const row of c.value.metrics) expect(row.deltas[1] === null || row.deltas[1] === 0).toBe(true);
      }),
      { numRuns: 40 },
    );
    expect(ran).toBeGreaterThan(10);
  });
});
