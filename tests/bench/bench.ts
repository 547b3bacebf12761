/**
 * `npm run bench`: the speed targets, measured (median of several runs) on generated data.
 * Not part of `npm test`: shared machines are noisy, so timings are read here, not asserted in unit tests.
 */
import { forecastEmergence } from '../../shared/forecast/forecast';
import { guessMapping, importPeople, readCsv } from '../../shared/csv/peopleCsv';
import { layoutOrg } from '../../shared/layout/treeLayout';
import { parseScenarioFile, serializeScenario } from '../../shared/file/scenarioFile';
import { DEFAULT_POLICY, DEFAULT_SIMULATION, EMPTY_VIEW, type Scenario } from '../../shared/model/types';
import { simulate } from '../../shared/simulation/simulate';
import { forecastReport } from '../../shared/simulation/report';
import { generateOrg } from '../../shared/sample/generateOrg';
import { tinyOrg } from '../../shared/testing/testOrg';

/** An HR export of `n` people: a VP, directors over six EMs each, teams of seven. */
function hrCsv(n: number): string {
  const lines = ['Employee ID,Name,Title,Manager ID,Department,Hire Date,Level'];
  lines.push('1,Vera Vp,VP Engineering,,Engineering,2015-01-01,L9');
  let id = 1;
  let director = 0;
  let em = 0;
  let emCount = 0;
  while (id < n) {
    if (emCount % 6 === 0 && (em === 0 || id % 7 === 1)) {
      director = ++id;
      lines.push(`${director},Dir ${director},Director of Engineering,1,Group ${director},2017-01-01,L8`);
    }
    em = ++id;
    emCount++;
    lines.push(`${em},Em ${em},Engineering Manager,${director},Team ${em},2019-01-01,L6`);
    for (let i = 0; i < 7 && id < n; i++) {
      id++;
      lines.push(`${id},"Dev ${id}, Jr",Software Engineer,${em},Team ${em},2022-03-04,L4`);
    }
  }
  return lines.join('\n');
}

function time(label: string, runs: number, job: () => unknown): { label: string; ms: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    job();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { label, ms: samples[Math.floor(samples.length / 2)]! };
}

const csv10k = hrCsv(10_000);
const toScenario = (csv: string): Scenario => {
  const table = readCsv(csv);
  if (!table.ok) throw new Error(table.error);
  const imported = importPeople(table.value, guessMapping(table.value.headers), '2026-11-01');
  if (!imported.ok) throw new Error(imported.error);
  return { name: 'bench', org: imported.value.org, policy: DEFAULT_POLICY, events: [], simulation: DEFAULT_SIMULATION, view: EMPTY_VIEW };
};
const big = toScenario(csv10k);
const mid = toScenario(hrCsv(1_000));
const text = serializeScenario(big);

/** A tree of `n` units, six children each, for the layout alone. */
function unitTree(n: number): Scenario['org'] {
  const units: Record<string, { id: string; name: string; leadId: null; memberIds: string[]; parentId: string | null }> = {};
  for (let i = 0; i < n; i++)
    units[`u${i}`] = { id: `u${i}`, name: `Unit ${i}`, leadId: null, memberIds: [], parentId: i === 0 ? null : `u${Math.floor((i - 1) / 6)}` };
  return { asOf: '2026-11-01', people: {}, units } as unknown as Scenario['org'];
}
const tree10k = unitTree(10_000);

// Real company sizes (issue 10): generated orgs (seeded), the headless `--months 0` path (open the file, forecast
// and report), a 36-month simulation, and a reporting chain 100,000 deep.
const scenarioOf = (org: Scenario['org']): Scenario => ({
  name: 'bench',
  org,
  policy: DEFAULT_POLICY,
  events: [],
  simulation: { months: 36, seed: 1 },
  view: EMPTY_VIEW,
});
const gen10k = scenarioOf(generateOrg({ size: 10_000, seed: 1, asOf: '2026-11-01' }));
const text100k = serializeScenario(scenarioOf(generateOrg({ size: 100_000, seed: 1, asOf: '2026-11-01' })));
const chain100k = scenarioOf(
  tinyOrg(Array.from({ length: 100_000 }, (_, i): [string, string | null, string, string[]] => [`u${i}`, i === 0 ? null : `u${i - 1}`, `p${i}`, []])),
);
const headless = (text: string) => {
  const opened = parseScenarioFile(text);
  if (!opened.ok) throw new Error('the generated file does not open');
  return forecastReport(opened.value);
};

const results = [
  { ...time('Layout, 10,000 units', 5, () => layoutOrg(tree10k, { collapsed: [] })), target: 1000 },
  { ...time('CSV import, 10,000 rows', 5, () => toScenario(csv10k)), target: 2000 },
  { ...time(`Layout, ${Object.keys(big.org.units).length.toLocaleString('en')} units`, 5, () => layoutOrg(big.org, { collapsed: [] })), target: 1000 },
  { ...time('Open a 10,000-person scenario file', 5, () => parseScenarioFile(text)), target: 2000 },
  { ...time('Forecast, 1,000 people', 5, () => forecastEmergence(mid.org, mid.policy)), target: 500 },
  { ...time('Forecast, 10,000 people', 3, () => forecastEmergence(big.org, big.policy)), target: 2000 },
  { ...time('Simulate 24 months, 1,000 people', 3, () => simulate(mid, { months: 24 })), target: 10000 },
  { ...time('Headless --months 0, 100,000 people (open + forecast + report)', 3, () => headless(text100k)), target: 3000 },
  { ...time('Forecast, a reporting chain 100,000 deep', 3, () => forecastReport(chain100k)), target: 5000 },
  { ...time('Simulate 36 months, 10,000 people', 1, () => simulate(gen10k, { months: 36 })), target: 10000 },
];

// How fast this machine is today: machines of one kind here differ from day to day (shared hosts), so figures
// from two days compare only through this reference (the README's table gives it with its figures).
const reference = time('Machine reference: 300 million steps of integer arithmetic', 3, () => {
  let x = 0;
  for (let i = 0; i < 3e8; i++) x = (x * 31 + i) | 0;
  return x;
});
console.log(`\n${reference.label}: ${reference.ms.toFixed(0)} ms`);
console.log('\n| what | median | target |\n| --- | --- | --- |');
for (const r of results) console.log(`| ${r.label} | ${r.ms.toFixed(0)} ms | under ${r.target.toLocaleString('en')} ms${r.ms > r.target ? ' (missed)' : ''} |`);
process.exitCode = results.some((r) => r.ms > r.target) ? 1 : 0;
