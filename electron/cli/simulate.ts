/**
 * `npm run simulate -- [<scenario.orgsim.json> | <org.csv>] [--months 24] [--seed N] [--json out.json] [--person "Ana Ruiz" [--runs 200]]`
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
import { writeAtomically } from '../handlers/files';
import { exitForArgText } from './usage';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly fs: typeof fs;
}

const USAGE = `Usage: npm run simulate -- [<scenario.orgsim.json> | <org.csv>] [--months N] [--seed N] [--json out.json] [--person NAME [--runs N]]
  With no file, runs the bundled sample org. --months 0 prints today's forecast without simulating.
  --person (a name or an id) adds that person's path to managing managers: readiness, what would change it,
  their place among the candidates, and their odds over --runs Monte Carlo runs (default 200; 0 for none).`;

interface Args {
  file: string | null;
  months: number | null;
  seed: number | null;
  json: string | null;
  person: string | null;
  runs: number;
}

/** Parse argv (without node and the script); returns a message for bad arguments. */
export function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { file: null, months: null, seed: null, json: null, person: null, runs: 200 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => argv[++i];
    if (a === '--help' || a === '-h') return USAGE;
    if (a === '--months' || a === '--seed' || a === '--runs') {
      const v = value();
      const n = Number(v);
      const max = a === '--months' ? 600 : a === '--runs' ? 10_000 : Infinity;
      if (v === undefined || !Number.isInteger(n) || n < 0 || n > max) return `${a} takes a whole number${max === Infinity ? ' (0 or more)' : ` from 0 to ${max.toLocaleString('en')}`}; got ${v === undefined ? 'nothing' : `“${v}”`}.`;
      if (a === '--months') args.months = n;
      else if (a === '--runs') args.runs = n;
      else args.seed = n;
    } else if (a === '--person') {
      const v = value();
      if (!v || v.trim() === '') return '--person takes a name or a person id.';
      args.person = v;
    } else if (a === '--json') {
      const v = value();
      if (!v) return '--json takes the path of the file to write.';
      args.json = v;
    } else if (a.startsWith('--')) return `Unknown option ${a}.\n${USAGE}`;
    else if (args.file === null) args.file = a;
    else return `Only one input file, please (got “${args.file}” and “${a}”).`;
  }
  return args;
}

async function load(io: CliIo, file: string | null): Promise<Scenario | string> {
  if (file === null) return sampleScenario();
  let text: string;
  try {
    const stat = await io.fs.stat(file);
    if (stat.size > MAX_FILE_BYTES) return `${file}: the file is ${(stat.size / 1024 / 1024).toFixed(0)} MB; OrgSim reads files up to ${MAX_FILE_BYTES / 1024 / 1024} MB.`;
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
  for (const issue of [...skipped.map((i) => ({ ...i, message: `skipped: ${i.message}` })), ...warnings].sort((a, b) => a.row - b.row).slice(0, 20)) io.err(`  ${issuePlace(issue.row)}: ${issue.message}\n`);
  if (skipped.length + warnings.length > 20) io.err(`  …and ${skipped.length + warnings.length - 20} more.\n`);
  return { name: basename(file).replace(/\.(csv|txt)$/i, ''), org, policy: DEFAULT_POLICY, events: [], simulation: DEFAULT_SIMULATION, view: EMPTY_VIEW };
}

/** Run the command; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') return exitForArgText(args, USAGE, io);
  const scenario = await load(io, args.file);
  if (typeof scenario === 'string') {
    io.err(`${scenario}\n`);
    return 1;
  }
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
  io.out(textReport(scenario.name, report));
  let path: ReturnType<typeof pathJson> | null = null;
  if (args.person !== null) {
    const who = findPerson(scenario.org, args.person);
    if (!who.ok) {
      io.err(`${who.error}\n`);
      return 1;
    }
    const found = personPath(scenario.org, scenario.policy, who.value)!;
    const seeded = args.seed === null ? scenario : { ...scenario, simulation: { ...scenario.simulation, seed: args.seed } };
    const odds = args.runs === 0 || months === 0 ? null : pathOdds(seeded, found.personId, { runs: args.runs, months });
    if (odds && !odds.ok) {
      io.err(`The scenario's events have problems:\n${odds.error.map((p) => `  ${p.path}: ${p.message}`).join('\n')}\n`);
      return 1;
    }
    io.out(pathText(found, odds?.value ?? null));
    path = pathJson(found, odds?.value ?? null);
  }
  if (args.json) {
    const written = await writeAtomically(io.fs, args.json, `${JSON.stringify(path ? { ...report, path } : report, null, 2)}\n`);
    if (!written.ok) {
      io.err(`${written.error.code === 'io' ? written.error.message : 'Could not write the JSON report.'}\n`);
      return 1;
    }
    io.out(`JSON report written to ${args.json}\n`);
  }
  return 0;
}
