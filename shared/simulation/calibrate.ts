/**
 * The calibration report (DOMAIN.md "Calibration: what the defaults must reproduce"): run the default policy on
 * the bundled sample and on a generated 1,000-person org over many seeds, and check each target the domain
 * sets, with the number. A report, not a test: a missed target is shown as missed, never thrown.
 *
 * Figures are measured one run at a time (`runFigures`) and summarised over runs (`summarizeRuns`), so a
 * hundred runs of a 1,000-person org never sit in memory at once.
 */
import { orgMetrics } from '../model/metrics';
import { assert } from '../model/result';
import { buildTreeIndex, childrenOf, isManagerOfManagersUnit } from '../model/tree';
import { DEFAULT_POLICY, EMPTY_VIEW, type Org, type Policy, type Scenario, type ScenarioEvent } from '../model/types';
import { generateOrg } from '../sample/generateOrg';
import { sampleScenario } from '../sample/sampleScenario';
import { quantile } from './monteCarlo';
import { simulate } from './simulate';

// ── What a run must provide ─────────────────────────────────────────────────

/**
 * The figures calibration reads from one simulated month. `momInternalFills` and `momExternalFills` come with
 * the engine rewrite of issue #9 (`MonthMetrics` gains them): manager-of-managers roles filled that month from
 * inside and from outside. A promotion that is later reverted counts as a fill, then as one more vacancy.
 */
export interface CalibrationMonth {
  readonly month: number;
  readonly benchStrength: number | null;
  readonly momInternalFills: number;
  readonly momExternalFills: number;
}

/** What calibration reads from one run: a `SimulationResult` (orgs for months 0..N, metrics per month). */
export interface CalibrationRun {
  readonly orgs: readonly Org[];
  readonly metrics: readonly CalibrationMonth[];
}

// ── One run ─────────────────────────────────────────────────────────────────

/** Months per window for "internal fills happen in every 6-month window", and between bench-strength marks. */
export const WINDOW_MONTHS = 6;

/** The calibration figures of one run. */
export interface RunFigures {
  /** Months simulated (the last org's month). */
  readonly months: number;
  readonly momInternalFills: number;
  readonly momExternalFills: number;
  /** Internal MoM fills in each window of `WINDOW_MONTHS` (months 1-6, 7-12, …; the last may be shorter). */
  readonly internalFillsByWindow: readonly number[];
  /** External MoM fills in each window. */
  readonly externalFillsByWindow: readonly number[];
  readonly startHeadcount: number;
  readonly endHeadcount: number;
  /** The most layers the org had in any month, month 0 included. */
  readonly maxLayers: number;
  /** Span (managed child units) of each led manager-of-managers unit in the last month. */
  readonly endMomSpans: readonly number[];
  /** Bench strength at each mark of `benchMarks(months)`; null where the org had no MoM roles. */
  readonly bench: readonly (number | null)[];
}

/** Windows of `size` months over months 1..`months`: `windows(14, 6)` → 1-6, 7-12, 13-14. */
export function windows(months: number, size = WINDOW_MONTHS): { readonly fromMonth: number; readonly toMonth: number }[] {
  const out: { fromMonth: number; toMonth: number }[] = [];
  for (let from = 1; from <= months; from += size) out.push({ fromMonth: from, toMonth: Math.min(months, from + size - 1) });
  return out;
}

/** Months at which bench strength is read: every `size` months from 0, and the last month. `benchMarks(14)` → 0, 6, 12, 14. */
export function benchMarks(months: number, size = WINDOW_MONTHS): number[] {
  const out: number[] = [];
  for (let m = 0; m <= months; m += size) out.push(m);
  if (out[out.length - 1] !== months) out.push(months);
  return out;
}

/** Spans of the led manager-of-managers units of `org`: `momSpans(org)` → [6, 4] for a director with 6 EMs and one with 4. */
export function momSpans(org: Org): number[] {
  const index = buildTreeIndex(org);
  return Object.values(org.units)
    .filter((u) => u.leadId !== null && isManagerOfManagersUnit(org, index, u.id))
    .map((u) => childrenOf(index, u.id).length);
}

