// `npm run bench`: bundles the benchmarks in tests/bench with esbuild and runs them: the core (bench.ts), then
// Monte Carlo over worker threads (monteCarlo.ts). The exit code is 1 when a target is missed.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

let failed = false;
for (const name of ['bench', 'monteCarlo']) {
  const outfile = `dist/bench/${name}.cjs`;
  await build({ entryPoints: [`tests/bench/${name}.ts`], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  failed = spawnSync(process.execPath, [outfile], { stdio: 'inherit' }).status !== 0 || failed;
}
process.exitCode = failed ? 1 : 0;
