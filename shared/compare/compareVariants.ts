/**
 * Variants compared on the same futures (issue 12; DOMAIN.md "Time and randomness"): every variant is simulated
 * with the same seed, so with one random stream per purpose and per person they differ by their events and
 * edits, not by noise. At a chosen month: a table of metric deltas against the first variant, an org diff of
 * each other variant against the first, the MoM roles that emerge in one and not the other, and each variant's
 * timeline for overlaid charts. Takes standalone Scenarios, not variant names.
 */
import type { FileProblem } from '../ipc';
import { err, ok, type Result } from '../model/result';
import type { Org, Policy, Scenario, ScenarioEvent, UnitId } from '../model/types';
import { forecastEmergence, type MomEmergence, type RoleTitle } from '../forecast/forecast';
import { simulate, type EmergentRecord, type MonthMetrics } from '../simulation/simulate';
import { monteCarloRun, type RunDigest } from '../simulation/monteCarlo';
import { compareMonteCarlo, type MonteCarloComparison } from '../simulation/compare';
import { orgDiff, type OrgDiff } from './orgDiff';

/** A variant to compare: its name (for tables and captions) and the standalone scenario it is. */
export interface VariantInput {
  readonly name: string;
  readonly scenario: Scenario;
}

/** The metrics the comparison tabulates, in table order (MonthMetrics' fields). */
export type CompareMetric = 'headcount' | 'teams' | 'managers' | 'moms' | 'layers' | 'vacancies' | 'internalFillRate' | 'benchStrength';

/** Each metric with its label and whether it is a count or a share (0..1). */
export const COMPARE_METRICS: readonly { readonly key: CompareMetric; readonly label: string; readonly kind: 'count' | 'share' }[] = [
  { key: 'headcount', label: 'Headcount', kind: 'count' },
  { key: 'teams', label: 'Teams', kind: 'count' },
  { key: 'managers', label: 'Managers', kind: 'count' },
  { key: 'moms', label: 'Managers of managers', kind: 'count' },
  { key: 'layers', label: 'Layers', kind: 'count' },
  { key: 'vacancies', label: 'Vacancies', kind: 'count' },
  { key: 'internalFillRate', label: 'MoM roles filled inside', kind: 'share' },
  { key: 'benchStrength', label: 'Bench strength', kind: 'share' },
];

/** One metric at the compared month: each variant's value (variants' order) and its delta against the first. */
export interface MetricRow {
  readonly metric: CompareMetric;
  readonly label: string;
  readonly kind: 'count' | 'share';
  /** null when there is nothing to measure (no MoM fill yet, no MoM role). */
  readonly values: readonly (number | null)[];
  /** `values[i] − values[0]` (0 for the first); null when either is null. */
  readonly deltas: readonly (number | null)[];
}

/** A MoM role of today's forecast on the compared month's org (a ghost: "would emerge now"). */
export interface ForecastRole {
  /** The forecast's id (`emerge:group:<unit it came from>:<part>`). */
  readonly id: string;
  /** The ghost's id in that variant's projected org. */
  readonly unitId: UnitId;
  readonly name: string;
  readonly role: RoleTitle;
  readonly mode: MomEmergence['mode'];
}

/**
 * MoM roles (Director and up) in one variant and not the other. Records are matched by rule, role and the name
 * of the unit they emerged as (ids differ between runs; the rules name units after where they come from), in
 * month order; a role both have at different months is listed under `timing`, not as a difference.
 */
export interface EmergenceDiff {
  readonly onlyA: readonly EmergentRecord[];
  readonly onlyB: readonly EmergentRecord[];
  readonly timing: readonly { readonly unit: string; readonly role: RoleTitle; readonly monthA: number; readonly monthB: number }[];
}

export interface ForecastDiff {
  readonly onlyA: readonly ForecastRole[];
  readonly onlyB: readonly ForecastRole[];
}

/** Variant `name` (b) against the first variant (a) at the compared month. */
export interface VariantDiff {
  readonly name: string;
  readonly org: OrgDiff;
  /** Roles that emerged in months 1..month (records of the run). */
  readonly emergent: EmergenceDiff;
  /** MoM roles the forecast finds on each side's org at the month; null when asked not to forecast. */
  readonly forecast: ForecastDiff | null;
}

