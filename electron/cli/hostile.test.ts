/** The hostile corpus (tests/fixtures/hostile/) through the `simulate` CLI: exit 0 for a file that opens, 1 with a short report otherwise, never a crash. */
import { readdirSync, readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_REPORTED_PROBLEMS } from '../../shared/file/scenarioFile';
import { runCli } from './simulate';

// The largest files take a few seconds each on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const folder = join(__dirname, '..', '..', 'tests', 'fixtures', 'hostile');
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.orgsim.json'))
  .sort();
const OPENS = new Set<string>(JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')).opens);

describe.each(files)('%s', (file) => {
  const name = file.replace('.orgsim.json', '');
  it('the CLI reports it with an exit code, never a crash', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([join(folder, file), '--months', '2'], { out: (t) => out.push(t), err: (t) => err.push(t), fs });
    if (OPENS.has(name)) expect(code, err.join('')).toBe(0);
    else {
      expect(code).toBe(1);
      expect(err.join('').split('\n').length).toBeLessThanOrEqual(MAX_REPORTED_PROBLEMS + 5);
    }
  });
});
