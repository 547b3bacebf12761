/**
 * `npm run simulate -- [<scenario.orgsim.json> | <org.csv>] [--months 24] [--seed N] [--json out.json] [--person "Ana Ruiz" [--runs 200]]
 * [--variant "Series B" | --compare "Baseline,Series B" [--runs N]]`
 * Prints a readable report; writes the JSON report when asked. Errors go to stderr with a non-zero exit.
 */
import * as fs from 'node:fs/promises';
import { basename } from 'node:path';
import { parseScenarioFile } from '../../shared/file/scenarioFile';
import { MAX_FILE_BYTES } from '../../shared/ipc';
import { CSV_FIELDS, guessMapping, importPeople, issuePlace, readCsv } from '../../shared/csv/peopleCsv';
import { DEFAULT_POLICY, DEFAULT_SIMULATION, EMPTY_VIEW, type Scenario } from '../../shared/model/types';
import { sampleScenario } from '../../shared/sample/sampleScenario';
import { forecastReport, jsonReport, textReport } from '../../shared/simulation/report';
import { simulate } from '../../shared/simulation/simulate';
import { personPath } from '../../shared/forecast/path';
import { pathOdds } from '../../shared/simulation/pathOdds';
import { findPerson, pathJson, pathText } from '../../shared/simulation/pathReport';
import { findVariant, variantNames, variantScenario } from '../../shared/model/variants';
import { compareErrorMessage, compareVariants, compareVariantsMonteCarlo } from '../../shared/compare/compareVariants';
import { comparisonJson, comparisonText, type NamedMonteCarlo } from '../../shared/compare/compareReport';
import type { SimulationResult } from '../../shared/simulation/simulate';
import { writeAtomically } from '../handlers/files';
import { exitForArgText } from './usage';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly fs: typeof fs;
}

const USAGE = `Usage: npm run simulate -- [<scenario.orgsim.json> | <org.csv>] [--months N] [--seed N] [--json out.json] [--person NAME [--runs N]]
                    [--variant NAME | --compare "NAME,NAME[,…]" [--runs N]]
  With no file, runs the bundled sample org. --months 0 prints today's forecast without simulating.
  --person (a name or an id) adds that person's path to managing managers: readiness, what would change it,
  their place among the candidates, and their odds over --runs Monte Carlo runs (default 200; 0 for none).
  --variant runs that variant of the file (any case) instead of the one it was saved on.
  --compare runs two or more variants on the same seed and compares them at the end month (--months): metric
  deltas against the first, units added, removed and moved, MoM roles in one only; with --runs N, Monte Carlo
  differences run by run on the same seeds (median, p10 to p90).`;

interface Args {
  file: string | null;
  months: number | null;
  seed: number | null;
  json: string | null;
  person: string | null;
  /** Monte Carlo runs; null when not given (--person then runs 200, --compare none). */
  runs: number | null;
  variant: string | null;
  /** The variant names given to --compare, in order. */
  compare: string[] | null;
}

/** Parse argv (without node and the script); returns a message for bad arguments. */
export function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { file: null, months: null, seed: null, json: null, person: null, runs: null, variant: null, compare: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => argv[++i];
    if (a === '--help' || a === '-h') return USAGE;
    if (a === '--months' || a === '--seed' || a === '--runs') {
      const v = value();
      const n = Number(v);
      const max = a === '--months' ? 600 : a === '--runs' ? 10_000 : Infinity;
      if (v === undefined || !Number.isInteger(n) || n < 0 || n > max)
        return `${a} takes a whole number${max === Infinity ? ' (0 or more)' : ` from 0 to ${max.toLocaleString('en')}`}; got ${v === undefined ? 'nothing' : `“${v}”`}.`;
      if (a === '--months') args.months = n;
      else if (a === '--runs') args.runs = n;
      else args.seed = n;
    } else if (a === '--person') {
      const v = value();
      if (!v || v.trim() === '') return '--person takes a name or a person id.';
      args.person = v;
    } else if (a === '--variant') {
      const v = value();
      if (!v || v.trim() === '') return '--variant takes the name of one of the file’s variants.';
      args.variant = v;
    } else if (a === '--compare') {
      const v = value();
      const names = (v ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '');
      if (names.length < 2)
        return `--compare takes two or more variant names separated by commas (--compare "Baseline,Series B"); got ${v === undefined ? 'nothing' : `“${v}”`}.`;
      args.compare = names;
    } else if (a === '--json') {
      const v = value();
      if (!v) return '--json takes the path of the file to write.';
      args.json = v;
    } else if (a.startsWith('--')) return `Unknown option ${a}.\n${USAGE}`;
    else if (args.file === null) args.file = a;
    else return `Only one input file, please (got “${args.file}” and “${a}”).`;
  }
  if (args.compare && args.variant !== null) return '--variant and --compare don’t go together: --compare names every variant it runs.';
  if (args.compare && args.person !== null) return '--person follows one variant (pick it with --variant), not a comparison.';
  return args;
}