/** The figures of one run, from its orgs (headcount, layers, spans) and its monthly metrics (fills, bench). */
export function runFigures(run: CalibrationRun): RunFigures {
  assert(run.orgs.length > 0, 'a run has at least the org at month 0');
  const months = run.orgs.length - 1;
  const byMonth = new Map(run.metrics.map((m) => [m.month, m]));
  let internal = 0;
  let external = 0;
  for (const m of run.metrics) {
    if (m.month < 1) continue;
    internal += m.momInternalFills;
    external += m.momExternalFills;
  }
  const byWindow = (field: 'momInternalFills' | 'momExternalFills'): number[] =>
    windows(months).map(({ fromMonth, toMonth }) => {
      let n = 0;
      for (let m = fromMonth; m <= toMonth; m++) n += byMonth.get(m)?.[field] ?? 0;
      return n;
    });
  const internalFillsByWindow = byWindow('momInternalFills');
  return {
    months,
    momInternalFills: internal,
    momExternalFills: external,
    internalFillsByWindow,
    externalFillsByWindow: byWindow('momExternalFills'),
    startHeadcount: orgMetrics(run.orgs[0]!).headcount,
    endHeadcount: orgMetrics(run.orgs[months]!).headcount,
    maxLayers: Math.max(...run.orgs.map((org) => orgMetrics(org).layers)),
    endMomSpans: momSpans(run.orgs[months]!),
    bench: benchMarks(months).map((m) => byMonth.get(m)?.benchStrength ?? null),
  };
}

// ── Over runs ───────────────────────────────────────────────────────────────

/** Median and the 10th and 90th percentiles (nearest rank, as the fan charts). */
export interface Spread {
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
}

/** `spread([3, 1, 2])` → { median: 2, p10: 1, p90: 3 }; null for no values. */
export function spread(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p10: quantile(sorted, 0.1), p90: quantile(sorted, 0.9) };
}

/** Internal MoM fills in one window, over runs. */
export interface WindowFills {
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly medianInternalFills: number;
  /** Internal MoM fills in the window, averaged over runs. */
  readonly meanInternalFills: number;
  /** Internal MoM fills over all MoM fills in the window, pooled over runs; null when none was filled. */
  readonly internalShare: number | null;
  /** Runs with at least one internal MoM fill in the window. */
  readonly runsWithInternalFill: number;
  /** `runsWithInternalFill` over all runs. */
  readonly shareOfRuns: number;
}

/** The calibration figures of one scenario over all its runs. */
export interface ScenarioFigures {
  readonly runs: number;
  readonly months: number;
  readonly startHeadcount: number;
  /** Per run, internal MoM fills over all MoM fills; over the runs that filled any MoM role. */
  readonly momInternalShare: Spread | null;
  readonly runsWithMomFills: number;
  /** MoM roles filled per run (inside and outside). */
  readonly momFillsPerRun: Spread | null;
  readonly windows: readonly WindowFills[];
  /** Headcount in the last month over headcount at month 0, per run. */
  readonly endHeadcountRatio: Spread | null;
  /** The most layers in any month of any run. */
  readonly maxLayers: number;
  /** Spans of every led MoM unit at the end of every run, pooled. */
  readonly momSpan: Spread | null;
  /** Median bench strength at each mark, over the runs where it is defined. */
  readonly bench: readonly { readonly month: number; readonly median: number | null }[];
}

/** Per run, the share of MoM fills that were internal (runs without a MoM fill are left out). */
export function momInternalShares(figures: readonly RunFigures[]): number[] {
  return figures.flatMap((f) => (f.momInternalFills + f.momExternalFills === 0 ? [] : [f.momInternalFills / (f.momInternalFills + f.momExternalFills)]));
}

/** Internal MoM fills per window over runs (runs must have the same length). */
export function windowFills(figures: readonly RunFigures[]): WindowFills[] {
  if (figures.length === 0) return [];
  return windows(figures[0]!.months).map(({ fromMonth, toMonth }, i) => {
    const counts = figures.map((f) => f.internalFillsByWindow[i] ?? 0);
    const outside = figures.reduce((n, f) => n + (f.externalFillsByWindow[i] ?? 0), 0);
    const inside = counts.reduce((a, b) => a + b, 0);
    const runsWithInternalFill = counts.filter((n) => n >= 1).length;
    return {
      fromMonth,
      toMonth,
      medianInternalFills: spread(counts)!.median,
      meanInternalFills: inside / counts.length,
      internalShare: inside + outside === 0 ? null : inside / (inside + outside),
      runsWithInternalFill,
      shareOfRuns: runsWithInternalFill / figures.length,
    };
  });
}

