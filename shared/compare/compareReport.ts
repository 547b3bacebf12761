/**
 * A comparison as the headless report shows it: the `compare` object of `npm run simulate -- --compare … --json`
 * (a public contract, documented in the README; fields are only ever added) and the same as text for a terminal.
 */
import type { DifferenceBand, MonteCarloComparison } from '../simulation/compare';
import type { EmergentRecord } from '../simulation/simulate';
import { COMPARE_METRICS, type CompareMetric, type VariantComparison } from './compareVariants';

/** Variant b against variant a in Monte Carlo, as the CLI ran it. */
export interface NamedMonteCarlo {
  readonly a: string;
  readonly b: string;
  readonly result: MonteCarloComparison;
}

interface RoleJson {
  readonly month: number;
  readonly unit: string;
  readonly rule: string;
  readonly role: string;
  readonly filled: { readonly by: string; readonly how: 'internal' | 'external'; readonly month: number } | null;
}

/** The JSON `compare` object. */
export interface CompareJson {
  readonly month: number;
  readonly seed: number;
  readonly variants: readonly string[];
  readonly metrics: readonly {
    readonly metric: CompareMetric;
    readonly label: string;
    readonly values: readonly (number | null)[];
    readonly deltas: readonly (number | null)[];
  }[];
  /** Each variant's metrics month by month, 0..month. */
  readonly series: readonly ({ readonly variant: string } & Record<CompareMetric, readonly (number | null)[]>)[];
  readonly diffs: readonly {
    readonly a: string;
    readonly b: string;
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly moved: readonly { readonly unit: string; readonly from: string | null; readonly to: string | null }[];
    readonly renamed: readonly { readonly from: string; readonly to: string }[];
    readonly leadChanged: readonly { readonly unit: string; readonly from: string; readonly to: string }[];
    readonly vacancies: { readonly onlyA: readonly string[]; readonly onlyB: readonly string[] };
    readonly emergent: {
      readonly onlyA: readonly RoleJson[];
      readonly onlyB: readonly RoleJson[];
      readonly timing: readonly { readonly unit: string; readonly role: string; readonly monthA: number; readonly monthB: number }[];
    };
    readonly forecast: {
      readonly onlyA: readonly { readonly unit: string; readonly role: string }[];
      readonly onlyB: readonly { readonly unit: string; readonly role: string }[];
    } | null;
  }[];
  /** With `--runs N`: each other variant against the first, run by run on the same seeds; empty without. */
  readonly monteCarlo: readonly {
    readonly a: string;
    readonly b: string;
    readonly runs: number;
    readonly months: number;
    readonly byMonth: readonly {
      readonly month: number;
      readonly headcount: DifferenceBand;
      readonly moms: DifferenceBand;
      readonly vacancies: DifferenceBand;
      readonly internalFillRate: DifferenceBand | null;
    }[];
    readonly units: readonly {
      readonly unit: string;
      readonly a: number;
      readonly b: number;
      readonly difference: number;
      readonly onlyA: number;
      readonly onlyB: number;
    }[];
  }[];
}

const roleJson = (r: EmergentRecord): RoleJson => ({
  month: r.month,
  unit: r.unit,
  rule: r.rule,
  role: r.role,
  filled: r.filled ? { by: r.filled.by, how: r.filled.how, month: r.filled.month } : null,
});

