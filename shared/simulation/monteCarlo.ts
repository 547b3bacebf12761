/**
 * Monte Carlo (DOMAIN.md "The simulation"): the same scenario over many seeds. For each unit of today's org,
 * the probability that a manager-of-managers node emerges in its line by the last month, the median month it
 * does, and the probability it is filled internally; and fan charts (p10, p50, p90) over time.
 */
import type { FileProblem } from '../ipc';
import { err, ok, type Result } from '../model/result';
import { ancestorsOf } from '../model/tree';
import type { Scenario, UnitId } from '../model/types';
import { simulate, type MonthMetrics } from './simulate';

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

/** Run `runs` seeds (the scenario's seed, then the next ones) and summarise. */
export function monteCarlo(scenario: Scenario, options: { runs: number; months?: number; onRun?: (done: number, of: number) => void }): Result<MonteCarloResult, FileProblem[]> {
  const months = options.months ?? scenario.simulation.months;
  const runs = Math.max(1, Math.floor(options.runs));
  const original = Object.values(scenario.org.units);
  const firstMonth = new Map<UnitId, number[]>();
  const filledInside = new Map<UnitId, number>();
  const metrics: MonthMetrics[][] = [];
  for (let r = 0; r < runs; r++) {
    const result = simulate(scenario, { months, seed: scenario.simulation.seed + r });
    if (!result.ok) return err(result.error);
    metrics.push([...result.value.metrics]);
    const seen = new Set<UnitId>();
    for (const record of result.value.emergent) {
      if (record.role === 'EM') continue;
      const org = result.value.orgs[record.month]!;
      // A node is in the line of the unit it came from too: a sibling group split off beside Product
      // Engineering (rule 2, sideways) emerged because of Product Engineering.
      const line = new Set<UnitId>([record.unitId, ...ancestorsOf(org, record.unitId), ...(record.sourceUnitId ? [record.sourceUnitId] : [])]);
      for (const unit of original) {
        if (seen.has(unit.id) || !line.has(unit.id)) continue;
        seen.add(unit.id);
        firstMonth.set(unit.id, [...(firstMonth.get(unit.id) ?? []), record.month]);
        if (record.filled?.how === 'internal') filledInside.set(unit.id, (filledInside.get(unit.id) ?? 0) + 1);
      }
    }
    options.onRun?.(r + 1, runs);
  }
  const units = original.map((unit): UnitOdds => {
    const hits = firstMonth.get(unit.id) ?? [];
    return {
      unitId: unit.id,
      name: unit.name,
      probability: hits.length / runs,
      medianMonth: hits.length === 0 ? null : quantile([...hits].sort((a, b) => a - b), 0.5),
      internalFill: hits.length === 0 ? null : (filledInside.get(unit.id) ?? 0) / hits.length,
    };
  });
  const fan: FanPoint[] = [];
  for (let m = 0; m <= months; m++) {
    const at = metrics.map((run) => run[m]!);
    const fills = at.map((x) => x.internalFillRate).filter((x): x is number => x !== null);
    fan.push({ month: m, headcount: band(at.map((x) => x.headcount)), moms: band(at.map((x) => x.moms)), vacancies: band(at.map((x) => x.vacancies)), internalFillRate: fills.length === 0 ? null : band(fills) });
  }
  return ok({ runs, months, units, fan });
}