/** Summarise the runs of one scenario. `summarizeRuns(runs.map(runFigures))`. */
export function summarizeRuns(figures: readonly RunFigures[]): ScenarioFigures {
  const months = figures[0]?.months ?? 0;
  const marks = benchMarks(months);
  return {
    runs: figures.length,
    months,
    startHeadcount: figures[0]?.startHeadcount ?? 0,
    momInternalShare: spread(momInternalShares(figures)),
    runsWithMomFills: figures.filter((f) => f.momInternalFills + f.momExternalFills > 0).length,
    momFillsPerRun: spread(figures.map((f) => f.momInternalFills + f.momExternalFills)),
    windows: windowFills(figures),
    endHeadcountRatio: spread(figures.filter((f) => f.startHeadcount > 0).map((f) => f.endHeadcount / f.startHeadcount)),
    maxLayers: Math.max(0, ...figures.map((f) => f.maxLayers)),
    momSpan: spread(figures.flatMap((f) => f.endMomSpans)),
    bench: marks.map((month, i) => ({ month, median: spread(figures.flatMap((f) => (f.bench[i] == null ? [] : [f.bench[i]!])))?.median ?? null })),
  };
}

// ── Targets ─────────────────────────────────────────────────────────────────

/** DOMAIN.md's calibration targets. */
export type TargetId = 'mom-internal-fill' | 'internal-fills-every-window' | 'flat-headcount' | 'layers-within-limit' | 'mom-span';

/** The bands of the targets: internal fill 45-70% (APQC 45%, DDI 49%, the essay 70%+), headcount ±10%, MoM span 3-6. */
export const TARGET_BANDS = {
  momInternalFill: [0.45, 0.7],
  /**
   * A window counts when, pooled over runs, at least this share of the MoM roles filled in it were filled from
   * inside: the bench keeps supplying people all through the run, not only at first (the old model's failure:
   * inside fills in months 1-6, almost none after). Counts per run can't be the rule: a 65-person org opens
   * about four MoM roles in three years, so most runs fill none in a given half-year whatever the bench.
   */
  windowInternalShare: 1 / 3,
  headcountDrift: 0.1,
  momSpan: [3, 6],
} as const;