/** The `compare` object of the JSON report. `comparisonJson(c, []).metrics[0]` → `{ metric: 'headcount', … }`. */
export function comparisonJson(c: VariantComparison, monteCarlo: readonly NamedMonteCarlo[]): CompareJson {
  const first = c.variants[0]?.name ?? '';
  return {
    month: c.month,
    seed: c.seed,
    variants: c.variants.map((v) => v.name),
    metrics: c.metrics.map((r) => ({ metric: r.metric, label: r.label, values: r.values, deltas: r.deltas })),
    series: c.variants.map((v) => {
      const months = v.series.slice(0, c.month + 1);
      const byMetric = Object.fromEntries(COMPARE_METRICS.map(({ key }) => [key, months.map((m) => m[key])])) as Record<CompareMetric, (number | null)[]>;
      return { variant: v.name, ...byMetric };
    }),
    diffs: c.diffs.map((d) => ({
      a: first,
      b: d.name,
      added: d.org.added.map((u) => u.name),
      removed: d.org.removed.map((u) => u.name),
      moved: d.org.moved.map((m) => ({ unit: m.name, from: m.fromParent?.name ?? null, to: m.toParent?.name ?? null })),
      renamed: d.org.renamed.map((r) => ({ from: r.from, to: r.to })),
      leadChanged: d.org.leadChanged.map((l) => ({ unit: l.name, from: l.from, to: l.to })),
      vacancies: { onlyA: d.org.vacancies.onlyA.map((u) => u.name), onlyB: d.org.vacancies.onlyB.map((u) => u.name) },
      emergent: { onlyA: d.emergent.onlyA.map(roleJson), onlyB: d.emergent.onlyB.map(roleJson), timing: d.emergent.timing },
      forecast: d.forecast
        ? { onlyA: d.forecast.onlyA.map((r) => ({ unit: r.name, role: r.role })), onlyB: d.forecast.onlyB.map((r) => ({ unit: r.name, role: r.role })) }
        : null,
    })),
    monteCarlo: monteCarlo.map(({ a, b, result }) => ({
      a,
      b,
      runs: result.runs,
      months: result.months,
      byMonth: result.byMonth,
      units: result.units.map((u) => ({ unit: u.name, a: u.a, b: u.b, difference: u.difference, onlyA: u.onlyA, onlyB: u.onlyB })),
    })),
  };
}

// ── Text ──

const MINUS = '−';
const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `${MINUS}${-n}` : '0');
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
const pct = (x: number | null): string => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);
const pts = (x: number | null): string => (x === null ? 'n/a' : `${signed(Math.round(x * 100))} pts`);
const value = (kind: 'count' | 'share', x: number | null): string => (kind === 'share' ? pct(x) : x === null ? 'n/a' : String(x));
const delta = (kind: 'count' | 'share', x: number | null): string => (kind === 'share' ? pts(x) : x === null ? 'n/a' : signed(x));
const band = (b: DifferenceBand | null, share = false): string => {
  if (b === null) return 'n/a';
  const f = share ? (x: number) => `${signed(Math.round(x * 100))}` : (x: number) => signed(round(x));
  return `${f(b.median)}${share ? ' pts' : ''} (${f(b.p10)} to ${f(b.p90)})`;
};
/** At most `n` items, then "and 4 more"; "none" for none. */
const some = (items: readonly string[], n = 8): string =>
  items.length === 0 ? 'none' : items.length <= n ? items.join(', ') : `${items.slice(0, n).join(', ')} and ${items.length - n} more`;
const filledText = (r: EmergentRecord): string => (r.filled ? `filled in month ${r.filled.month} by ${r.filled.by} (${r.filled.how})` : 'still open');

/** Months a Monte Carlo table shows: every 6 months and the last (each month for a run of 6 or fewer). */
function checkpoints(months: number): number[] {
  if (months <= 6) return Array.from({ length: months }, (_, i) => i + 1);
  const out: number[] = [];
  for (let m = 6; m < months; m += 6) out.push(m);
  return [...out, months];
}

function table(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('   ')
      .trimEnd(),
  );
}

