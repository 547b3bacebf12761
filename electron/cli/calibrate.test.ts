import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCalibrateArgs, runCalibrate } from './calibrate';

function cli(argv: string[], isTty = false) {
  let out = '';
  let err = '';
  let clock = 0;
  const code = runCalibrate(argv, { out: (t) => (out += t), err: (t) => (err += t), isTty, now: () => (clock += 1500) });
  return { code, out, err };
}

describe('parseCalibrateArgs', () => {
  it.each([
    [[], { seeds: 100, months: 36, firstSeed: 1, json: false }],
    [['--seeds', '20', '--months', '12', '--first-seed', '7', '--json'], { seeds: 20, months: 12, firstSeed: 7, json: true }],
  ])('%j', (argv, expected) => expect(parseCalibrateArgs(argv)).toEqual(expected));
  it.each([
    [['--seeds', '0'], /--seeds takes a whole number from 1 to 10,000; got “0”/],
    [['--seeds', ''], /--seeds takes a whole number from 1 to 10,000; got “”/],
    [['--months', '601'], /--months takes a whole number from 1 to 600/],
    [['--months'], /--months takes a whole number from 1 to 600; got nothing/],
    [['--first-seed', '1.5'], /--first-seed takes a whole number/],
    [['--colour'], /Unknown option --colour/],
    [['sample.orgsim.json'], /Unknown option sample.orgsim.json/],
  ])('refuses %j', (argv, message) => expect(parseCalibrateArgs(argv)).toMatch(message));
});

describe('runCalibrate', () => {
  it('prints the table and the count of targets met, with progress on stderr, and exits 0', () => {
    const { code, out, err } = cli(['--seeds', '1', '--months', '1']);
    expect(code).toBe(0);
    expect(out).toMatch(/^OrgSim calibration: default policy, 1 month, 1 seed \(1-1\)/);
    expect(out).toMatch(/\n\d+ of 10 targets met\n$/);
    expect(err).toBe(
      [
        'sample-growth: 1 run in 1.5 s (1500 ms a run)',
        'sample-flat: 1 run in 1.5 s (1500 ms a run)',
        'generated-growth: 1 run in 1.5 s (1500 ms a run)',
        '',
      ].join('\n'),
    );
  }, 30_000);

  it('on a terminal, redraws one progress line per scenario', () => {
    const { err } = cli(['--seeds', '2', '--months', '1'], true);
    expect(err).toMatch(/^\rsample-growth: 1\/2 runs\rsample-growth: 2\/2 runs\rsample-growth: 2 runs in/);
  }, 30_000);

  it('--json prints the report as JSON and the count on stderr', () => {
    const { code, out, err } = cli(['--seeds', '1', '--months', '1', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['seeds', 'firstSeed', 'months', 'layerLimit', 'scenarios', 'targets', 'met']);
    expect(report.targets).toHaveLength(10);
    expect(err).toMatch(new RegExp(`\\n${report.met} of 10 targets met\\n$`));
  }, 30_000);

  it.each([
    [['--seeds', 'x'], 2, /--seeds takes a whole number/],
    [['--help'], 0, /^$/],
  ])('%j exits %i', (argv, exit, err) => {
    const result = cli(argv);
    expect(result.code).toBe(exit);
    expect(result.err).toMatch(err);
  });
});

describe('npm run calibrate', () => {
  it('runs as a command and exits 0, or 2 on a bad option', () => {
    const ok = spawnSync(process.execPath, ['scripts/calibrate.mjs', '--seeds', '1', '--months', '1'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/targets met\n$/);
    expect(ok.stderr).toMatch(/generated-growth: 1 run in/);
    const bad = spawnSync(process.execPath, ['scripts/calibrate.mjs', '--bogus'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown option --bogus/);
  }, 60_000);
});
