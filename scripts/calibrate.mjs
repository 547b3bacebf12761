// `npm run calibrate -- …`: bundles the calibration report (electron/cli) with esbuild, then runs it with these arguments.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

const outfile = 'dist/cli/calibrate.cjs';
await build({ entryPoints: ['electron/cli/calibrateMain.ts'], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
await import(pathToFileURL(outfile).href);
