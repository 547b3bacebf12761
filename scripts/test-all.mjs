// `npm test`: typecheck, lint, formatting, unit tests, browser tests, and the desktop run (or one line saying why it was skipped).
// Every stage runs even after a failure, so one run reports everything. The last line is `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const VITEST_JSON = '.vitest-results.json';
const PLAYWRIGHT_JSON = '.playwright-results.json';
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const broken = [];

function run(title, command, args, extraEnv = {}) {
  console.log(`\n━━ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status ?? 1;
}

function readJson(file, stage) {
  if (!existsSync(file)) {
    broken.push(`${stage} wrote no report (${file})`);
    return null;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    broken.push(`${stage} report is unreadable: ${e.message}`);
    return null;
  }
}

for (const file of [VITEST_JSON, PLAYWRIGHT_JSON]) rmSync(file, { force: true });

// 1. Typecheck: every project (shared, electron, renderer, tests) through the root's references.
if (run('Typecheck', 'npx', ['tsc', '-b']) === 0) totals.passed += 1;
else totals.failed += 1;

// 1b. Lint (oxlint: the ESLint rules of typescript-eslint, react-hooks, import and unicorn, in .oxlintrc.json) and
// formatting (Prettier, .prettierrc.json). Each counts as one check.
if (run('Lint', 'npx', ['oxlint', '--deny-warnings', '-f', 'unix']) === 0) totals.passed += 1;
else totals.failed += 1;
if (run('Formatting', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']) === 0) totals.passed += 1;
else totals.failed += 1;

// 2. Unit tests (vitest).
const vitestStatus = run('Unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`]);
const vitest = readJson(VITEST_JSON, 'vitest');
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  if (vitestStatus !== 0 && vitest.numFailedTests === 0) broken.push(`vitest exited with ${vitestStatus}`);
}

// 3. Browser tests (Playwright against the web build in Chromium).
const playwrightStatus = run('Browser tests', 'npx', ['playwright', 'test']);
countPlaywright('playwright', playwrightStatus);

// 4. The same specs against the desktop app, where an Electron binary can run.
const why = desktopSkipReason();
if (why) console.log(`\nDesktop run skipped: ${why}`);
else {
  rmSync(PLAYWRIGHT_JSON, { force: true });
  if (run('Desktop build', 'npm', ['run', 'build']) !== 0) broken.push('npm run build failed');
  const headless = !process.env.DISPLAY && process.platform === 'linux';
  const status = headless
    ? run('Desktop tests', 'xvfb-run', ['-a', 'npx', 'playwright', 'test', '--config', 'playwright.electron.config.ts'])
    : run('Desktop tests', 'npx', ['playwright', 'test', '--config', 'playwright.electron.config.ts']);
  countPlaywright('desktop playwright', status);
}

/** Add a Playwright run's JSON report to the totals; a non-zero exit with no failed test is a problem too. */
function countPlaywright(stage, status) {
  const report = readJson(PLAYWRIGHT_JSON, stage);
  if (!report) return;
  const s = report.stats ?? {};
  totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  totals.failed += s.unexpected ?? 0;
  totals.skipped += s.skipped ?? 0;
  if (status !== 0 && !s.unexpected) broken.push(`${stage} exited with ${status}`);
}

function desktopSkipReason() {
  if (process.env.ELECTRON_PATH) return existsSync(process.env.ELECTRON_PATH) ? displayReason() : `ELECTRON_PATH (${process.env.ELECTRON_PATH}) does not exist`;
  const pathTxt = join('node_modules', 'electron', 'path.txt');
  if (!existsSync(pathTxt)) return "no Electron binary (its download can't happen on this machine); set ELECTRON_PATH to run the specs against the desktop app";
  const binary = join('node_modules', 'electron', 'dist', readFileSync(pathTxt, 'utf8').trim());
  if (!existsSync(binary)) return `the Electron binary ${binary} is missing`;
  return displayReason();
}

function displayReason() {
  if (process.env.DISPLAY || process.platform === 'darwin' || process.platform === 'win32') return null;
  return spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0 ? null : 'no display and no xvfb-run';
}

const executed = totals.passed + totals.failed;
for (const line of broken) console.log(`Problem: ${line}`);
if (executed === 0) console.log('Problem: no test ran');
const ok = totals.failed === 0 && broken.length === 0 && executed > 0;
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
