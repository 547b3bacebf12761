import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOrg } from '../model/invariants';
import { sampleScenario } from '../sample/sampleScenario';
import { arbitraryScenario } from '../testing/arbitraries';
import { migrate } from './migrations';
import { FILE_VERSION, parseScenarioFile, serializeScenario } from './scenarioFile';

const sampleText = serializeScenario(sampleScenario());
const sampleJson = (): any => JSON.parse(sampleText);
const problemsOf = (text: string) => {
  const result = parseScenarioFile(text);
  if (result.ok) throw new Error('expected problems');
  return result.error;
};

describe('parseScenarioFile', () => {
  it('reads the sample back exactly', () => {
    const result = parseScenarioFile(sampleText);
    expect(result.ok && result.value).toEqual(sampleScenario());
  });

  it('writes the same text for the same document, whatever order its keys were built in', () => {
    const reparsed = parseScenarioFile(sampleText);
    expect(reparsed.ok && serializeScenario(reparsed.value)).toBe(sampleText);
  });

  it('ignores a byte-order mark', () => {
    expect(parseScenarioFile(`\uFEFF${sampleText}`).ok).toBe(true);
  });

  it('fills defaults for a minimal file', () => {
    const result = parseScenarioFile(JSON.stringify({ format: 'orgsim', version: 1, org: { asOf: '2026-01-01', people: [], units: [{ id: 'u1', name: 'Eng' }] } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.policy.splitAbove).toBe(8);
    expect(result.value.org.units['u1' as never]).toEqual({ id: 'u1', name: 'Eng', leadId: null, memberIds: [], parentId: null });
    expect(result.value.simulation).toEqual({ months: 24, seed: 1 });
  });

  const broken: [string, () => string, string, RegExp][] = [
    ['not JSON', () => '{ "format": "orgsim", ', '(root)', /not valid JSON/],
    ['empty', () => '', '(root)', /empty/],
    ['an array', () => '[]', '(root)', /JSON object/],
    ['no format', () => JSON.stringify({ version: 1 }), 'format', /format.*missing/],
    ['newer version', () => JSON.stringify({ ...sampleJson(), version: FILE_VERSION + 2 }), 'version', /newer version of OrgSim \(file version 3/],
    [
      'wrong type',
      () => {
        const j = sampleJson();
        j.policy.splitAbove = 'eight';
        return JSON.stringify(j);
      },
      'policy.splitAbove',
      /Expected a number, got the text “eight”/,
    ],
    [
      'bad date',
      () => {
        const j = sampleJson();
        j.org.people[4].hireDate = '2023-02-30';
        return JSON.stringify(j);
      },
      'org.people[4].hireDate',
      /calendar date/,
    ],
    [
      'a cycle',
      () => {
        const j = sampleJson();
        j.org.units[0].parentId = 'u04'; // Engineering under Payments, which is under Engineering
        return JSON.stringify(j);
      },
      'org.units[0].parentId',
      /circle/,
    ],
    [
      'a dangling lead',
      () => {
        const j = sampleJson();
        j.org.units[3].leadId = 'p999';
        return JSON.stringify(j);
      },
      'org.units[3].leadId',
      /“p999”, who is not in the org/,
    ],
    [
      'a dangling parent',
      () => {
        const j = sampleJson();
        j.org.units[5].parentId = 'u404';
        return JSON.stringify(j);
      },
      'org.units[5].parentId',
      /“u404”, which is not in the org/,
    ],
    [
      'duplicate person ids',
      () => {
        const j = sampleJson();
        j.org.people[7].id = j.org.people[2].id;
        return JSON.stringify(j);
      },
      'org.people[7].id',
      /used twice: also by org.people\[2\]/,
    ],
    [
      'unknown event kind',
      () => JSON.stringify({ ...sampleJson(), events: [{ kind: 'party', id: 'e', month: 1 }] }),
      'events[0].kind',
      /doesn't match any allowed shape \(kind the text “party”\)/,
    ],
  ];
  it.each(broken)('refuses %s with a path and a sentence', (_name, make, path, message) => {
    const problems = problemsOf(make());
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.find((p) => p.path === path)!.message).toMatch(message);
  });

  it('lists every problem, not just the first', () => {
    const j = sampleJson();
    for (let i = 0; i < 30; i++) j.org.people[i].level = 'senior';
    expect(problemsOf(JSON.stringify(j))).toHaveLength(30);
  });

  it('repairs view entries for units that are gone instead of refusing the file', () => {
    const j = sampleJson();
    j.view = { positions: { u01: { x: 1, y: 2 }, gone: { x: 0, y: 0 } }, collapsed: ['gone', 'u02'] };
    const result = parseScenarioFile(JSON.stringify(j));
    expect(result.ok && result.value.view).toEqual({ positions: { u01: { x: 1, y: 2 } }, collapsed: ['u02'] });
  });

  it('opens a version-0 file through the migration chain', () => {
    const j = sampleJson();
    delete j.simulation;
    delete j.view;
    const result = parseScenarioFile(JSON.stringify({ ...j, version: 0 }));
    expect(result.ok && result.value.simulation).toEqual({ months: 24, seed: 1 });
  });
});

describe('migrate', () => {
  it('runs each step in order and stamps the version', () => {
    const seen: number[] = [];
    const chain = { 0: (d: any) => (seen.push(0), { ...d, a: 1 }), 1: (d: any) => (seen.push(1), { ...d, b: d.a + 1 }) };
    expect(migrate({ version: 0 }, 0, 2, chain)).toEqual({ version: 2, a: 1, b: 2 });
    expect(seen).toEqual([0, 1]);
  });
  it('is a bug to lack a step', () => {
    expect(() => migrate({}, 5, 6)).toThrow(/No migration/);
  });
});

describe('properties', () => {
  it('save then load is lossless', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (scenario) => {
        expect(checkOrg(scenario.org)).toEqual([]);
        const text = serializeScenario(scenario);
        const result = parseScenarioFile(text);
        expect(result.ok && result.value).toEqual(scenario);
        expect(result.ok && serializeScenario(result.value)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
  it('never throws on arbitrary text or JSON', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseScenarioFile(s)));
    fc.assert(fc.property(fc.json(), (s) => void parseScenarioFile(s)));
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat({ max: 40 }), (value, at) => {
        const j = sampleJson();
        const keys = ['name', 'org', 'policy', 'events', 'simulation', 'view'];
        j[keys[at % keys.length]!] = value;
        void parseScenarioFile(JSON.stringify(j));
      }),
    );
  });
});
