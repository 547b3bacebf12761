import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Org } from '../model/types';
import { tinyOrg } from '../testing/testOrg';
import {
  benchMarks,
  calibrate,
  checkTarget,
  formatCalibration,
  momInternalShares,
  momSpans,
  runFigures,
  spread,
  summarizeRuns,
  windowFills,
  windows,
  type CalibrationMonth,
  type CalibrationRun,
  type RunFigures,
  type ScenarioFigures,
  type TargetId,
} from './calibrate';

// A VP over two EMs (6 people, 2 layers), and the same with a director inserted (7 people, 3 layers).
const flat = tinyOrg([
  ['u1', null, 'p1', []],
  ['u2', 'u1', 'p2', ['p4', 'p5']],
  ['u3', 'u1', 'p3', ['p6']],
]);
const deep = tinyOrg([
  ['u1', null, 'p1', []],
  ['u4', 'u1', 'p7', []],
  ['u2', 'u4', 'p2', ['p4', 'p5']],
  ['u3', 'u4', 'p3', ['p6']],
]);

/** A month's metrics: [internal MoM fills, external MoM fills, bench strength]. */
const month = (m: number, [internal, external, bench]: [number, number, number | null] = [0, 0, null]): CalibrationMonth => ({
  month: m,
  momInternalFills: internal,
  momExternalFills: external,
  benchStrength: bench,
});
/** A run of `orgs.length - 1` months; `fills` gives the months that had fills. */
const run = (orgs: Org[], fills: Record<number, [number, number, number | null]> = {}): CalibrationRun => ({
  orgs,
  metrics: orgs.map((_, m) => month(m, fills[m])),
});
const repeat = (org: Org, months: number): Org[] => Array.from({ length: months + 1 }, () => org);
const figures = (fields: Partial<RunFigures>): RunFigures => ({
  months: 12,
  momInternalFills: 0,
  momExternalFills: 0,
  internalFillsByWindow: [0, 0],
  externalFillsByWindow: [0, 0],
  startHeadcount: 10,
  endHeadcount: 10,
  maxLayers: 3,
  endMomSpans: [],
  bench: [null, null, null],
  ...fields,
});

describe('windows and marks', () => {
  it.each([
    [6, [[1, 6]]],
    [
      14,
      [
        [1, 6],
        [7, 12],
        [13, 14],
      ],
    ],
    [
      36,
      [
        [1, 6],
        [7, 12],
        [13, 18],
        [19, 24],
        [25, 30],
        [31, 36],
      ],
    ],
    [0, []],
  ])('windows(%i)', (months, expected) => expect(windows(months).map((w) => [w.fromMonth, w.toMonth])).toEqual(expected));
  it.each([
    [6, [0, 6]],
    [14, [0, 6, 12, 14]],
    [36, [0, 6, 12, 18, 24, 30, 36]],
  ])('benchMarks(%i)', (months, expected) => expect(benchMarks(months)).toEqual(expected));
});

describe('momSpans', () => {
  it('counts the managed units of each led manager of managers', () => {
    expect(momSpans(flat)).toEqual([2]);
    expect(momSpans(deep)).toEqual([1, 2]);
  });
  it('leaves out a MoM unit that is vacant, and one whose children are all vacant', () => {
    const org = tinyOrg([
      ['u1', null, null, []],
      ['u2', 'u1', 'p2', []],
      ['u3', 'u2', null, ['p4']],
      ['u5', 'u1', 'p5', ['p6']],
    ]);
    expect(momSpans(org)).toEqual([]);
  });
});

describe('runFigures', () => {
  it('reads headcount, layers and spans from the orgs and fills and bench from the metrics', () => {
    const f = runFigures(run([flat, deep, deep], { 1: [1, 0, 0.5], 2: [0, 2, 0.25] }));
    expect(f).toEqual({
      months: 2,
      momInternalFills: 1,
      momExternalFills: 2,
      internalFillsByWindow: [1],
      externalFillsByWindow: [2],
      startHeadcount: 6,
      endHeadcount: 7,
      maxLayers: 3,
      endMomSpans: [1, 2],
      bench: [null, 0.25],
    });
  });
  it('takes the most layers of any month, not the last', () => {
    expect(runFigures(run([flat, deep, flat])).maxLayers).toBe(3);
  });
  it('counts internal fills per six-month window, ignoring month 0', () => {
    const f = runFigures(run(repeat(flat, 13), { 0: [5, 0, null], 1: [1, 0, null], 6: [2, 1, null], 7: [0, 3, null], 13: [1, 0, null] }));
    expect(f.internalFillsByWindow).toEqual([3, 0, 1]);
    expect([f.momInternalFills, f.momExternalFills]).toEqual([4, 4]);
    expect(f.bench).toHaveLength(4);
  });
});

