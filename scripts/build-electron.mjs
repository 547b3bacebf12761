// Bundles the main process and the preload into dist/electron/ as CommonJS.
// The preload runs sandboxed, where only require('electron') works: it must be one self-contained file.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'], sourcemap: true, logLevel: 'warning' };
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' });

const preload = readFileSync('dist/electron/preload.cjs', 'utf8');
const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]).filter((name) => name !== 'electron');
if (required.length > 0) {
  console.error(`The preload bundle requires ${required.join(', ')}; under sandbox: true it may only require 'electron'.`);
  process.exit(1);
}
console.log('Built dist/electron/main.cjs and dist/electron/preload.cjs');
