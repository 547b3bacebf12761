import { describe, expect, it } from 'vitest';
import { duplicateVariant, sampleScenario, switchVariant, type Result, type Scenario, type ScenarioEvent } from '../../../shared';
import { runCompareJob } from './compareJobs';
import {
  compareFileName,
  compareInputs,
  defaultChosen,
  defaultMonth,
  diffSentences,
  formatBand,
  formatDelta,
  formatValue,
  overlaidRows,
  seriesKey,
} from './compareModel';

const unwrap = <T>(r: Result<T, unknown>): T => {
  if (!r.ok) throw new Error(String(r.error));
  return r.value;
};

const FUNDING: ScenarioEvent = {
  kind: 'funding',
  id: 'e1',
  month: 2,
  amount: 30_000_000,
  engineeringShare: 0.5,
  costPerEngineer: 200_000,
  runwayMonths: 24,
  rampMonths: 6,
  target: { kind: 'spread' },
};

/** The sample as Baseline, and Series B: a copy with a funding round in month 2 (edited now). */
function seriesB(): Scenario {
  const s = unwrap(duplicateVariant(sampleScenario(), 'Series B'));
  return { ...s, events: [FUNDING] };
}

describe('what the compare view opens with', () => {
  it('the variant being edited and the one before it, in the switcher’s order', () => {
    const three = unwrap(duplicateVariant(seriesB(), 'Acme'));
    expect(defaultChosen(three)).toEqual(['Series B', 'Acme']);
    expect(defaultChosen(unwrap(switchVariant(three, 'Baseline')))).toEqual(['Baseline', 'Series B']);
    expect(defaultChosen(sampleScenario())).toEqual(['Baseline']);
  });

  it('the month: the run length, or 18', () => {
    expect(defaultMonth(sampleScenario())).toBe(24);
    expect(defaultMonth({ ...sampleScenario(), simulation: { ...sampleScenario().simulation, months: 0 } })).toBe(18);
  });

  it('inputs in the switcher’s order whatever order they were ticked in; each a standalone scenario', () => {
    const inputs = compareInputs(seriesB(), ['Series B', 'Baseline', 'Nobody']);
    expect(inputs.map((v) => v.name)).toEqual(['Baseline', 'Series B']);
    expect(inputs[0]!.scenario.events).toEqual([]);
    expect(inputs[1]!.scenario.events).toEqual([FUNDING]);
    expect(inputs.every((v) => v.scenario.variants === undefined)).toBe(true);
  });
});

describe('numbers as the table writes them', () => {
  it.each([
    [formatValue(12, 'count'), '12'],
    [formatValue(0.456, 'share'), '46%'],
    [formatValue(null, 'share'), '—'],
    [formatDelta(12, 'count'), '+12'],
    [formatDelta(-3, 'count'), '−3'],
    [formatDelta(0, 'count'), '±0'],
    [formatDelta(-0.1, 'share'), '−10 pts'],
    [formatDelta(null, 'count'), '—'],
    [formatBand({ p10: 2, median: 9, p90: 15 }), '+9 (+2 to +15)'],
    [formatBand({ p10: -0.25, median: 0, p90: 0.5 }, true), '±0 pts (−25 pts to +50 pts)'],
    [formatBand({ p10: -1.5, median: 0.5, p90: 2 }), '+0.5 (−1.5 to +2)'],
    [formatBand(null), '—'],
  ])('%s = %s', (written, expected) => expect(written).toBe(expected));

  it('names an export after the document, the variants and the month', () => {
    const c = { month: 18, variants: [{ name: 'Baseline' }, { name: 'Series B' }] } as unknown as Parameters<typeof compareFileName>[1];
    expect(compareFileName('Northwind', c, 'png')).toBe('Northwind compare Baseline vs Series B m18.png');
  });
});

describe('a comparison of the sample with a funding round (the job the worker runs)', () => {
  const outcome = runCompareJob({ kind: 'compare', variants: compareInputs(seriesB(), ['Baseline', 'Series B']), month: 18 });
  if (outcome.kind !== 'compare') throw new Error('wrong kind');
  const c = unwrap(outcome.result);

  it('the funded variant has more people at month 18, and the delta table says so', () => {
    const headcount = c.metrics.find((m) => m.metric === 'headcount')!;
    expect(headcount.deltas[1]).toBeGreaterThan(20);
    expect(formatDelta(headcount.deltas[1]!, 'count')).toMatch(/^\+\d+$/);
  });

  it('overlaid rows: one per month to the horizon, a key per variant, shares as percentages', () => {
    const rows = overlaidRows(c, 'headcount');
    expect(rows).toHaveLength(c.horizon + 1);
    expect(rows[0]).toEqual({ month: 0, [seriesKey(0)]: 65, [seriesKey(1)]: 65 });
    const fill = overlaidRows(c, 'benchStrength', true)[0]!;
    expect(fill[seriesKey(0)]).toBe(c.variants[0]!.series[0]!.benchStrength! * 100);
  });

  it('the diff in sentences names the units only the funded variant has', () => {
    const [b] = diffSentences(c);
    expect(b!.name).toBe('Series B');
    expect(b!.lines.some((l) => /units? only in Series B: /.test(l))).toBe(true);
  });

  it('a variant compared with itself: no delta and no difference in structure', () => {
    const same = runCompareJob({
      kind: 'compare',
      variants: [
        { name: 'A', scenario: sampleScenario() },
        { name: 'B', scenario: sampleScenario() },
      ],
      month: 6,
    });
    if (same.kind !== 'compare') throw new Error('wrong kind');
    const s = unwrap(same.result);
    expect(s.metrics.every((m) => m.deltas.every((d) => d === 0 || d === null))).toBe(true);
    expect(diffSentences(s)[0]!.lines).toEqual(['No difference in structure at month 6.']);
  });
});

describe('Monte Carlo jobs', () => {
  it('compares each other variant with the first on the same seeds, with progress up to 1', () => {
    const shares: number[] = [];
    const outcome = runCompareJob({ kind: 'monte-carlo', variants: compareInputs(seriesB(), ['Baseline', 'Series B']), runs: 3, months: 6 }, (s) =>
      shares.push(s),
    );
    if (outcome.kind !== 'monte-carlo') throw new Error('wrong kind');
    const [pair] = unwrap(outcome.result);
    expect(pair).toMatchObject({ a: 'Baseline', b: 'Series B', comparison: { runs: 3, months: 6 } });
    expect(shares.at(-1)).toBe(1);
  });

  it.each([
    [{ runs: 3, variants: 1 }, 'Choose two variants or more to compare.'],
    [{ runs: -1, variants: 2 }, "-1 runs can't be done: give a whole number, 2 or more."],
  ])('refuses %j with a sentence', ({ runs, variants }, message) => {
    const inputs = compareInputs(seriesB(), ['Baseline', 'Series B']).slice(0, variants);
    const outcome = runCompareJob({ kind: 'monte-carlo', variants: inputs, runs, months: 6 });
    expect(outcome.result).toEqual({ ok: false, error: message });
  });
});