describe('over runs', () => {
  it('spread is nearest-rank median, p10 and p90', () => {
    expect(spread([1, 0.25, 0.5])).toEqual({ median: 0.5, p10: 0.25, p90: 1 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2, p10: 1, p90: 4 });
    expect(spread([])).toBeNull();
  });

  it('internal share is per run, over the runs that filled a MoM role', () => {
    const runs = [
      figures({ momInternalFills: 1, momExternalFills: 1 }),
      figures({ momInternalFills: 3, momExternalFills: 1 }),
      figures({}),
      figures({ momInternalFills: 0, momExternalFills: 2 }),
    ];
    expect(momInternalShares(runs)).toEqual([0.5, 0.75, 0]);
    expect(summarizeRuns(runs)).toMatchObject({
      runs: 4,
      runsWithMomFills: 3,
      momInternalShare: { median: 0.5, p10: 0, p90: 0.75 },
      momFillsPerRun: { median: 2, p10: 0, p90: 4 },
    });
  });

  it('a window counts the runs with one or more internal fill in it', () => {
    const runs = [
      figures({ internalFillsByWindow: [2, 0] }),
      figures({ internalFillsByWindow: [1, 0] }),
      figures({ internalFillsByWindow: [0, 1] }),
      figures({ internalFillsByWindow: [0, 0] }),
    ];
    expect(windowFills(runs)).toEqual([
      { fromMonth: 1, toMonth: 6, medianInternalFills: 0, meanInternalFills: 0.75, internalShare: 1, runsWithInternalFill: 2, shareOfRuns: 0.5 },
      { fromMonth: 7, toMonth: 12, medianInternalFills: 0, meanInternalFills: 0.25, internalShare: 1, runsWithInternalFill: 1, shareOfRuns: 0.25 },
    ]);
  });

  it('summarises headcount drift, layers, pooled spans and bench by mark', () => {
    const runs = [
      figures({ endHeadcount: 11, maxLayers: 4, endMomSpans: [2, 6], bench: [0.5, null, 1] }),
      figures({ endHeadcount: 9, maxLayers: 5, endMomSpans: [4], bench: [0.5, null, 0] }),
      figures({ endHeadcount: 10, maxLayers: 3, endMomSpans: [5, 5], bench: [0.5, 0.2, 0.5] }),
    ];
    const s = summarizeRuns(runs);
    expect(s.endHeadcountRatio).toEqual({ median: 1, p10: 0.9, p90: 1.1 });
    expect(s.maxLayers).toBe(5);
    expect(s.momSpan).toEqual({ median: 5, p10: 2, p90: 6 });
    expect(s.bench).toEqual([
      { month: 0, median: 0.5 },
      { month: 6, median: 0.2 },
      { month: 12, median: 0.5 },
    ]);
  });
});