/** One variant's run as the comparison keeps it. */
export interface ComparedVariant {
  readonly name: string;
  readonly policy: Policy;
  /** The org at the compared month. */
  readonly org: Org;
  /** Month 0 through the horizon, for overlaid timeline charts. */
  readonly series: readonly MonthMetrics[];
  /** MoM roles that emerged in months 1..month, each filled only if it was filled by then. */
  readonly emergent: readonly EmergentRecord[];
  /** Today's forecast on the month's org: the MoM roles it would add now (empty when asked not to forecast). */
  readonly forecast: readonly ForecastRole[];
}

export interface VariantComparison {
  readonly month: number;
  readonly seed: number;
  /** The last month run (≥ month): far enough for every variant's events. */
  readonly horizon: number;
  readonly variants: readonly ComparedVariant[];
  readonly metrics: readonly MetricRow[];
  /** `diffs[i]` is `variants[i + 1]` against `variants[0]`. */
  readonly diffs: readonly VariantDiff[];
}

export type CompareError =
  | { readonly code: 'no-variants' }
  | { readonly code: 'duplicate-name'; readonly name: string }
  | { readonly code: 'bad-month'; readonly month: number }
  | { readonly code: 'invalid-variant'; readonly variant: string; readonly problems: readonly FileProblem[] };

export interface CompareOptions {
  /** The seed every variant runs with; default the first variant's. */
  readonly seed?: number;
  /** Run (and chart) at least this far; default the month, or the last month any variant's events need. */
  readonly horizon?: number;
  /** Find today's forecast on each month's org too (default true). */
  readonly forecast?: boolean;
  /** Progress: called after each month of each variant's run. */
  readonly onProgress?: (done: number, of: number) => void;
}

