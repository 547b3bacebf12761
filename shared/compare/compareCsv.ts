/** The comparison's metric table as CSV, for a spreadsheet: one row per metric, a column per variant, then the deltas. */
import Papa from 'papaparse';
import { escapeCell } from '../csv/peopleCsv';
import type { VariantComparison } from './compareVariants';

/** A number as a spreadsheet reads it: counts whole, shares to four decimals; blank for nothing to measure. */
const cell = (value: number | null): string => (value === null ? '' : String(Math.round(value * 10_000) / 10_000));

/**
 * `comparisonCsv(c)` → `"Metric,Month,Baseline,Series B,Series B − Baseline\nHeadcount,18,70,82,12\n…"`. Shares
 * (internal fill, bench strength) are fractions (0.5 = 50%); a blank cell has nothing to measure. Names are
 * escaped against spreadsheet formulas; numbers are written plain (a negative delta stays a number).
 */
export function comparisonCsv(comparison: VariantComparison): string {
  const names = comparison.variants.map((v) => v.name);
  const first = names[0] ?? '';
  const header = ['Metric', 'Month', ...names, ...names.slice(1).map((n) => `${n} − ${first}`)].map(escapeCell);
  const rows = comparison.metrics.map((row) => [escapeCell(row.label), String(comparison.month), ...row.values.map(cell), ...row.deltas.slice(1).map(cell)]);
  return `${Papa.unparse([header, ...rows], { newline: '\n' })}\n`;
}
