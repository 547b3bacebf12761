import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeScenario } from '../../shared/file/scenarioFile';
import { sampleScenario } from '../../shared/sample/sampleScenario';
import { parseArgs, runCli } from './simulate';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'orgsim-cli-'));
});
afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), fs });
  return { code, out, err };
}

describe('parseArgs', () => {
  it.each([
    [[], { file: null, months: null, seed: null, json: null, person: null, runs: 200 }],
    [['a.orgsim.json', '--months', '6', '--seed', '3', '--json', 'o.json'], { file: 'a.orgsim.json', months: 6, seed: 3, json: 'o.json', person: null, runs: 200 }],
    [['--person', 'Ana Ruiz', '--runs', '20'], { file: null, months: null, seed: null, json: null, person: 'Ana Ruiz', runs: 20 }],
  ])('%j', (argv, expected) => expect(parseArgs(argv)).toEqual(expected));
  it.each([
    [['--months', 'many'], /--months takes a whole number from 0 to 600; got “many”/],
    [['--months', '-1'], /--months takes a whole number/],
    [['--seed'], /--seed takes a whole number \(0 or more\); got nothing/],
    [['--colour'], /Unknown option --colour/],
    [['a', 'b'], /Only one input file/],
    [['--person'], /--person takes a name or a person id/],
    [['--runs', '1e9'], /--runs takes a whole number from 0 to 10,000/],
  ])('refuses %j', (argv, message) => expect(parseArgs(argv)).toMatch(message));
});