/** A sentence for a compare error: "Series B: events[0].month: Month 40 is outside the run (months 1 to 36)." */
export function compareErrorMessage(e: CompareError): string {
  switch (e.code) {
    case 'no-variants':
      return 'There is nothing to compare: no variants.';
    case 'duplicate-name':
      return `Two variants are called “${e.name}”.`;
    case 'bad-month':
      return `Month ${e.month} can't be compared: give a whole number of months, 0 or more.`;
    case 'invalid-variant':
      return e.problems.map((p) => `${e.variant}: ${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n');
  }
}

/** The last month a scenario's events reach (0 with none; months that aren't whole numbers are left to validation). */
export function lastEventMonth(events: readonly ScenarioEvent[]): number {
  return events.reduce((last, e) => {
    const m = e.kind === 'growth' ? e.toMonth : e.month;
    return Number.isInteger(m) ? Math.max(last, m) : last;
  }, 0);
}

/**
 * The months a comparison runs: the month asked, and the months each variant's events need, up to that variant's
 * own run length (an event past it is refused, as the variant's own run would refuse it).
 */
const horizonFor = (scenarios: readonly Scenario[], month: number, at = 0): number =>
  Math.max(month, at, ...scenarios.map((s) => Math.min(lastEventMonth(s.events), Math.max(s.simulation.months, month))));

const isMomRecord = (r: EmergentRecord): boolean => r.role !== 'EM';

function forecastRoles(org: Org, policy: Policy): ForecastRole[] {
  return forecastEmergence(org, policy).emergent.flatMap((e) =>
    e.kind === 'mom' ? [{ id: e.id, unitId: e.unitId, name: e.name, role: e.role, mode: e.mode }] : [],
  );
}

/** Pair items of `a` and `b` with equal keys, in order; what is left is in one only. */
function pairByKey<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): { pairs: [T, T][]; onlyA: T[]; onlyB: T[] } {
  const pool = new Map<string, T[]>();
  for (const y of b) {
    const k = key(y);
    const list = pool.get(k);
    if (list) list.push(y);
    else pool.set(k, [y]);
  }
  const pairs: [T, T][] = [];
  const onlyA: T[] = [];
  for (const x of a) {
    const y = pool.get(key(x))?.shift();
    if (y === undefined) onlyA.push(x);
    else pairs.push([x, y]);
  }
  const used = new Set(pairs.map(([, y]) => y));
  return { pairs, onlyA, onlyB: b.filter((y) => !used.has(y)) };
}

/** Compare the MoM roles that emerged in two runs: in one only, or in both at different months. */
export function emergenceDiff(a: readonly EmergentRecord[], b: readonly EmergentRecord[]): EmergenceDiff {
  const { pairs, onlyA, onlyB } = pairByKey(a.filter(isMomRecord), b.filter(isMomRecord), (r) => `${r.rule}\u0000${r.role}\u0000${r.unit}`);
  const timing = pairs.filter(([x, y]) => x.month !== y.month).map(([x, y]) => ({ unit: x.unit, role: x.role, monthA: x.month, monthB: y.month }));
  return { onlyA, onlyB, timing };
}

/** Compare the forecast's MoM roles on two orgs, matched by role and name. */
export function forecastDiff(a: readonly ForecastRole[], b: readonly ForecastRole[]): ForecastDiff {
  const { onlyA, onlyB } = pairByKey(a, b, (r) => `${r.role}\u0000${r.name}`);
  return { onlyA, onlyB };
}

/**
 * Run every variant with the same seed up to `month` (or further, see `horizon`) and compare them there.
 * `compareVariants([{ name: 'Baseline', scenario }, { name: 'Series B', scenario: funded }], 18).metrics[0].deltas[1]`
 * → the extra headcount Series B has in month 18.
 */
export function compareVariants(variants: readonly VariantInput[], month: number, options: CompareOptions = {}): Result<VariantComparison, CompareError> {
  if (variants.length === 0) return err({ code: 'no-variants' });
  if (!Number.isInteger(month) || month < 0) return err({ code: 'bad-month', month });
  const names = new Set<string>();
  for (const v of variants) {
    if (names.has(v.name)) return err({ code: 'duplicate-name', name: v.name });
    names.add(v.name);
  }
  const seed = options.seed ?? variants[0]!.scenario.simulation.seed;
  const horizon = horizonFor(
    variants.map((v) => v.scenario),
    month,
    options.horizon,
  );
  const total = horizon * variants.length;
  const compared: ComparedVariant[] = [];
  for (const [i, v] of variants.entries()) {
    const run = simulate(v.scenario, { months: horizon, seed, onMonth: options.onProgress ? (m) => options.onProgress!(i * horizon + m, total) : undefined });
    if (!run.ok) return err({ code: 'invalid-variant', variant: v.name, problems: run.error });
    const org = run.value.orgs[month]!;
    const emergent = run.value.emergent
      .filter((r) => r.month <= month && isMomRecord(r))
      .map((r) => (r.filled && r.filled.month > month ? { ...r, filled: null } : r));
    compared.push({
      name: v.name,
      policy: v.scenario.policy,
      org,
      series: run.value.metrics,
      emergent,
      forecast: options.forecast === false ? [] : forecastRoles(org, v.scenario.policy),
    });
  }
  const metrics: MetricRow[] = COMPARE_METRICS.map(({ key, label, kind }) => {
    const values = compared.map((c) => c.series[month]![key]);
    const first = values[0]!;
    return { metric: key, label, kind, values, deltas: values.map((x) => (x === null || first === null ? null : x - first)) };
  });
  const [base, ...others] = compared;
  // Units both variants started from (month 0) are the same unit by id; what a run made is matched by name too.
  const startIds = (i: number) => Object.keys(variants[i]!.scenario.org.units);
  const firstIds = new Set(startIds(0));
  const diffs = others.map((c, i): VariantDiff => ({
    name: c.name,
    org: orgDiff(base!.org, c.org, { sharedIds: startIds(i + 1).filter((id) => firstIds.has(id)) }),
    emergent: emergenceDiff(base!.emergent, c.emergent),
    forecast: options.forecast === false ? null : forecastDiff(base!.forecast, c.forecast),
  }));
  return ok({ month, seed, horizon, variants: compared, metrics, diffs });
}

/** How a unit differs, for highlighting: added (green), removed (red), moved (amber), an emerging MoM role (purple). */
export type DiffMark = 'added' | 'removed' | 'moved' | 'emerging';

/**
 * The marks on one side's canvas, by that side's unit ids: `a` gets removed and moved, `b` added and moved;
 * `emerging` (that side's unit ids) adds the purple mark. `diffMarks(diff, 'b').get(id)` → `['added']`.
 */
export function diffMarks(diff: OrgDiff, side: 'a' | 'b', emerging: Iterable<UnitId> = []): Map<UnitId, DiffMark[]> {
  const marks = new Map<UnitId, DiffMark[]>();
  const add = (id: UnitId, mark: DiffMark) => {
    const list = marks.get(id);
    if (!list) marks.set(id, [mark]);
    else if (!list.includes(mark)) list.push(mark);
  };
  for (const u of side === 'a' ? diff.removed : diff.added) add(u.id, side === 'a' ? 'removed' : 'added');
  for (const m of diff.moved) add(m[side], 'moved');
  for (const id of emerging) add(id, 'emerging');
  return marks;
}

/**
 * The marks on each variant's chart at the compared month (variants' order). The first variant's chart shows what
 * every other variant removed, moved or lacks of its emerging MoM roles; each other chart shows its own diff
 * against the first. Only units in that month's org are marked.
 */
export function comparisonMarks(comparison: VariantComparison): Map<UnitId, DiffMark[]>[] {
  const emergingIn = (c: ComparedVariant, records: readonly EmergentRecord[]): UnitId[] =>
    records.map((r) => r.unitId).filter((id) => c.org.units[id] !== undefined);
  const [base, ...others] = comparison.variants;
  const first = new Map<UnitId, DiffMark[]>();
  const rest = comparison.diffs.map((d, i) => {
    for (const [id, marks] of diffMarks(d.org, 'a', emergingIn(base!, d.emergent.onlyA))) {
      const list = first.get(id) ?? [];
      for (const m of marks) if (!list.includes(m)) list.push(m);
      first.set(id, list);
    }
    return diffMarks(d.org, 'b', emergingIn(others[i]!, d.emergent.onlyB));
  });
  return base ? [first, ...rest] : [];
}

export type MonteCarloCompareError = { readonly code: 'bad-runs'; readonly runs: number } | CompareError;

/**
 * Monte Carlo of variant b against variant a, run by run on the same seeds (a's seed plus the run number for both):
 * the difference per run summarised as median and p10-p90 (`compareMonteCarlo`). Runs as far as the events need
 * and keeps months 0..`months`. `compareVariantsMonteCarlo(base, funded, 200, 24).value.byMonth[24].headcount.median`.
 */
export function compareVariantsMonteCarlo(
  a: VariantInput,
  b: VariantInput,
  runs: number,
  months: number,
  options: { readonly onRun?: (done: number, of: number) => void } = {},
): Result<MonteCarloComparison, MonteCarloCompareError> {
  if (!Number.isInteger(runs) || runs < 0) return err({ code: 'bad-runs', runs });
  if (!Number.isInteger(months) || months < 0) return err({ code: 'bad-month', month: months });
  const { a: sa, b: sb, horizon } = pairedMonteCarlo(a.scenario, b.scenario, months);
  const digestsA: RunDigest[] = [];
  const digestsB: RunDigest[] = [];
  for (let r = 0; r < runs; r++) {
    for (const [v, scenario, out] of [
      [a, sa, digestsA],
      [b, sb, digestsB],
    ] as const) {
      const d = monteCarloRun(scenario, r, horizon);
      if (!d.ok) return err({ code: 'invalid-variant', variant: v.name, problems: d.error });
      out.push(digestUpTo(d.value, months));
    }
    options.onRun?.(r + 1, runs);
  }
  return ok(compareMonteCarlo(sa, sb, digestsA, digestsB, months));
}

/**
 * What a Monte Carlo comparison runs, for callers that spread the runs over workers themselves: both scenarios on
 * a's seed (common random numbers), and the months each run needs for the events of both. Run
 * `monteCarloRun(a, r, horizon)` and `monteCarloRun(b, r, horizon)` for each r, keep `digestUpTo(d, months)`, then
 * `compareMonteCarlo(a, b, digestsA, digestsB, months)`; that is all `compareVariantsMonteCarlo` does.
 */
export function pairedMonteCarlo(a: Scenario, b: Scenario, months: number): { a: Scenario; b: Scenario; horizon: number } {
  const sb: Scenario = { ...b, simulation: { ...b.simulation, seed: a.simulation.seed } };
  return { a, b: sb, horizon: horizonFor([a, sb], months) };
}

/** A run's digest as if the run had stopped at `months` (a month depends only on the months before it). */
export function digestUpTo(d: RunDigest, months: number): RunDigest {
  if (d.headcount.length <= months + 1) return d;
  const keep = d.firstMonth.map((m) => m !== -1 && m <= months);
  return {
    run: d.run,
    firstMonth: d.firstMonth.map((m, i) => (keep[i] ? m : -1)),
    // Filled inside by the end of the longer run: the best the digest says; compareMonteCarlo doesn't read it.
    filledInside: d.filledInside.map((f, i) => keep[i]! && f),
    headcount: d.headcount.slice(0, months + 1),
    moms: d.moms.slice(0, months + 1),
    vacancies: d.vacancies.slice(0, months + 1),
    internalFillRate: d.internalFillRate.slice(0, months + 1),
  };
}
