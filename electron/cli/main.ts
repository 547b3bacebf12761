// Entry point of `npm run simulate` (bundled by scripts/simulate.mjs).
import * as fs from 'node:fs/promises';
import { runCli } from './simulate';

runCli(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), fs }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`OrgSim hit a bug: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
