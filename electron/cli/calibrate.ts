/**
 * `npm run calibrate -- [--seeds 100] [--months 36] [--first-seed 1] [--json]`
 * Prints the calibration report (DOMAIN.md "Calibration") as a table, or as JSON with --json; progress goes to
 * stderr. Exits 0 whether or not every target is met: it is a report. Bad options exit 2.
 */
import { calibrate, formatCalibration, type CalibrationScenarioId } from '../../shared/simulation/calibrate';
import { exitForArgText } from './usage';

export interface CalibrateIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Progress redraws one line in place on a terminal; elsewhere it prints one line per scenario. */
  readonly isTty: boolean;
  /** Milliseconds, for the time each scenario took. */
  readonly now: () => number;
}

const USAGE = `Usage: npm run calibrate -- [--seeds N] [--months N] [--first-seed N] [--json]
  Runs the default policy on the bundled sample (with 2 hires a month, and with no events) and on a generated
  1,000-person org (growing 2% a year), over N seeds (default 100) and N months (default 36), and checks
  the calibration targets of DOMAIN.md. --json prints the report as JSON instead of the table.`;

interface Args {
  seeds: number;
  months: number;
  firstSeed: number;
  json: boolean;
}

const LIMITS = { '--seeds': [1, 10_000], '--months': [1, 600], '--first-seed': [0, 2 ** 31 - 1] } as const;

/** Parse argv (without node and the script); returns a message for bad arguments, or the usage for --help. */
export function parseCalibrateArgs(argv: readonly string[]): Args | string {
  const args: Args = { seeds: 100, months: 36, firstSeed: 1, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return USAGE;
    if (a === '--json') args.json = true;
    else if (a === '--seeds' || a === '--months' || a === '--first-seed') {
      const v = argv[++i];
      const n = Number(v);
      const [lo, hi] = LIMITS[a];
      if (v === undefined || v.trim() === '' || !Number.isInteger(n) || n < lo || n > hi)
        return `${a} takes a whole number from ${lo} to ${hi.toLocaleString('en')}; got ${v === undefined ? 'nothing' : `“${v}”`}.`;
      if (a === '--seeds') args.seeds = n;
      else if (a === '--months') args.months = n;
      else args.firstSeed = n;
    } else return `Unknown option ${a}.\n${USAGE}`;
  }
  return args;
}

/** Run the command; returns the exit code. */
export function runCalibrate(argv: readonly string[], io: CalibrateIo): number {
  const args = parseCalibrateArgs(argv);
  if (typeof args === 'string') return exitForArgText(args, USAGE, io);
  let started = io.now();
  const onRun = (scenario: CalibrationScenarioId, done: number, of: number): void => {
    if (io.isTty) io.err(`\r${scenario}: ${done}/${of} runs`);
    if (done === of) {
      const ms = io.now() - started;
      io.err(`${io.isTty ? '\r' : ''}${scenario}: ${of} ${of === 1 ? 'run' : 'runs'} in ${(ms / 1000).toFixed(1)} s (${Math.round(ms / of)} ms a run)\n`);
      started = io.now();
    }
  };
  const report = calibrate({ seeds: args.seeds, months: args.months, firstSeed: args.firstSeed, onRun });
  if (args.json) {
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    io.err(`${report.met} of ${report.targets.length} targets met\n`);
  } else io.out(formatCalibration(report));
  return 0;
}