/** One target, checked on one scenario, with the number. */
export interface CalibrationTarget {
  readonly scenario: CalibrationScenarioId;
  readonly target: TargetId;
  /** What is measured, in words. */
  readonly what: string;
  /** The band or rule it must meet, in words. */
  readonly expected: string;
  /** The figure checked (a share, a ratio, a count); null when there was nothing to measure. */
  readonly value: number | null;
  /** The figure as shown, with its spread where it has one. */
  readonly shown: string;
  readonly met: boolean;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const signedPct = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(Math.round(x * 100))}%`;
const num = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/**
 * Check one target on a scenario's figures. `checkTarget('sample-flat', 'flat-headcount', figures, policy)` →
 * met when the median end headcount is within 10% of the start.
 */
export function checkTarget(scenario: CalibrationScenarioId, target: TargetId, f: ScenarioFigures, policy: Policy): CalibrationTarget {
  const base = { scenario, target };
  switch (target) {
    case 'mom-internal-fill': {
      const [lo, hi] = TARGET_BANDS.momInternalFill;
      const s = f.momInternalShare;
      return {
        ...base,
        what: 'MoM roles filled internally (median share per run)',
        expected: `${Math.round(lo * 100)}-${pct(hi)}`,
        value: s?.median ?? null,
        shown: s
          ? `${pct(s.median)} (p10 ${pct(s.p10)}, p90 ${pct(s.p90)}; ${f.runsWithMomFills} of ${f.runs} runs filled a MoM role)`
          : `no MoM role filled in any of ${f.runs} runs`,
        met: s !== null && s.median >= lo && s.median <= hi,
      };
    }
    case 'internal-fills-every-window': {
      const need = TARGET_BANDS.windowInternalShare;
      const share = (w: WindowFills): number => w.internalShare ?? 0;
      const passing = f.windows.filter((w) => w.meanInternalFills > 0 && share(w) >= need - 1e-9);
      const worst = [...f.windows].sort((a, b) => share(a) - share(b))[0];
      return {
        ...base,
        what: `Internal MoM fills in every ${WINDOW_MONTHS}-month window`,
        expected: `each window: ${pct(need)}+ of its MoM fills inside`,
        value: passing.length,
        shown: `${passing.length} of ${f.windows.length} windows${worst ? ` (lowest: months ${worst.fromMonth}-${worst.toMonth}, ${worst.internalShare === null ? 'no MoM fill' : `${pct(share(worst))} inside`}; ${pct(worst.shareOfRuns)} of runs fill one inside)` : ''}`,
        met: f.windows.length > 0 && passing.length === f.windows.length,
      };
    }
    case 'flat-headcount': {
      const r = f.endHeadcountRatio;
      return {
        ...base,
        what: 'Headcount at the end, no events (median vs start)',
        expected: `within ±${pct(TARGET_BANDS.headcountDrift)}`,
        value: r?.median ?? null,
        shown: r
          ? `${signedPct(r.median - 1)}: ${f.startHeadcount} → ${Math.round(r.median * f.startHeadcount)} (p10 ${signedPct(r.p10 - 1)}, p90 ${signedPct(r.p90 - 1)})`
          : 'no runs',
        met: r !== null && Math.abs(r.median - 1) <= TARGET_BANDS.headcountDrift + 1e-9,
      };
    }
    case 'layers-within-limit':
      return {
        ...base,
        what: 'Most layers in any month of any run',
        expected: `at most ${policy.layerLimit} (the layer limit)`,
        value: f.maxLayers,
        shown: `${f.maxLayers} (limit ${policy.layerLimit})`,
        met: f.runs > 0 && f.maxLayers <= policy.layerLimit,
      };
    case 'mom-span': {
      const [lo, hi] = TARGET_BANDS.momSpan;
      const s = f.momSpan;
      return {
        ...base,
        what: 'MoM span at the end (median managed units)',
        expected: `${lo}-${hi}`,
        value: s?.median ?? null,
        shown: s ? `${num(s.median)} (p10 ${num(s.p10)}, p90 ${num(s.p90)})` : 'no MoM at the end',
        met: s !== null && s.median >= lo && s.median <= hi,
      };
    }
  }
}

// ── The scenarios ───────────────────────────────────────────────────────────

export type CalibrationScenarioId = 'sample-growth' | 'sample-flat' | 'generated-growth';

/** Size of the generated org, the seed it is generated with (the same org for every run), and its yearly growth. */
export const GENERATED = { size: 1000, seed: 1, growthPerYear: 0.02 } as const;
/** Hires a month for the sample: DOMAIN.md's "steady growth of about 2 people a month". */
export const SAMPLE_GROWTH_PER_MONTH = 2;

/** A scenario the report runs, and which targets it checks. */
export interface CalibrationScenario {
  readonly id: CalibrationScenarioId;
  readonly label: string;
  readonly scenario: Scenario;
  readonly targets: readonly TargetId[];
}

const growth = (perMonth: number, months: number): ScenarioEvent => ({
  kind: 'growth',
  id: 'calibration-growth',
  fromMonth: 1,
  toMonth: months,
  perMonth,
  target: { kind: 'spread' },
});

/**
 * The three scenarios, default policy, 13% attrition (backfilled): the sample with 2 hires a month, the sample
 * with no events, and a generated 1,000-person org growing 2% a year (1000 × 2% / 12 ≈ 1.67 hires a month).
 */
export function calibrationScenarios(months: number): CalibrationScenario[] {
  const sample = sampleScenario();
  const org = generateOrg({ size: GENERATED.size, seed: GENERATED.seed, asOf: sample.org.asOf });
  const people = Object.keys(org.people).length;
  const perMonth = (people * GENERATED.growthPerYear) / 12;
  const all: TargetId[] = ['mom-internal-fill', 'internal-fills-every-window', 'layers-within-limit', 'mom-span'];
  return [
    {
      id: 'sample-growth',
      label: `Sample (${Object.keys(sample.org.people).length} people), +${SAMPLE_GROWTH_PER_MONTH} people a month`,
      scenario: { ...sample, events: [growth(SAMPLE_GROWTH_PER_MONTH, months)] },
      targets: all,
    },
    {
      id: 'sample-flat',
      label: `Sample (${Object.keys(sample.org.people).length} people), no events`,
      scenario: sample,
      targets: ['flat-headcount', 'layers-within-limit'],
    },
    {
      id: 'generated-growth',
      label: `Generated org (${people.toLocaleString('en')} people), +${pct(GENERATED.growthPerYear)} a year (${perMonth.toFixed(2)} a month)`,
      scenario: {
        name: `Generated ${people}`,
        org,
        policy: DEFAULT_POLICY,
        events: [growth(perMonth, months)],
        simulation: { months, seed: 1 },
        view: EMPTY_VIEW,
      },
      targets: all,
    },
  ];
}

// ── The report ──────────────────────────────────────────────────────────────

export interface CalibrationOptions {
  /** Runs per scenario (seeds `firstSeed`, `firstSeed + 1`, …). Default 100. */
  readonly seeds?: number;
  /** Months per run. Default 36. */
  readonly months?: number;
  readonly firstSeed?: number;
  /** Called after each run, for progress. */
  readonly onRun?: (scenario: CalibrationScenarioId, done: number, of: number) => void;
}

export interface CalibrationReport {
  readonly seeds: number;
  readonly firstSeed: number;
  readonly months: number;
  readonly layerLimit: number;
  readonly scenarios: readonly ({ readonly id: CalibrationScenarioId; readonly label: string } & ScenarioFigures)[];
  readonly targets: readonly CalibrationTarget[];
  readonly met: number;
}

/** Run every calibration scenario over the seeds and check the targets. `calibrate({ seeds: 20 }).met` → targets met. */
export function calibrate(options: CalibrationOptions = {}): CalibrationReport {
  const seeds = Math.max(1, Math.floor(options.seeds ?? 100));
  const months = Math.max(1, Math.floor(options.months ?? 36));
  const firstSeed = Math.floor(options.firstSeed ?? 1);
  const scenarios: CalibrationReport['scenarios'][number][] = [];
  const targets: CalibrationTarget[] = [];
  for (const s of calibrationScenarios(months)) {
    const figures: RunFigures[] = [];
    for (let i = 0; i < seeds; i++) {
      const result = simulate(s.scenario, { months, seed: firstSeed + i });
      // The calibration scenarios are built here and valid by construction: a refusal is a bug.
      assert(result.ok, `calibration scenario ${s.id} was refused: ${result.ok ? '' : result.error.map((p) => p.message).join('; ')}`);
      // A SimulationResult is a CalibrationRun once MonthMetrics has momInternalFills/momExternalFills (engine rewrite).
      figures.push(runFigures(result.value));
      options.onRun?.(s.id, i + 1, seeds);
    }
    const summary = summarizeRuns(figures);
    scenarios.push({ id: s.id, label: s.label, ...summary });
    for (const t of s.targets) targets.push(checkTarget(s.id, t, summary, s.scenario.policy));
  }
  return { seeds, firstSeed, months, layerLimit: DEFAULT_POLICY.layerLimit, scenarios, targets, met: targets.filter((t) => t.met).length };
}

/** The report as a text table, ending with "N of M targets met". */
export function formatCalibration(report: CalibrationReport): string {
  const lines: string[] = [];
  lines.push(
    `OrgSim calibration: default policy, ${report.months} ${report.months === 1 ? 'month' : 'months'}, ${report.seeds} ${report.seeds === 1 ? 'seed' : 'seeds'} (${report.firstSeed}-${report.firstSeed + report.seeds - 1})`,
    '',
  );
  for (const s of report.scenarios) {
    lines.push(s.label);
    const share = s.momInternalShare;
    const fills = s.momFillsPerRun;
    lines.push(
      `  MoM internal fill share   ${share ? `median ${pct(share.median)}, p10 ${pct(share.p10)}, p90 ${pct(share.p90)}` : '—'}  (MoM fills per run: ${fills ? `median ${num(fills.median)}, p10 ${num(fills.p10)}, p90 ${num(fills.p90)}` : '—'})`,
    );
    lines.push(
      `  Internal MoM fills        ${s.windows.map((w) => `m${w.fromMonth}-${w.toMonth}: ${num(w.medianInternalFills)} (${pct(w.shareOfRuns)}; ${w.internalShare === null ? 'n/a' : pct(w.internalShare)} inside)`).join('  ')}`,
    );
    lines.push("                            median per window (share of runs with 1+; share of the window's MoM fills made inside)");
    const r = s.endHeadcountRatio;
    lines.push(
      `  Headcount                 ${s.startHeadcount} → median ${r ? Math.round(r.median * s.startHeadcount) : '—'}${r ? ` (${signedPct(r.median - 1)}; p10 ${signedPct(r.p10 - 1)}, p90 ${signedPct(r.p90 - 1)})` : ''}`,
    );
    lines.push(`  Layers                    at most ${s.maxLayers} (limit ${report.layerLimit})`);
    lines.push(`  MoM span at the end       ${s.momSpan ? `median ${num(s.momSpan.median)}, p10 ${num(s.momSpan.p10)}, p90 ${num(s.momSpan.p90)}` : '—'}`);
    lines.push(`  Bench strength (median)   ${s.bench.map((b) => `m${b.month}: ${b.median === null ? '—' : pct(b.median)}`).join('  ')}`);
    lines.push('');
  }
  const rows = report.targets.map((t) => [t.met ? 'met' : 'NOT MET', t.scenario, t.what, t.expected, t.shown]);
  const header = ['', 'scenario', 'target', 'expected', 'value'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  lines.push(line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '');
  lines.push(`${report.met} of ${report.targets.length} targets met`);
  return `${lines.join('\n')}\n`;
}
