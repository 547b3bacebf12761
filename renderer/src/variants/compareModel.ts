/**
 * What the compare view shows, worked out from a comparison (shared/compare): which variants and month it opens
 * on, the numbers of the delta table as text, the overlaid charts' rows, and the org diff as sentences. Pure.
 */
import {
  activeVariantName,
  plural,
  variantNames,
  variantScenario,
  type DifferenceBand,
  type MonthMetrics,
  type Scenario,
  type VariantComparison,
  type VariantInput,
} from '../../../shared';

/** One colour per variant, in the order chosen (charts, legends, captions). */
export const VARIANT_COLOURS: readonly string[] = ['#3d63dd', '#d9363e', '#2f9e5a', '#b07410', '#7c3aed', '#0e8fa3'];
export const colourOf = (index: number): string => VARIANT_COLOURS[index % VARIANT_COLOURS.length]!;

/** The most variants compared at once: beyond this the side-by-side charts are too narrow to read. */
export const MAX_COMPARED = 4;

/**
 * The variants the view opens with: the one being edited and the one before it in the switcher (the first is the
 * one the deltas are against), so "Baseline" and "Series B" after duplicating the baseline as Series B.
 */
export function defaultChosen(scenario: Scenario): string[] {
  const names = variantNames(scenario);
  const active = activeVariantName(scenario);
  const at = names.indexOf(active);
  if (names.length < 2) return [...names];
  const other = at > 0 ? names[at - 1]! : names[1]!;
  return names.filter((n) => n === active || n === other);
}

/** The month the view opens on: the run length of the variant being edited (18 when it is not a positive whole number). */
export function defaultMonth(scenario: Scenario): number {
  const months = scenario.simulation.months;
  return Number.isInteger(months) && months > 0 ? months : 18;
}

/** The chosen variants as standalone scenarios, in the switcher's order (names no variant has are skipped). */
export function compareInputs(scenario: Scenario, chosen: readonly string[]): VariantInput[] {
  return variantNames(scenario).flatMap((name) => {
    if (!chosen.includes(name)) return [];
    const s = variantScenario(scenario, name);
    return s ? [{ name, scenario: s }] : [];
  });
}

/** A value of the table: a count as is, a share as a percentage; "—" when there is nothing to measure. `formatValue(0.5, 'share')` → `'50%'`. */
export function formatValue(value: number | null, kind: 'count' | 'share'): string {
  if (value === null) return '—';
  return kind === 'share' ? `${Math.round(value * 100)}%` : String(value);
}

/** A delta with its sign: `formatDelta(12, 'count')` → `'+12'`; a share's delta in percentage points: `formatDelta(-0.1, 'share')` → `'−10 pts'`. */
export function formatDelta(delta: number | null, kind: 'count' | 'share'): string {
  if (delta === null) return '—';
  const n = kind === 'share' ? Math.round(delta * 100) : delta;
  const sign = n > 0 ? '+' : n < 0 ? '−' : '±';
  return `${sign}${Math.abs(n)}${kind === 'share' ? ' pts' : ''}`;
}

/** A Monte Carlo difference: `formatBand({ p10: 2, median: 9, p90: 15 })` → `'+9 (+2 to +15)'`. */
export function formatBand(band: DifferenceBand | null, share = false): string {
  if (band === null) return '—';
  const one = (x: number) => formatDelta(share ? x : Math.round(x * 10) / 10, share ? 'share' : 'count');
  return `${one(band.median)} (${one(band.p10)} to ${one(band.p90)})`;
}

/** Chart keys, one per variant: `v0`, `v1`, … (names can hold anything, so they aren't used as keys). */
export const seriesKey = (index: number): string => `v${index}`;

/**
 * Rows for overlaid charts of one metric: `{ month, v0, v1, … }` for months 0..horizon; shares as percentages.
 * A variant whose series is shorter leaves its key out.
 */
export function overlaidRows(comparison: VariantComparison, metric: keyof MonthMetrics, share = false): Record<string, number | null>[] {
  return Array.from({ length: comparison.horizon + 1 }, (_, month) => {
    const row: Record<string, number | null> = { month };
    comparison.variants.forEach((v, i) => {
      const m = v.series[month];
      if (!m) return;
      const value = m[metric] as number | null;
      row[seriesKey(i)] = value === null ? null : share ? value * 100 : value;
    });
    return row;
  });
}

/** The org diff of each other variant against the first, as short sentences for the list beside the charts. */
export function diffSentences(comparison: VariantComparison): { readonly name: string; readonly lines: readonly string[] }[] {
  const first = comparison.variants[0]?.name ?? '';
  const names = (refs: readonly { name: string }[]) => refs.map((r) => r.name).join(', ');
  return comparison.diffs.map((d) => {
    const lines: string[] = [];
    const { org, emergent, forecast } = d;
    if (org.added.length > 0) lines.push(`${plural(org.added.length, 'unit')} only in ${d.name}: ${names(org.added)}.`);
    if (org.removed.length > 0) lines.push(`${plural(org.removed.length, 'unit')} only in ${first}: ${names(org.removed)}.`);
    if (org.moved.length > 0)
      lines.push(
        `Moved: ${org.moved.map((m) => `${m.name} (under ${m.fromParent?.name ?? 'the top'} in ${first}, ${m.toParent?.name ?? 'the top'} in ${d.name})`).join('; ')}.`,
      );
    for (const [records, where] of [
      [emergent.onlyB, d.name],
      [emergent.onlyA, first],
    ] as const)
      for (const r of records)
        lines.push(
          `MoM role only in ${where}: ${r.role} of ${r.unit}, emerged in month ${r.month}${r.filled ? ` (filled ${r.filled.how === 'internal' ? 'inside' : 'from outside'})` : ' (still open)'}.`,
        );
    for (const t of emergent.timing) lines.push(`${t.role} of ${t.unit} emerges in month ${t.monthA} in ${first}, month ${t.monthB} in ${d.name}.`);
    if (forecast)
      for (const [roles, where] of [
        [forecast.onlyB, d.name],
        [forecast.onlyA, first],
      ] as const)
        for (const r of roles) lines.push(`The forecast at month ${comparison.month} needs a ${r.role} (${r.name}) only in ${where}.`);
    if (org.vacancies.onlyB.length > 0) lines.push(`Open roles only in ${d.name}: ${names(org.vacancies.onlyB)}.`);
    if (org.vacancies.onlyA.length > 0) lines.push(`Open roles only in ${first}: ${names(org.vacancies.onlyA)}.`);
    if (lines.length === 0) lines.push(`No difference in structure at month ${comparison.month}.`);
    return { name: d.name, lines };
  });
}

/** The file name of an export: "Northwind compare Baseline vs Series B m18.png". */
export function compareFileName(base: string, comparison: VariantComparison, extension: string): string {
  return `${base} compare ${comparison.variants.map((v) => v.name).join(' vs ')} m${comparison.month}.${extension}`;
}
