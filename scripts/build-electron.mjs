// Bundles the main process and the preload into dist/electron/ as CommonJS (esbuild; `electron` stays external).
// The preload runs sandboxed, where only require('electron') works: it must be one self-contained file, and it
// must stay small — only the preload and the IPC contract (shared/ipc.ts, channel names and types) go into it,
// never zod or the file format. The checks below fail the build otherwise.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'], sourcemap: true, logLevel: 'warning' };
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
const preload = await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', metafile: true });

const problems = [];
const PRELOAD_INPUTS = new Set(['electron/preload.ts', 'shared/ipc.ts']);
const inputs = Object.keys(preload.metafile.inputs).filter((input) => !PRELOAD_INPUTS.has(input));
if (inputs.length > 0)
  problems.push(
    `bundles ${inputs.slice(0, 5).join(', ')}${inputs.length > 5 ? ` and ${inputs.length - 5} more` : ''} (only ${[...PRELOAD_INPUTS].join(' and ')} belong in it)`,
  );
const code = readFileSync('dist/electron/preload.cjs', 'utf8');
const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]).filter((name) => name !== 'electron');
if (required.length > 0) problems.push(`requires ${required.join(', ')}, but under sandbox: true it may only require 'electron'`);
if (/\brequire\(\s*[^"'`\s]/.test(code)) problems.push('calls require() with a computed name');
if (problems.length > 0) {
  console.error(`dist/electron/preload.cjs ${problems.join('; ')}.`);
  process.exit(1);
}
console.log('Built dist/electron/main.cjs and dist/electron/preload.cjs (the preload requires only electron).');
