/**
 * Golden outputs: digests of whole `simulate` results (every month's org, the metrics, the log, the emergent
 * records) and of Monte Carlo digests, recorded before the simulation was rewritten for speed (issue 10). The
 * same scenario and seed must give exactly the same answer, key order included; a digest that changes means the
 * answer changed, which a speed-up must never do. When a change of answer is intended (a bug fixed), say so in
 * the commit and replace the digests with the ones the failure prints.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, EMPTY_VIEW, type Scenario, type ScenarioEvent, type UnitId } from '../model/types';
import { generateOrg } from '../sample/generateOrg';
import { sampleScenario } from '../sample/sampleScenario';
import { calibrationScenarios } from './calibrate';
import { monteCarloRun } from './monteCarlo';
import { simulate, type SimulateOptions } from './simulate';

/** 53-bit string hash (cyrb53), as 14 hex digits: enough to tell two long JSON texts apart. */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

const [sampleGrowth, sampleFlat, generatedGrowth] = calibrationScenarios(36).map((c) => c.scenario) as [Scenario, Scenario, Scenario];

/** The sample with every kind of event: growth, a funding round, both kinds of acquisition, cuts, a departure, a reorg. */
function eventful(): Scenario {
  const s = sampleScenario();
  const units = Object.values(s.org.units);
  const people = Object.values(s.org.people);
  const byName = (name: string): UnitId => units.find((u) => u.name === name)?.id ?? units[1]!.id;
  const teams = units.filter((u) => !units.some((c) => c.parentId === u.id));
  const small = generateOrg({ size: 40, seed: 3, asOf: s.org.asOf });
  const events: ScenarioEvent[] = [
    { kind: 'growth', id: 'g', fromMonth: 1, toMonth: 24, perMonth: 1.5, target: { kind: 'spread' } },
    {
      kind: 'funding',
      id: 'f',
      month: 4,
      amount: 20_000_000,
      engineeringShare: 0.5,
      costPerEngineer: 250_000,
      runwayMonths: 24,
      rampMonths: 4,
      target: { kind: 'units', unitIds: [teams[0]!.id, teams[1]!.id] },
    },
    { kind: 'acquisition', id: 'a1', month: 6, underUnitId: byName('Payments'), mode: 'division', source: { kind: 'generated', size: 30 } },
    { kind: 'acquisition', id: 'a2', month: 9, underUnitId: units[0]!.id, mode: 'integrate', source: { kind: 'org', org: small } },
    { kind: 'downsizing', id: 'd1', month: 12, share: 0.15, rule: 'random', target: { kind: 'spread' } },
    { kind: 'downsizing', id: 'd2', month: 15, share: 0.1, rule: 'recent-hires', target: { kind: 'units', unitIds: [units[1]!.id] } },
    { kind: 'downsizing', id: 'd3', month: 18, share: 0.1, rule: 'lowest-rating', target: { kind: 'spread' } },
    { kind: 'departure', id: 'x', month: 3, personId: people[1]!.id },
    { kind: 'reorg', id: 'r', month: 5, unitId: teams[2]!.id, newParentId: units[0]!.id },
  ];
  return { ...s, events };
}

/** A generated 300-person org with a downsizing and an acquisition (rule 5 and merges at a larger size). */
function generatedEvents(): Scenario {
  const org = generateOrg({ size: 300, seed: 11, asOf: sampleScenario().org.asOf });
  const root = Object.values(org.units).find((u) => u.parentId === null)!.id;
  const events: ScenarioEvent[] = [
    { kind: 'growth', id: 'g', fromMonth: 1, toMonth: 24, perMonth: 3, target: { kind: 'spread' } },
    { kind: 'downsizing', id: 'd', month: 8, share: 0.3, rule: 'random', target: { kind: 'spread' } },
    { kind: 'acquisition', id: 'a', month: 14, underUnitId: root, mode: 'integrate', source: { kind: 'generated', size: 60 } },
  ];
  return { name: 'g300', org, policy: { ...DEFAULT_POLICY, annualAttrition: 0.2 }, events, simulation: { months: 24, seed: 1 }, view: EMPTY_VIEW };
}