async function load(io: CliIo, file: string | null): Promise<Scenario | string> {
  if (file === null) return sampleScenario();
  let text: string;
  try {
    const stat = await io.fs.stat(file);
    if (stat.size > MAX_FILE_BYTES)
      return `${file}: the file is ${(stat.size / 1024 / 1024).toFixed(0)} MB; OrgSim reads files up to ${MAX_FILE_BYTES / 1024 / 1024} MB.`;
    text = await io.fs.readFile(file, 'utf8');
  } catch (e) {
    return `${file}: can't read it (${e instanceof Error ? e.message : String(e)}).`;
  }
  if (/\.(csv|txt)$/i.test(file)) return fromCsv(io, file, text);
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) {
    const shown = parsed.error.slice(0, 20).map((p) => `  ${p.path}: ${p.message}`);
    const more = parsed.error.length > 20 ? [`  …and ${parsed.error.length - 20} more.`] : [];
    return `${basename(file)} can't be opened:\n${[...shown, ...more].join('\n')}`;
  }
  return parsed.value;
}

/** An org CSV as a scenario with the default policy; what couldn't be mapped or imported is reported on stderr. */
function fromCsv(io: CliIo, file: string, text: string): Scenario | string {
  const table = readCsv(text);
  if (!table.ok) return `${file}: ${table.error}`;
  const mapping = guessMapping(table.value.headers);
  const imported = importPeople(table.value, mapping, new Date().toISOString().slice(0, 10));
  if (!imported.ok) return `${file}: ${imported.error} Recognised column names: ${CSV_FIELDS.map((f) => f.aliases[0]).join(', ')}.`;
  const { org, skipped, warnings, unmapped } = imported.value;
  const used = CSV_FIELDS.filter((f) => mapping[f.field] !== undefined).map((f) => `${table.value.headers[mapping[f.field]!]} → ${f.label}`);
  io.err(`Columns read: ${used.join('; ')}.\n`);
  if (unmapped.length > 0) io.err(`Columns not used: ${unmapped.join(', ')}.\n`);
  for (const issue of [...skipped.map((i) => ({ ...i, message: `skipped: ${i.message}` })), ...warnings].sort((a, b) => a.row - b.row).slice(0, 20))
    io.err(`  ${issuePlace(issue.row)}: ${issue.message}\n`);
  if (skipped.length + warnings.length > 20) io.err(`  …and ${skipped.length + warnings.length - 20} more.\n`);
  return { name: basename(file).replace(/\.(csv|txt)$/i, ''), org, policy: DEFAULT_POLICY, events: [], simulation: DEFAULT_SIMULATION, view: EMPTY_VIEW };
}

/** A run as if it had stopped at `month` (a month depends only on the months before it), for the JSON report. */
function stopAt(result: SimulationResult, month: number): SimulationResult {
  return {
    months: month,
    seed: result.seed,
    orgs: result.orgs.slice(0, month + 1),
    metrics: result.metrics.slice(0, month + 1),
    events: result.events.filter((e) => e.month <= month),
    emergent: result.emergent.filter((r) => r.month <= month).map((r) => (r.filled && r.filled.month > month ? { ...r, filled: null } : r)),
  };
}

const problemsText = (lines: string): string =>
  `The scenario's events have problems:\n${lines
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}\n`;

async function writeJson(io: CliIo, path: string, value: unknown): Promise<boolean> {
  const written = await writeAtomically(io.fs, path, `${JSON.stringify(value, null, 2)}\n`);
  if (!written.ok) {
    io.err(`${written.error.code === 'io' ? written.error.message : 'Could not write the JSON report.'}\n`);
    return false;
  }
  io.out(`JSON report written to ${path}\n`);
  return true;
}

