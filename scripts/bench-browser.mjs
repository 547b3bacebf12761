// `npm run bench:browser`: bundles tests/bench/browser.ts with esbuild and runs it (Playwright stays external).
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

const outfile = 'dist/bench/browser.cjs';
await build({
  entryPoints: ['tests/bench/browser.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'error',
  external: ['@playwright/test', 'playwright', 'playwright-core'],
});
await import(pathToFileURL(outfile).href);
