import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeScenario } from '../../shared/file/scenarioFile';
import type { Scenario, ScenarioEvent } from '../../shared/model/types';
import { duplicateVariant, switchVariant } from '../../shared/model/variants';
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
    [[], { file: null, months: null, seed: null, json: null, person: null, runs: null, variant: null, compare: null }],
    [
      ['a.orgsim.json', '--months', '6', '--seed', '3', '--json', 'o.json'],
      { file: 'a.orgsim.json', months: 6, seed: 3, json: 'o.json', person: null, runs: null, variant: null, compare: null },
    ],
    [
      ['--person', 'Ana Ruiz', '--runs', '20'],
      { file: null, months: null, seed: null, json: null, person: 'Ana Ruiz', runs: 20, variant: null, compare: null },
    ],
    [
      ['--variant', 'Series B', '--person', 'Ana Ruiz'],
      { file: null, months: null, seed: null, json: null, person: 'Ana Ruiz', runs: null, variant: 'Series B', compare: null },
    ],
    [
      ['--compare', ' Baseline , Series B,', '--runs', '5'],
      { file: null, months: null, seed: null, json: null, person: null, runs: 5, variant: null, compare: ['Baseline', 'Series B'] },
    ],
  ])('%j', (argv, expected) => expect(parseArgs(argv)).toEqual(expected));
  it.each([
    [['--months', 'many'], /--months takes a whole number from 0 to 600; got “many”/],
    [['--months', '-1'], /--months takes a whole number/],
    [['--seed'], /--seed takes a whole number \(0 or more\); got nothing/],
    [['--colour'], /Unknown option --colour/],
    [['a', 'b'], /Only one input file/],
    [['--person'], /--person takes a name or a person id/],
    [['--runs', '1e9'], /--runs takes a whole number from 0 to 10,000/],
    [['--variant'], /--variant takes the name of one of the file’s variants/],
    [['--compare', 'Baseline'], /--compare takes two or more variant names separated by commas \(--compare "Baseline,Series B"\); got “Baseline”/],
    [['--compare'], /--compare takes two or more variant names[^\n]*got nothing/],
    [['--compare', 'A,B', '--variant', 'A'], /--variant and --compare don’t go together/],
    [['--compare', 'A,B', '--person', 'Ana Ruiz'], /--person follows one variant \(pick it with --variant\), not a comparison/],
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
    [
      'a broken file',
      async () => {
        const f = join(dir, 'bad.orgsim.json');
        await fs.writeFile(f, '{"format":"orgsim","version":1,"org":{"asOf":"2026-01-01","people":[],"units":[{"id":"u1","name":"A","parentId":"u1"}]}}');
        return f;
      },
      /bad.orgsim.json can.t be opened:\n  org.units\[0\].parentId: Unit “A” \(u1\) reports to itself/,
    ],
    [
      'a CSV without the columns it needs',
      async () => {
        const f = join(dir, 'org.csv');
        await fs.writeFile(f, 'foo,bar\n1,2\n');
        return f;
      },
      /org.csv: The file needs an employee id column/,
    ],
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
    expect(err).toMatch(
      /Columns read: id → Employee id; parentId → Manager \(id, email or name\); name → Name; positionName → Title; department_name → Department or team; area → Division or area; tags → Tags\./,
    );
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

/** The sample with three variants: Baseline (edited), Marcus leaves (month 2) and Series B (20 hires in months 6-7). */
function plan(): Scenario {
  const must = (r: { ok: true; value: Scenario } | { ok: false; error: string }): Scenario => {
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  const withEvent = (s: Scenario, e: ScenarioEvent): Scenario => ({ ...s, events: [...s.events, e] });
  const base = { ...sampleScenario(), name: 'Plan 2027', simulation: { months: 12, seed: 3 } };
  let s = must(duplicateVariant(base, 'Series B'));
  s = withEvent(s, {
    kind: 'funding',
    id: 'f',
    month: 6,
    amount: 1,
    engineeringShare: 1,
    costPerEngineer: 1,
    runwayMonths: 12,
    rampMonths: 2,
    hires: 20,
    target: { kind: 'spread' },
  });
  s = must(duplicateVariant(must(switchVariant(s, 'Baseline')), 'Marcus leaves'));
  s = withEvent(s, { kind: 'departure', id: 'd', month: 2, personId: 'p02' as never });
  return must(switchVariant(s, 'Baseline'));
}

describe('runCli with variants', () => {
  const planFile = async () => {
    const file = join(dir, 'plan.orgsim.json');
    await fs.writeFile(file, serializeScenario(plan()));
    return file;
  };

  it('--variant runs that variant (any case), and the JSON says which', async () => {
    const file = await planFile();
    const out = join(dir, 'b.json');
    const b = await cli(file, '--variant', 'series b', '--json', out);
    expect([b.code, b.err]).toEqual([0, '']);
    expect(b.out).toMatch(/OrgSim: “Plan 2027 — Series B”, 12 months, seed 3/);
    expect(b.out).toMatch(/Events: [^\n]*1 funding/);
    const report = JSON.parse(await fs.readFile(out, 'utf8'));
    expect(Object.keys(report)).toEqual(['months', 'seed', 'emergent', 'vacancies', 'metrics', 'events', 'flags', 'variant']);
    expect(report.variant).toBe('Series B');
    const base = await cli(file, '--json', join(dir, 'a.json'));
    expect(base.out).toMatch(/OrgSim: “Plan 2027”, 12 months, seed 3/);
    expect(report.metrics.headcount).toBeGreaterThan(JSON.parse(await fs.readFile(join(dir, 'a.json'), 'utf8')).metrics.headcount);
  });

  it('--variant with a name the file hasn’t exits 2 and lists the variants', async () => {
    const { code, out, err } = await cli(await planFile(), '--variant', 'Series C');
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe('No variant called “Series C” in plan.orgsim.json. Its variants: Baseline, Marcus leaves, Series B.\n');
  });

  it('--compare prints the metric table, the diff and the roles in one only, at the end month', async () => {
    const { code, out, err } = await cli(await planFile(), '--compare', 'baseline,Marcus Leaves', '--months', '3');
    expect([code, err]).toEqual([0, '']);
    expect(out).toMatch(/^OrgSim comparison of “Plan 2027”: Baseline vs Marcus leaves at month 3, seed 3 \(every variant runs on the same seed/);
    expect(out).toMatch(/\n {28}Baseline {3}Marcus leaves {3}Marcus leaves − Baseline\n/);
    expect(out).toMatch(/\n  Headcount +\d+ +\d+ +−1\n/);
    expect(out).toMatch(/\nMarcus leaves against Baseline at month 3:\n/);
    expect(out).toMatch(/MoM roles that emerged only in Marcus leaves \(1\):\n {4}month  2 {2}Director — Product Engineering A \[departure\] — still open\n/);
    expect(out).toMatch(/Open roles only in Baseline: [^\n]*· only in Marcus leaves: Product Engineering A\n/);
    expect(out).toMatch(/MoM roles that emerged only in Baseline: none/);
    expect(out).not.toMatch(/Monte Carlo/);
  });

  it('--compare with --runs adds the Monte Carlo difference per seed; --json adds a compare object, fields only added', async () => {
    const out = join(dir, 'cmp.json');
    const { code, out: text, err } = await cli(await planFile(), '--compare', 'Baseline,Series B', '--runs', '6', '--json', out);
    expect([code, err]).toEqual([0, '']);
    expect(text).toMatch(/Monte Carlo: Series B − Baseline, run by run on the same 6 seeds \(median, p10 to p90 of the difference\):/);
    // Twenty hires over months 6-7: ten in month 6 in every run, and about twenty by month 12.
    expect(text).toMatch(/\n {2}6 +\+10 \(\+10 to \+10\) /);
    expect(text).toMatch(/\n {2}12 +\+2\d \(\+\d+ to \+\d+\) /);
    const report = JSON.parse(await fs.readFile(out, 'utf8'));
    expect(Object.keys(report)).toEqual(['months', 'seed', 'emergent', 'vacancies', 'metrics', 'events', 'flags', 'variant', 'compare']);
    // The report's own fields are the first variant's run, as without --compare.
    const alone = join(dir, 'alone.json');
    await cli(join(dir, 'plan.orgsim.json'), '--json', alone);
    const { variant, compare, ...rest } = report;
    expect(rest).toEqual(JSON.parse(await fs.readFile(alone, 'utf8')));
    expect(variant).toBe('Baseline');
    expect(Object.keys(compare)).toEqual(['month', 'seed', 'variants', 'metrics', 'series', 'diffs', 'monteCarlo']);
    expect(compare).toMatchObject({ month: 12, seed: 3, variants: ['Baseline', 'Series B'] });
    expect(compare.metrics[0]).toEqual({
      metric: 'headcount',
      label: 'Headcount',
      values: [expect.any(Number), expect.any(Number)],
      deltas: [0, expect.any(Number)],
    });
    expect(compare.metrics[0].values[0]).toBe(report.metrics.headcount);
    expect(compare.series[0].headcount).toHaveLength(13);
    expect(compare.series[0].headcount.slice(0, 6)).toEqual(compare.series[1].headcount.slice(0, 6));
    expect(Object.keys(compare.diffs[0])).toEqual(['a', 'b', 'added', 'removed', 'moved', 'renamed', 'leadChanged', 'vacancies', 'emergent', 'forecast']);
    expect(compare.diffs[0]).toMatchObject({ a: 'Baseline', b: 'Series B' });
    expect(compare.diffs[0].added.length).toBeGreaterThan(0);
    expect(compare.monteCarlo).toHaveLength(1);
    expect(compare.monteCarlo[0]).toMatchObject({ a: 'Baseline', b: 'Series B', runs: 6, months: 12 });
    expect(compare.monteCarlo[0].byMonth[5].headcount).toEqual({ p10: 0, median: 0, p90: 0 });
    expect(Object.keys(compare.monteCarlo[0].units[0])).toEqual(['unit', 'a', 'b', 'difference', 'onlyA', 'onlyB']);
  });

  it('--compare at a month before a variant’s events runs far enough for them, and reports the first variant as a run to that month', async () => {
    const file = await planFile();
    const out = join(dir, 'early.json');
    const { code, out: text, err } = await cli(file, '--compare', 'Baseline,Series B', '--months', '4', '--json', out);
    expect([code, err]).toEqual([0, '']);
    expect(text).toMatch(/\n  Headcount +(\d+) +\1 +0\n/);
    const { variant: _v, compare, ...rest } = JSON.parse(await fs.readFile(out, 'utf8'));
    const alone = join(dir, 'alone4.json');
    await cli(file, '--months', '4', '--json', alone);
    expect(rest).toEqual(JSON.parse(await fs.readFile(alone, 'utf8')));
    expect(compare.diffs[0]).toMatchObject({ added: [], removed: [], moved: [], emergent: { onlyA: [], onlyB: [], timing: [] } });
    // Month 0: today's orgs and forecasts side by side, no simulation; Monte Carlo needs months.
    const today = await cli(file, '--compare', 'Baseline,Series B', '--months', '0', '--runs', '5');
    expect(today.code).toBe(0);
    expect(today.out).toMatch(/at month 0, seed 3/);
    expect(today.out).toMatch(/Monte Carlo needs a run: give --months 1 or more\.\n$/);
  });

  it('--compare of a variant with itself under two spellings is refused; unknown names exit 2 and list the variants', async () => {
    const file = await planFile();
    const twice = await cli(file, '--compare', 'Baseline,BASELINE');
    expect([twice.code, twice.err]).toEqual([2, '--compare names the variant “Baseline” twice.\n']);
    const unknown = await cli(file, '--compare', 'Baseline,Series C,Acme');
    expect([unknown.code, unknown.out]).toEqual([2, '']);
    expect(unknown.err).toBe('No variant called “Series C” or “Acme” in plan.orgsim.json. Its variants: Baseline, Marcus leaves, Series B.\n');
  });

  it('--compare on a CSV (or the sample), which has one variant, exits 2 and says so', async () => {
    const csv = await cli(join(process.cwd(), 'tests', 'fixtures', 'hr-export.csv'), '--compare', 'Baseline,Series B');
    expect(csv.code).toBe(2);
    expect(csv.err).toMatch(/hr-export.csv has one variant \(Baseline\): there is nothing to compare it with\.\n$/);
    const sample = await cli('--compare', 'Baseline,Series B');
    expect([sample.code, sample.err]).toEqual([2, 'The sample has one variant (Baseline): there is nothing to compare it with.\n']);
  });

  it('--compare names the variant whose events have problems, exit 1', async () => {
    const file = join(dir, 'broken.orgsim.json');
    const s = plan();
    const broken = {
      ...s,
      variants: s.variants!.map((v) =>
        v.name === 'Series B' ? { ...v, events: [{ kind: 'departure' as const, id: 'x', month: 2, personId: 'p999' as never }] } : v,
      ),
    };
    await fs.writeFile(file, serializeScenario(broken));
    const { code, err } = await cli(file, '--compare', 'Baseline,Series B');
    expect(code).toBe(1);
    expect(err).toMatch(/The scenario's events have problems:\n  Series B: events\[0\]\.personId: There is no person “p999” to leave\./);
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
