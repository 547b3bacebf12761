/** The headless report of a run: the public JSON contract of `npm run simulate`, and the same as readable text. */
import { monthsBetween } from '../model/dates';
import { orgMetrics } from '../model/metrics';
import { buildTreeIndex } from '../model/tree';
import type { Org, Scenario } from '../model/types';
import { forecastEmergence, roleForHeight } from '../forecast/forecast';
import { unitHeights } from '../forecast/candidates';
import type { Band } from '../forecast/readiness';
import type { SimulationResult } from './types';

/** The JSON `npm run simulate -- --json out.json` writes. Documented in the README; change it only compatibly. */
export interface JsonReport {
  readonly months: number;
  readonly seed: number;
  readonly emergent: readonly {
    readonly month: number;
    readonly unit: string;
    readonly above: readonly string[];
    readonly rule: string;
    readonly role: string;
    readonly filled: { readonly by: string; readonly how: 'internal' | 'external'; readonly month?: number } | null;
    readonly candidates: readonly { readonly name: string; readonly band: Band }[];
  }[];
  readonly vacancies: readonly { readonly unit: string; readonly role: string; readonly since: number }[];
  readonly metrics: {
    readonly headcount: number;
    readonly teams: number;
    readonly managers: number;
    readonly moms: number;
    readonly layers: number;
    readonly internalFillRate: number | null;
    readonly benchStrength: number | null;
  };
  readonly events: readonly { readonly month: number; readonly kind: string; readonly text: string }[];
  /** The forecast's flags on the org at the end (today's org for `--months 0`): too many layers, thin layer, span at the limit… */
  readonly flags: readonly { readonly kind: string; readonly unit: string; readonly message: string; readonly numbers: Readonly<Record<string, number>> }[];
}

/** The forecast's flags, named by unit. */
function flagsOf(org: Org, flags: ReturnType<typeof forecastEmergence>['flags']): JsonReport['flags'] {
  return flags.map((f) => ({ kind: f.kind, unit: org.units[f.unitId]?.name ?? f.unitId, message: f.message, numbers: f.numbers }));
}

/** Month number of a date counted from `start`: open 2 months before the start → -2. */
const sinceMonth = (start: string, date: string): number => (date <= start ? -monthsBetween(date, start) : monthsBetween(start, date));

/** Open roles in `org`; `since` is the month they opened, counted from the run's start (0 or less: open before it). */
function vacanciesOf(org: Org, start: string): JsonReport['vacancies'] {
  const heights = unitHeights(org, buildTreeIndex(org));
  return Object.values(org.units)
    .filter((u) => u.leadId === null)
    .map((u) => ({ unit: u.name, role: roleForHeight(heights.get(u.id) ?? 0), since: u.vacantSince ? sinceMonth(start, u.vacantSince) : 0 }));
}

/** The report of a run (months ≥ 1). */
export function jsonReport(scenario: Scenario, result: SimulationResult): JsonReport {
  const last = result.orgs[result.orgs.length - 1]!;
  const m = result.metrics[result.metrics.length - 1]!;
  return {
    months: result.months,
    seed: result.seed,
    emergent: result.emergent.map((e) => ({
      month: e.month,
      unit: e.unit,
      above: e.above,
      rule: e.rule,
      role: e.role,
      filled: e.filled ? { by: e.filled.by, how: e.filled.how, month: e.filled.month } : null,
      candidates: e.candidates,
    })),
    vacancies: vacanciesOf(last, scenario.org.asOf),
    metrics: {
      headcount: m.headcount,
      teams: m.teams,
      managers: m.managers,
      moms: m.moms,
      layers: m.layers,
      internalFillRate: m.internalFillRate,
      benchStrength: m.benchStrength,
    },
    events: result.events.map((e) => ({ month: e.month, kind: e.kind, text: e.text })),
    flags: flagsOf(last, forecastEmergence(last, scenario.policy).flags),
  };
}

/** Today's forecast in the same shape (`--months 0`): what would emerge now, without simulating. */
export function forecastReport(scenario: Scenario): JsonReport {
  const { org, policy } = scenario;
  const f = forecastEmergence(org, policy);
  const m = orgMetrics(org);
  const name = (id: string) => org.units[id as keyof typeof org.units]?.name ?? f.projected.units[id as keyof typeof org.units]?.name ?? id;
  const top3 = (e: (typeof f.emergent)[number]) => e.candidates.slice(0, 3).map((c) => ({ name: c.name, band: c.band }));
  return {
    months: 0,
    seed: scenario.simulation.seed,
    emergent: f.emergent.map((e) =>
      e.kind === 'team-split'
        ? { month: 0, unit: e.name, above: [], rule: 'team-split', role: 'EM', filled: null, candidates: top3(e) }
        : { month: 0, unit: e.name, above: e.childIds.map(name), rule: e.rule, role: e.role, filled: null, candidates: top3(e) },
    ),
    vacancies: vacanciesOf(org, org.asOf),
    metrics: {
      headcount: m.headcount,
      teams: m.teams,
      managers: m.managers,
      moms: m.moms,
      layers: m.layers,
      internalFillRate: null,
      benchStrength: f.benchStrength,
    },
    events: [],
    flags: flagsOf(org, f.flags),
  };
}

const BAND: Readonly<Record<string, string>> = {
  'ready-now': 'ready now',
  'ready-6-12': 'ready in 6-12 months',
  'to-assess': 'to assess',
  'not-yet': 'not yet',
};
const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);

/** The report as text for a terminal. */
export function textReport(scenarioName: string, report: JsonReport): string {
  const lines: string[] = [];
  lines.push(
    report.months === 0
      ? `OrgSim forecast for “${scenarioName}” (today, no simulation)`
      : `OrgSim: “${scenarioName}”, ${report.months} months, seed ${report.seed}`,
  );
  lines.push('');
  lines.push(report.emergent.length === 0 ? 'No manager-of-managers or EM roles emerge.' : `Roles that emerge (${report.emergent.length}):`);
  for (const e of report.emergent) {
    const where = e.above.length > 0 ? ` above ${e.above.join(', ')}` : '';
    const filled = e.filled ? `filled${e.filled.month !== undefined ? ` in month ${e.filled.month}` : ''} by ${e.filled.by} (${e.filled.how})` : 'still open';
    lines.push(`  month ${String(e.month).padStart(2)}  ${e.role} — ${e.unit}${where} [${e.rule}] — ${filled}`);
    if (e.candidates.length > 0)
      lines.push(`            best internal candidates: ${e.candidates.map((c) => `${c.name} (${BAND[c.band] ?? c.band})`).join('; ')}`);
  }
  lines.push('');
  lines.push(report.vacancies.length === 0 ? 'No open roles at the end.' : `Open roles at the end (${report.vacancies.length}):`);
  for (const v of report.vacancies) lines.push(`  ${v.role} of ${v.unit}, open since month ${v.since}`);
  lines.push('');
  const m = report.metrics;
  lines.push(`Headcount ${m.headcount} · teams ${m.teams} · managers ${m.managers} · managers of managers ${m.moms} · layers ${m.layers}`);
  lines.push(`MoM internal fill rate ${pct(m.internalFillRate)} (reference band 45-70%) · bench strength ${pct(m.benchStrength)}`);
  if (report.flags.length > 0) {
    lines.push('');
    lines.push(`Flags (${report.flags.length}):`);
    for (const f of report.flags) lines.push(`  ${f.kind.padEnd(16)} ${f.message}`);
  }
  if (report.events.length > 0) {
    const counts = new Map<string, number>();
    for (const e of report.events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    lines.push(`Events: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