describe('checkTarget', () => {
  const base: ScenarioFigures = {
    runs: 10,
    months: 12,
    startHeadcount: 100,
    momInternalShare: { median: 0.5, p10: 0.3, p90: 0.7 },
    runsWithMomFills: 10,
    momFillsPerRun: { median: 4, p10: 2, p90: 6 },
    windows: [
      { fromMonth: 1, toMonth: 6, medianInternalFills: 1, meanInternalFills: 1.2, internalShare: 0.6, runsWithInternalFill: 8, shareOfRuns: 0.8 },
      { fromMonth: 7, toMonth: 12, medianInternalFills: 1, meanInternalFills: 0.6, internalShare: 0.5, runsWithInternalFill: 5, shareOfRuns: 0.5 },
    ],
    endHeadcountRatio: { median: 1.1, p10: 1, p90: 1.2 },
    maxLayers: 6,
    momSpan: { median: 3, p10: 2, p90: 6 },
    bench: [],
  };
  const window = (mean: number, internalShare: number | null) => ({ ...base.windows[1]!, meanInternalFills: mean, internalShare });
  it.each<[string, TargetId, Partial<ScenarioFigures>, boolean, RegExp]>([
    ['fill share inside the band', 'mom-internal-fill', {}, true, /^50% \(p10 30%, p90 70%; 10 of 10 runs/],
    ['fill share at the top of the band', 'mom-internal-fill', { momInternalShare: { median: 0.7, p10: 0.5, p90: 0.9 } }, true, /^70%/],
    ['fill share under the band', 'mom-internal-fill', { momInternalShare: { median: 0.44, p10: 0.2, p90: 0.6 } }, false, /^44%/],
    ['no MoM fill at all', 'mom-internal-fill', { momInternalShare: null, runsWithMomFills: 0 }, false, /no MoM role filled in any of 10 runs/],
    [
      'every window fills a third or more inside',
      'internal-fills-every-window',
      {},
      true,
      /^2 of 2 windows \(lowest: months 7-12, 50% inside; 50% of runs fill one inside\)/,
    ],
    // The bench ran dry: a quarter of the later window's MoM fills were made inside.
    [
      'a window under a third inside',
      'internal-fills-every-window',
      { windows: [base.windows[0]!, window(0.2, 0.25)] },
      false,
      /^1 of 2 windows \(lowest: months 7-12, 25% inside/,
    ],
    ['a window with no internal fill at all', 'internal-fills-every-window', { windows: [base.windows[0]!, window(0, 0)] }, false, /^1 of 2 windows/],
    ['a window with no MoM fill at all', 'internal-fills-every-window', { windows: [base.windows[0]!, window(0, null)] }, false, /no MoM fill/],
    ['headcount +10%', 'flat-headcount', {}, true, /^\+10%: 100 → 110/],
    ['headcount −11%', 'flat-headcount', { endHeadcountRatio: { median: 0.89, p10: 0.8, p90: 1 } }, false, /^−11%: 100 → 89/],
    ['layers at the limit', 'layers-within-limit', {}, true, /^6 \(limit 6\)/],
    ['layers over the limit', 'layers-within-limit', { maxLayers: 7 }, false, /^7 \(limit 6\)/],
    ['span 3', 'mom-span', {}, true, /^3 \(p10 2, p90 6\)/],
    ['span 2.5', 'mom-span', { momSpan: { median: 2.5, p10: 2, p90: 3 } }, false, /^2.5/],
    ['no MoM at the end', 'mom-span', { momSpan: null }, false, /no MoM/],
  ])('%s', (_name, target, change, met, shown) => {
    const t = checkTarget('sample-growth', target, { ...base, ...change }, DEFAULT_POLICY);
    expect(t).toMatchObject({ scenario: 'sample-growth', target, met });
    expect(t.shown).toMatch(shown);
  });
});

describe('calibrate', () => {
  it('runs every scenario on 2 seeds × 6 months and returns every target, and the table says how many were met', () => {
    const progress: string[] = [];
    const report = calibrate({ seeds: 2, months: 6, onRun: (s, done, of) => progress.push(`${s} ${done}/${of}`) });
    expect(report.scenarios.map((s) => [s.id, s.runs, s.months])).toEqual([
      ['sample-growth', 2, 6],
      ['sample-flat', 2, 6],
      ['generated-growth', 2, 6],
    ]);
    expect(report.scenarios.map((s) => s.startHeadcount)).toEqual([65, 65, 1000]);
    expect(report.targets.map((t) => `${t.scenario} ${t.target}`)).toEqual([
      'sample-growth mom-internal-fill',
      'sample-growth internal-fills-every-window',
      'sample-growth layers-within-limit',
      'sample-growth mom-span',
      'sample-flat flat-headcount',
      'sample-flat layers-within-limit',
      'generated-growth mom-internal-fill',
      'generated-growth internal-fills-every-window',
      'generated-growth layers-within-limit',
      'generated-growth mom-span',
    ]);
    expect(report.targets.every((t) => typeof t.met === 'boolean' && t.shown.length > 0)).toBe(true);
    expect(report.met).toBe(report.targets.filter((t) => t.met).length);
    expect(progress).toEqual(['sample-growth 1/2', 'sample-growth 2/2', 'sample-flat 1/2', 'sample-flat 2/2', 'generated-growth 1/2', 'generated-growth 2/2']);
    const text = formatCalibration(report);
    expect(text).toMatch(/^OrgSim calibration: default policy, 6 months, 2 seeds \(1-2\)/);
    expect(text).toMatch(/Generated org \(1,000 people\), \+2% a year \(1\.67 a month\)/);
    expect(text.trimEnd()).toMatch(new RegExp(`\\n${report.met} of 10 targets met$`));
  }, 60_000);
});