const cases: [string, Scenario, SimulateOptions][] = [
  ['sample-growth s1', sampleGrowth, { months: 36, seed: 1 }],
  ['sample-growth s2', sampleGrowth, { months: 36, seed: 2 }],
  ['sample-growth s3 summary', sampleGrowth, { months: 36, seed: 3, detail: 'summary' }],
  ['sample-growth s4 firstInLine', sampleGrowth, { months: 36, seed: 4, detail: 'summary', firstInLine: true }],
  ['sample-flat s5', sampleFlat, { months: 36, seed: 5 }],
  ['eventful s1', eventful(), { months: 24, seed: 1 }],
  ['eventful s2', eventful(), { months: 24, seed: 2 }],
  ['eventful s3 summary', eventful(), { months: 24, seed: 3, detail: 'summary' }],
  ['generated-events s1', generatedEvents(), { months: 24, seed: 1 }],
  ['generated-events s2 summary', generatedEvents(), { months: 24, seed: 2, detail: 'summary' }],
  ['generated-growth s1', generatedGrowth, { months: 36, seed: 1 }],
  ['generated-growth s2 summary', generatedGrowth, { months: 36, seed: 2, detail: 'summary' }],
];

/** What the rewrite must reproduce, case by case: [orgs, metrics, events, emergent]. */
const GOLDEN: Record<string, readonly string[]> = {
  'sample-growth s1': ['0019ecb7205d9e', '1461633366560c', '15f2b49a3f2b2c', '1c297d22c95f4e'],
  'sample-growth s2': ['196d1cd71e87c7', '020b986ff66014', '195ad8e88d0851', '161d7e6165af05'],
  'sample-growth s3 summary': ['0d94d5eec80ce3', '087c649883eb67', '0b8ca74fe198b7', '03832bb52f2f64'],
  'sample-growth s4 firstInLine': ['1c087717b63203', '073eb1de22d162', '0faee79bb647ad', '0f3b404b6400a0'],
  'sample-flat s5': ['0b013a7c3ee0da', '12deead2e18827', '1f295fa47995d4', '094e6ac49df1a6'],
  'eventful s1': ['1046cc02a36216', '15855a08188fa9', '0f9f50b1cb4853', '04ab235c2e8226'],
  'eventful s2': ['0a145af9043f71', '1b2cf337cb47a6', '0d315d04fa7dbd', '02ad1ed3d86c21'],
  'eventful s3 summary': ['02a6e76f880fab', '0f957946846fd5', '1e11e09117817d', '1353726e6099fb'],
  'generated-events s1': ['158c8eeb920e83', '0186e5f62d7d31', '0a9d54169e4149', '04b78e3f522d46'],
  'generated-events s2 summary': ['13576f256e0e0a', '078642849229c1', '10d96e325dba26', '14edfcd5dbb7c7'],
  'generated-growth s1': ['153f0e81aadd86', '00cdfdbcc1ec26', '1cef18edd9ad6f', '05c1dbf7556298'],
  'generated-growth s2 summary': ['02755491dae90b', '0260ccb26555f6', '02e7ac605dbed2', '02bd6b7760a0c5'],
  'monte-carlo run 0': ['1b0a7cfb349bdd'],
  'monte-carlo run 1': ['01f7d977213bc9'],
  'monte-carlo run 2': ['11f94f628d589f'],
};

describe('golden outputs of simulate (identical before and after the speed-up)', { timeout: 120_000 }, () => {
  it('every case gives the recorded digests', () => {
    const actual: Record<string, string[]> = {};
    for (const [name, scenario, options] of cases) {
      const r = simulate(scenario, options);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      actual[name] = [
        digest(JSON.stringify(r.value.orgs)),
        digest(JSON.stringify(r.value.metrics)),
        digest(JSON.stringify(r.value.events)),
        digest(JSON.stringify(r.value.emergent)),
      ];
    }
    for (const run of [0, 1, 2]) {
      const d = monteCarloRun(generatedGrowth, run, 36);
      if (!d.ok) throw new Error(JSON.stringify(d.error));
      actual[`monte-carlo run ${run}`] = [digest(JSON.stringify(d.value))];
    }
    if (JSON.stringify(actual) !== JSON.stringify(GOLDEN)) console.log(`GOLDEN = ${JSON.stringify(actual, null, 2)}`);
    expect(actual).toEqual(GOLDEN);
  });
});