/** `--compare`: the variants named, run on one seed and compared at the end month; exit 2 when they can't be found. */
async function runCompare(io: CliIo, args: Args & { compare: string[] }, doc: Scenario, source: string): Promise<number> {
  const all = variantNames(doc);
  if (all.length < 2) {
    io.err(`${source} has one variant (${all[0]}): there is nothing to compare it with.\n`);
    return 2;
  }
  const picked: string[] = [];
  const unknown: string[] = [];
  for (const text of args.compare) {
    const name = findVariant(doc, text);
    if (name === null) unknown.push(`“${text}”`);
    else if (picked.includes(name)) {
      io.err(`--compare names the variant “${name}” twice.\n`);
      return 2;
    } else picked.push(name);
  }
  if (unknown.length > 0) {
    io.err(`No variant called ${unknown.join(' or ')} in ${source}. Its variants: ${all.join(', ')}.\n`);
    return 2;
  }
  const variants = picked.map((name) => ({ name, scenario: variantScenario(doc, name)! }));
  const first = variants[0]!;
  const seed = args.seed ?? first.scenario.simulation.seed;
  const month = args.months ?? first.scenario.simulation.months;
  const compared = compareVariants(variants, month, { seed });
  if (!compared.ok) {
    io.err(compared.error.code === 'invalid-variant' ? problemsText(compareErrorMessage(compared.error)) : `${compareErrorMessage(compared.error)}\n`);
    return 1;
  }
  const c = compared.value;
  const runs = args.runs ?? 0;
  const monteCarlo: NamedMonteCarlo[] = [];
  if (runs > 0 && month > 0) {
    // Every variant against the first, on the first one's seeds (the seed given, plus the run number).
    const a = { ...first, scenario: { ...first.scenario, simulation: { ...first.scenario.simulation, seed } } };
    for (const b of variants.slice(1)) {
      const mc = compareVariantsMonteCarlo(a, b, runs, month);
      if (!mc.ok) {
        io.err(mc.error.code === 'invalid-variant' ? problemsText(compareErrorMessage(mc.error)) : `Monte Carlo: ${mc.error.code}\n`);
        return 1;
      }
      monteCarlo.push({ a: a.name, b: b.name, result: mc.value });
    }
  }
  io.out(comparisonText(doc.name, c, monteCarlo));
  if (runs > 0 && month === 0) io.out('Monte Carlo needs a run: give --months 1 or more.\n');
  if (args.json) {
    // The report's own fields describe the first variant, as a run of it alone would; `compare` is added.
    let report;
    if (month === 0) report = forecastReport(first.scenario);
    else {
      const run = simulate(first.scenario, { months: c.horizon, seed });
      if (!run.ok) {
        io.err(problemsText(run.error.map((p) => `${first.name}: ${p.path}: ${p.message}`).join('\n')));
        return 1;
      }
      report = jsonReport(first.scenario, stopAt(run.value, month));
    }
    if (!(await writeJson(io, args.json, { ...report, variant: first.name, compare: comparisonJson(c, monteCarlo) }))) return 1;
  }
  return 0;
}

/** Run the command; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') return exitForArgText(args, USAGE, io);
  const doc = await load(io, args.file);
  if (typeof doc === 'string') {
    io.err(`${doc}\n`);
    return 1;
  }
  const source = args.file === null ? 'The sample' : basename(args.file);
  if (args.compare) return runCompare(io, { ...args, compare: args.compare }, doc, source);
  const variant = args.variant === null ? null : findVariant(doc, args.variant);
  if (args.variant !== null && variant === null) {
    io.err(`No variant called “${args.variant}” in ${source}. Its variants: ${variantNames(doc).join(', ')}.\n`);
    return 2;
  }
  const scenario = variant === null ? doc : variantScenario(doc, variant)!;
  const title = variant === null ? doc.name : `${doc.name} — ${variant}`;
  const months = args.months ?? scenario.simulation.months;
  let report;
  if (months === 0) report = forecastReport(scenario);
  else {
    const result = simulate(scenario, { months, ...(args.seed === null ? {} : { seed: args.seed }) });
    if (!result.ok) {
      io.err(`The scenario's events have problems:\n${result.error.map((p) => `  ${p.path}: ${p.message}`).join('\n')}\n`);
      return 1;
    }
    report = jsonReport(scenario, result.value);
  }
  io.out(textReport(title, report));
  let path: ReturnType<typeof pathJson> | null = null;
  if (args.person !== null) {
    const who = findPerson(scenario.org, args.person);
    if (!who.ok) {
      io.err(`${who.error}\n`);
      return 1;
    }
    const found = personPath(scenario.org, scenario.policy, who.value)!;
    const seeded = args.seed === null ? scenario : { ...scenario, simulation: { ...scenario.simulation, seed: args.seed } };
    const runs = args.runs ?? 200;
    const odds = runs === 0 || months === 0 ? null : pathOdds(seeded, found.personId, { runs, months });
    if (odds && !odds.ok) {
      io.err(`The scenario's events have problems:\n${odds.error.map((p) => `  ${p.path}: ${p.message}`).join('\n')}\n`);
      return 1;
    }
    io.out(pathText(found, odds?.value ?? null));
    path = pathJson(found, odds?.value ?? null);
  }
  if (args.json && !(await writeJson(io, args.json, { ...report, ...(variant === null ? {} : { variant }), ...(path ? { path } : {}) }))) return 1;
  return 0;
}