describe('runCli --person', () => {
  it("prints a person's path with odds and adds a path object to the JSON, fields only added", async () => {
    const out = join(dir, 'path.json');
    const { code, out: text, err } = await cli('--months', '12', '--person', 'ana ruiz', '--runs', '12', '--json', out);
    expect([code, err]).toEqual([0, '']);
    expect(text).toMatch(/Path of Ana Ruiz \(Engineering Manager, leads Payments\)/);
    expect(text).toMatch(/Next step: a manager-of-managers role — ready now/);
    expect(text).toMatch(/Director of Product Engineering B \(emergent\): #1 of \d+, ready now, near/);
    expect(text).toMatch(/Over 12 runs × 12 months:\n    first in line for a MoM role: \d+% within 12 months/);
    const json = JSON.parse(await fs.readFile(out, 'utf8'));
    expect(json.metrics).toBeDefined();
    expect(json.path).toMatchObject({ person: { name: 'Ana Ruiz', role: 'lead' }, step: 'mom', band: 'ready-now', odds: { runs: 12, months: 12 } });
    expect(json.path.roles[0]).toMatchObject({ role: 'Director', rank: 1 });
  });

  it('says who it could not find, with close names', async () => {
    const { code, err } = await cli('--months', '0', '--person', 'Ana');
    expect(code).toBe(1);
    expect(err).toMatch(/No one called “Ana” in the org\. Did you mean [^\n]*Ana Ruiz/);
  });
});

describe('runCli', () => {
  it('runs the sample and reports the roles that emerge', async () => {
    const { code, out, err } = await cli('--months', '6');
    expect([code, err]).toEqual([0, '']);
    expect(out).toMatch(/OrgSim: “Sample: Northwind Engineering”, 6 months, seed 1/);
    expect(out).toMatch(/Director — Product Engineering B above [^\n]+ \[span\]/);
    expect(out).toMatch(/MoM internal fill rate (\d+%|n\/a) \(reference band 45-70%\)/);
  });

  it('--months 0 gives today’s forecast without simulating', async () => {
    const { code, out } = await cli('--months', '0');
    expect(code).toBe(0);
    expect(out).toMatch(/forecast for “Sample: Northwind Engineering” \(today, no simulation\)/);
    expect(out).toMatch(/month  0  Director — Product Engineering B above Mobile, Growth, Notifications \[span\]/);
    expect(out).toMatch(/span-over +Marcus Chen would lead 7 managed units; the MoM span is at most 6: 1 new sibling group beside it\./);
    expect(out).toMatch(/EM of Search, open since month -2/);
  });

  it('names to-assess candidates in the JSON report: "band": "to-assess" for an HR export without signals', async () => {
    const csv = fileURLToPath(new URL('../../tests/fixtures/hr-export-no-signals.csv', import.meta.url));
    const out = join(dir, 'today.json');
    const { code } = await cli(csv, '--months', '0', '--json', out);
    expect(code).toBe(0);
    const text = await fs.readFile(out, 'utf8');
    const report = JSON.parse(text);
    // Tom Berg leads 7 EMs (over the span of 6): a Director emerges; nobody's signals are known, so the
    // longest-serving EMs are to assess (ready now if met), not "none inside".
    const director = report.emergent.find((e: { role: string }) => e.role === 'Director');
    expect(director.candidates).toContainEqual({ name: 'Rosa Diaz', band: 'to-assess' });
    expect(text).toContain('"band": "to-assess"');
  });

  it('writes the JSON contract', async () => {
    const file = join(dir, 'plan.orgsim.json');
    await fs.writeFile(file, serializeScenario(sampleScenario()));
    const out = join(dir, 'out.json');
    const { code } = await cli(file, '--months', '12', '--seed', '4', '--json', out);
    expect(code).toBe(0);
    const report = JSON.parse(await fs.readFile(out, 'utf8'));
    expect(Object.keys(report)).toEqual(['months', 'seed', 'emergent', 'vacancies', 'metrics', 'events', 'flags']);
    for (const f of report.flags) expect(Object.keys(f)).toEqual(['kind', 'unit', 'message', 'numbers']);
    expect(report).toMatchObject({ months: 12, seed: 4 });
    expect(Object.keys(report.metrics)).toEqual(['headcount', 'teams', 'managers', 'moms', 'layers', 'internalFillRate', 'benchStrength']);
    expect(report.emergent.find((e: { rule: string }) => e.rule === 'team-split')).toMatchObject({ month: 1, role: 'EM', unit: 'Payments B' });
    expect(report.events[0]).toEqual({ month: expect.any(Number), kind: expect.any(String), text: expect.any(String) });
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.orgsim.json'), /can't read it/],
    ['a broken file', async () => { const f = join(dir, 'bad.orgsim.json'); await fs.writeFile(f, '{"format":"orgsim","version":1,"org":{"asOf":"2026-01-01","people":[],"units":[{"id":"u1","name":"A","parentId":"u1"}]}}'); return f; }, /bad.orgsim.json can.t be opened:\n  org.units\[0\].parentId: Unit “A” \(u1\) reports to itself/],
    ['a CSV without the columns it needs', async () => { const f = join(dir, 'org.csv'); await fs.writeFile(f, 'foo,bar\n1,2\n'); return f; }, /org.csv: The file needs an employee id column/],
  ])('reports %s on stderr with a non-zero exit', async (_n, make, message) => {
    const { code, out, err } = await cli(await make());
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  it('takes an HR CSV export and says what it could not map or import', async () => {
    const { code, out, err } = await cli(join(process.cwd(), 'tests', 'fixtures', 'hr-export.csv'), '--months', '0');
    expect(code).toBe(0);
    expect(out).toMatch(/OrgSim forecast for “hr-export”/);
    expect(out).toMatch(/Headcount 10 · teams 3/);
    expect(err).toMatch(/row 12: skipped: Employee id “1004” is used twice/);
  });

  it('reads the d3-org-chart format (id, parentId) with no mapping, and keeps a department together when a span splits', async () => {
    const out = join(dir, 'd3.json');
    const { code, err } = await cli(join(process.cwd(), 'tests', 'fixtures', 'd3-org-chart.csv'), '--months', '0', '--json', out);
    expect(code).toBe(0);
    expect(err).toMatch(/Columns read: id → Employee id; parentId → Manager \(id, email or name\); name → Name; positionName → Title; department_name → Department or team; area → Division or area; tags → Tags\./);
    const report = JSON.parse(await fs.readFile(out, 'utf8'));
    expect(report.metrics.headcount).toBe(38);
    // The CTO leads 8 teams (Platform and Product alternating in the file): one new group takes one department.
    const director = report.emergent.find((e: { rule: string }) => e.rule === 'span');
    expect(new Set(director.above.map((u: string) => u.replace(/ \(\d+\)$/, '')))).toEqual(new Set([expect.stringMatching(/^(Platform|Product)$/)]));
  });

  it('refuses events that name missing people', async () => {
    const file = join(dir, 'ev.orgsim.json');
    await fs.writeFile(file, serializeScenario({ ...sampleScenario(), events: [{ kind: 'departure', id: 'd', month: 3, personId: 'p999' as never }] }));
    const { code, err } = await cli(file);
    expect(code).toBe(1);
    expect(err).toMatch(/events\[0\].personId: There is no person “p999” to leave./);
  });
});

describe('npm run simulate', () => {
  it('runs as a command and exits 0, or 2 on a bad option', () => {
    const ok = spawnSync(process.execPath, ['scripts/simulate.mjs', '--months', '0'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/Roles that emerge/);
    const bad = spawnSync(process.execPath, ['scripts/simulate.mjs', '--bogus'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown option --bogus/);
  }, 30_000);
});
