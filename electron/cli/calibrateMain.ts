// Entry point of `npm run calibrate` (bundled by scripts/calibrate.mjs).
import { runCalibrate } from './calibrate';

try {
  process.exitCode = runCalibrate(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    isTty: process.stderr.isTTY === true,
    now: () => performance.now(),
  });
} catch (e: unknown) {
  process.stderr.write(`OrgSim hit a bug: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 70;
}
