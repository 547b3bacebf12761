/**
 * Two variants compared on the same futures (DOMAIN.md "Time and randomness"): run r of each uses the same seed,
 * and with one stream per purpose and per person the runs differ by the variants' events, not by noise. So the
 * difference is taken per run (b − a) and summarised (median, p10-p90), never as two separate spreads.
 */
import type { Scenario, UnitId } from '../model/types';
import { quantile, type RunDigest } from './monteCarlo';

export interface DifferenceBand {
  readonly p10: number;
  readonly median: number;
  readonly p90: number;
}

export interface MonthDifference {
  readonly month: number;
  readonly headcount: DifferenceBand;
  readonly moms: DifferenceBand;
  readonly vacancies: DifferenceBand;
  /** Over the runs where both variants have filled a MoM role by then; null when none has. */
  readonly internalFillRate: DifferenceBand | null;
}

export interface UnitOddsDifference {
  readonly unitId: UnitId;
  readonly name: string;
  /** The share of runs in which a MoM node emerged in the unit's line, in each variant, and b − a. */
  readonly a: number;
  readonly b: number;
  readonly difference: number;
  /** Runs in which it emerged in one variant and not in the other (the same seed), each way. */
  readonly onlyA: number;
  readonly onlyB: number;
}

export interface MonteCarloComparison {
  readonly runs: number;
  readonly months: number;
  readonly byMonth: readonly MonthDifference[];
  /** The units both variants have today, by id. */
  readonly units: readonly UnitOddsDifference[];
}

const band = (values: number[]): DifferenceBand => {
  const sorted = values.sort((x, y) => x - y);
  return { p10: quantile(sorted, 0.1), median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) };
};

/**
 * Compare variant b with variant a from their runs' digests (`monteCarloRun`), paired by run number. Runs that
 * only one side has are left out. `compareMonteCarlo(a, b, digestsA, digestsB).byMonth[12].headcount.median`.
 */
export function compareMonteCarlo(
  a: Scenario,
  b: Scenario,
  digestsA: readonly RunDigest[],
  digestsB: readonly RunDigest[],
  months: number,
): MonteCarloComparison {
  const byRun = new Map(digestsB.map((d) => [d.run, d]));
  const pairs = [...digestsA]
    .sort((x, y) => x.run - y.run)
    .flatMap((d) => {
      const other = byRun.get(d.run);
      return other ? [[d, other] as const] : [];
    });
  const byMonth: MonthDifference[] = [];
  for (let m = 0; m <= months; m++) {
    const fills = pairs.flatMap(([x, y]) => {
      const fx = x.internalFillRate[m] ?? null;
      const fy = y.internalFillRate[m] ?? null;
      return fx === null || fy === null ? [] : [fy - fx];
    });
    byMonth.push({
      month: m,
      headcount: band(pairs.map(([x, y]) => y.headcount[m]! - x.headcount[m]!)),
      moms: band(pairs.map(([x, y]) => y.moms[m]! - x.moms[m]!)),
      vacancies: band(pairs.map(([x, y]) => y.vacancies[m]! - x.vacancies[m]!)),
      internalFillRate: fills.length === 0 ? null : band(fills),
    });
  }
  const positionA = new Map(Object.keys(a.org.units).map((id, i) => [id, i]));
  const positionB = new Map(Object.keys(b.org.units).map((id, i) => [id, i]));
  const n = pairs.length;
  const units = Object.values(a.org.units).flatMap((unit): UnitOddsDifference[] => {
    const ia = positionA.get(unit.id)!;
    const ib = positionB.get(unit.id);
    if (ib === undefined) return [];
    let inA = 0;
    let inB = 0;
    let onlyA = 0;
    let onlyB = 0;
    for (const [x, y] of pairs) {
      const ea = x.firstMonth[ia] !== -1;
      const eb = y.firstMonth[ib] !== -1;
      if (ea) inA++;
      if (eb) inB++;
      if (ea && !eb) onlyA++;
      if (eb && !ea) onlyB++;
    }
    const pa = n === 0 ? 0 : inA / n;
    const pb = n === 0 ? 0 : inB / n;
    return [{ unitId: unit.id, name: unit.name, a: pa, b: pb, difference: pb - pa, onlyA, onlyB }];
  });
  return { runs: n, months, byMonth, units };
}