/** The comparison for a terminal: the metric table, each variant's diff against the first, and the Monte Carlo differences. */
export function comparisonText(documentName: string, c: VariantComparison, monteCarlo: readonly NamedMonteCarlo[]): string {
  const names = c.variants.map((v) => v.name);
  const first = names[0] ?? '';
  const lines: string[] = [];
  lines.push(
    `OrgSim comparison of “${documentName}”: ${names.join(' vs ')} at month ${c.month}, seed ${c.seed} (every variant runs on the same seed, so differences come from the variants, not from chance)`,
  );
  lines.push('');
  const header = ['', ...names, ...names.slice(1).map((n) => `${n} ${MINUS} ${first}`)];
  const body = c.metrics.map((r) => [r.label, ...r.values.map((x) => value(r.kind, x)), ...r.deltas.slice(1).map((x) => delta(r.kind, x))]);
  lines.push(...table([header, ...body]).map((l) => `  ${l}`));
  for (const d of c.diffs) {
    const o = d.org;
    lines.push('');
    lines.push(`${d.name} against ${first} at month ${c.month}:`);
    lines.push(`  Units only in ${d.name} (${o.added.length}): ${some(o.added.map((u) => u.name))}`);
    lines.push(`  Units only in ${first} (${o.removed.length}): ${some(o.removed.map((u) => u.name))}`);
    lines.push(`  Moved (${o.moved.length}): ${some(o.moved.map((m) => `${m.name} (${m.fromParent?.name ?? 'top'} → ${m.toParent?.name ?? 'top'})`))}`);
    lines.push(`  Renamed (${o.renamed.length}): ${some(o.renamed.map((r) => `${r.from} → ${r.to}`))}`);
    lines.push(`  Led by someone else (${o.leadChanged.length}): ${some(o.leadChanged.map((l) => `${l.name} (${l.from} → ${l.to})`))}`);
    lines.push(
      `  Open roles only in ${first}: ${some(o.vacancies.onlyA.map((u) => u.name))} · only in ${d.name}: ${some(o.vacancies.onlyB.map((u) => u.name))}`,
    );
    for (const [side, records] of [
      [d.name, d.emergent.onlyB],
      [first, d.emergent.onlyA],
    ] as const) {
      lines.push(records.length === 0 ? `  MoM roles that emerged only in ${side}: none` : `  MoM roles that emerged only in ${side} (${records.length}):`);
      for (const r of records) lines.push(`    month ${String(r.month).padStart(2)}  ${r.role} — ${r.unit} [${r.rule}] — ${filledText(r)}`);
    }
    if (d.emergent.timing.length > 0)
      lines.push(
        `  The same MoM role in another month: ${some(d.emergent.timing.map((t) => `${t.role} — ${t.unit} (month ${t.monthA} in ${first}, ${t.monthB} in ${d.name})`))}`,
      );
    if (d.forecast) {
      const roles = (list: typeof d.forecast.onlyA) => some(list.map((r) => `${r.role} — ${r.name}`));
      lines.push(
        `  Forecast on the month-${c.month} org (MoM roles that would emerge then), only in ${first}: ${roles(d.forecast.onlyA)} · only in ${d.name}: ${roles(d.forecast.onlyB)}`,
      );
    }
  }
  for (const { a, b, result } of monteCarlo) {
    lines.push('');
    lines.push(`Monte Carlo: ${b} ${MINUS} ${a}, run by run on the same ${result.runs} seeds (median, p10 to p90 of the difference):`);
    const rows = [['month', 'headcount', 'MoMs', 'open roles', 'MoM roles filled inside']];
    for (const m of checkpoints(result.months)) {
      const x = result.byMonth[m];
      if (x) rows.push([String(m), band(x.headcount), band(x.moms), band(x.vacancies), band(x.internalFillRate, true)]);
    }
    lines.push(...table(rows).map((l) => `  ${l}`));
    const units = result.units.filter((u) => u.difference !== 0 || u.onlyA + u.onlyB > 0).sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference));
    if (units.length === 0)
      lines.push(`  No unit's odds differ: in every run, MoM roles emerged in the same units' lines in both variants by month ${result.months}.`);
    else {
      lines.push(`  Where a MoM role emerges in a unit's line by month ${result.months} (share of runs, ${a} → ${b}):`);
      for (const u of units.slice(0, 10))
        lines.push(`    ${u.name} ${pct(u.a)} → ${pct(u.b)} (${pts(u.difference)}; ${u.onlyB} runs only in ${b}, ${u.onlyA} only in ${a})`);
      if (units.length > 10) lines.push(`    …and ${units.length - 10} more units.`);
    }
  }
  return `${lines.join('\n')}\n`;
}
