/**
 * Monte Carlo (DOMAIN.md "The simulation"): the same scenario over many seeds. For each unit of today's org,
 * the probability that a manager-of-managers node emerges in its line by the last month, the median month it
 * does, and the probability it is filled internally; and fan charts (p10, p50, p90) over time.
 */
import type { FileProblem } from '../ipc';
import { err, ok, type Result } from '../model/result';
import { ancestorsOf } from '../model/tree';
import type { Scenario, UnitId } from '../model/types';
import { play } from './play';
import { tableValues } from '../model/lookup';

export interface UnitOdds {
  readonly unitId: UnitId;
  readonly name: string;
  /** Share of runs in which a MoM node emerged in this unit's line (the unit or below it). */
  readonly probability: number;
  /** Median month of the first such node, over the runs where one emerged. */
  readonly medianMonth: number | null;
  /** Of those nodes, the share filled from inside by the end of the run. */
  readonly internalFill: number | null;
}

export interface FanBand {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

export interface FanPoint {
  readonly month: number;
  readonly headcount: FanBand;
  readonly moms: FanBand;
  readonly vacancies: FanBand;
  readonly internalFillRate: FanBand | null;
}

export interface MonteCarloResult {
  readonly runs: number;
  readonly months: number;
  readonly units: readonly UnitOdds[];
  readonly fan: readonly FanPoint[];
}

/** The q-quantile of sorted values (nearest rank): `quantile([1, 2, 3, 4], 0.5)` → 2. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const band = (values: number[]): FanBand => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p10: quantile(sorted, 0.1), p50: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) };
};

/**
 * What one run contributes to a Monte Carlo summary, small enough to send between threads. `firstMonth` and
 * `filledInside` follow the order of today's units (`Object.values(scenario.org.units)`).
 */
export interface RunDigest {
  /** The run's number: it ran with the scenario's seed plus this. */
  readonly run: number;
  /** Per unit of today's org: the month of the first MoM node in its line, or -1 when none emerged. */
  readonly firstMonth: readonly number[];
  /** Per unit: whether that first node was filled from inside by the end of the run. */
  readonly filledInside: readonly boolean[];
  /** Per month 0..months. */
  readonly headcount: readonly number[];
  readonly moms: readonly number[];
  readonly vacancies: readonly number[];
  readonly internalFillRate: readonly (number | null)[];
}

/**
 * Run number `run` of a Monte Carlo batch (seed = the scenario's seed + `run`) and keep only what the summary
 * needs. A pure function of (scenario, run, months): which thread or worker runs it changes nothing.
 */
export function monteCarloRun(scenario: Scenario, run: number, months: number): Result<RunDigest, FileProblem[]> {
  // Played keeping only the units tables of the months a MoM role emerged in (a line's ancestors are all a digest
  // reads of the orgs) and no log.
  const result = play(scenario, { months, seed: scenario.simulation.seed + run, detail: 'summary' }, 'lines', false);
  if (!result.ok) return err(result.error);
  const original = tableValues(scenario.org.units);
  const position = new Map<UnitId, number>(original.map((u, i) => [u.id, i]));
  const firstMonth = original.map(() => -1);
  const filledInside = original.map(() => false);
  for (const record of result.value.emergent) {
    if (record.role === 'EM') continue;
    const org = { ...scenario.org, units: result.value.units[record.month]! };
    // A node is in the line of the unit it came from too: a sibling group split off beside Product
    // Engineering (rule 2, sideways) emerged because of Product Engineering.
    const line = new Set<UnitId>([record.unitId, ...ancestorsOf(org, record.unitId), ...(record.sourceUnitId ? [record.sourceUnitId] : [])]);
    for (const id of line) {
      const at = position.get(id);
      if (at === undefined || firstMonth[at] !== -1) continue;
      firstMonth[at] = record.month;
      filledInside[at] = record.filled?.how === 'internal';
    }
  }
  const metrics = result.value.metrics;
  return ok({
    run,
    firstMonth,
    filledInside,
    headcount: metrics.map((m) => m.headcount),
    moms: metrics.map((m) => m.moms),
    vacancies: metrics.map((m) => m.vacancies),
    internalFillRate: metrics.map((m) => m.internalFillRate),
  });
}

/**
 * Split runs `0..runs-1` into `workers` contiguous chunks, as even as possible (larger first), leaving out empty
 * ones: `monteCarloChunks(10, 3)` → `[{ from: 0, to: 4 }, { from: 4, to: 7 }, { from: 7, to: 10 }]`.
 */
export function monteCarloChunks(runs: number, workers: number): { from: number; to: number }[] {
  const n = Math.max(1, Math.min(Math.floor(workers), runs));
  const chunks: { from: number; to: number }[] = [];
  for (let i = 0, from = 0; i < n; i++) {
    const size = Math.floor(runs / n) + (i < runs % n ? 1 : 0);
    if (size > 0) chunks.push({ from, to: from + size });
    from += size;
  }
  return chunks;
}

/**
 * The summary of a batch from its runs' digests, in any order (they are put in run order first, so the result
 * never depends on how many workers ran them or which finished first).
 */
export function summarizeMonteCarlo(scenario: Scenario, months: number, digests: readonly RunDigest[]): MonteCarloResult {
  const ordered = [...digests].sort((a, b) => a.run - b.run);
  const runs = ordered.length;
  const units = Object.values(scenario.org.units).map((unit, i): UnitOdds => {
    const hits: number[] = [];
    let inside = 0;
    for (const d of ordered) {
      if (d.firstMonth[i] === -1) continue;
      hits.push(d.firstMonth[i]!);
      if (d.filledInside[i]) inside++;
    }
    return {
      unitId: unit.id,
      name: unit.name,
      probability: runs === 0 ? 0 : hits.length / runs,
      medianMonth:
        hits.length === 0
          ? null
          : quantile(
              hits.sort((a, b) => a - b),
              0.5,
            ),
      internalFill: hits.length === 0 ? null : inside / hits.length,
    };
  });
  const fan: FanPoint[] = [];
  for (let m = 0; m <= months; m++) {
    const fills = ordered.map((d) => d.internalFillRate[m] ?? null).filter((x): x is number => x !== null);
    fan.push({
      month: m,
      headcount: band(ordered.map((d) => d.headcount[m]!)),
      moms: band(ordered.map((d) => d.moms[m]!)),
      vacancies: band(ordered.map((d) => d.vacancies[m]!)),
      internalFillRate: fills.length === 0 ? null : band(fills),
    });
  }
  return { runs, months, units, fan };
}

/** Run `runs` seeds (the scenario's seed, then the next ones) on this thread and summarise. */
export function monteCarlo(
  scenario: Scenario,
  options: { runs: number; months?: number; onRun?: (done: number, of: number) => void },
): Result<MonteCarloResult, FileProblem[]> {
  const months = options.months ?? scenario.simulation.months;
  const runs = Math.max(1, Math.floor(options.runs));
  const digests: RunDigest[] = [];
  for (let r = 0; r < runs; r++) {
    const digest = monteCarloRun(scenario, r, months);
    if (!digest.ok) return err(digest.error);
    digests.push(digest.value);
    options.onRun?.(r + 1, runs);
  }
  return ok(summarizeMonteCarlo(scenario, months, digests));
}
