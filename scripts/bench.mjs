// `npm run bench`: bundles tests/bench/bench.ts with esbuild and runs it.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

const outfile = 'dist/bench/bench.cjs';
await build({ entryPoints: ['tests/bench/bench.ts'], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
await import(pathToFileURL(outfile).href);
