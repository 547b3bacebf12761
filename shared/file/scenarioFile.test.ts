import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileProblem } from '../ipc';
import { checkOrg } from '../model/invariants';
import { DEFAULT_POLICY, NO_SIGNALS, UNKNOWN_SIGNALS, personId, unitId, type Scenario } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { arbitraryOrg, arbitraryScenario } from '../testing/arbitraries';
import { FILE_VERSION, orgToFile, parseScenarioFile, serializeScenario } from './scenarioFile';

type Json = any; // these tests build broken files on purpose

/** A small, hand-checkable version-1 file: Ana leads Engineering; Ben leads Payments (Cy, Di); Platform is vacant. */
const tinyFile = (): Json => ({
  format: 'orgsim',
  version: 1,
  name: 'Tiny',
  org: {
    asOf: '2026-01-01',
    people: [
      { id: 'p1', name: 'Ana Ruiz', title: 'Director', level: 7, hireDate: '2018-01-01', managerSince: '2019-01-01' },
      { id: 'p2', name: 'Ben Ode', title: 'EM', level: 6, hireDate: '2020-01-01', managerSince: '2021-06-01' },
      { id: 'p3', name: 'Cy Park', level: 4, hireDate: '2022-01-01' },
      { id: 'p4', name: 'Di Lu', level: 3, hireDate: '2023-01-01' },
    ],
    units: [
      { id: 'u1', name: 'Engineering', leadId: 'p1', memberIds: [], parentId: null },
      { id: 'u2', name: 'Payments', leadId: 'p2', memberIds: ['p3', 'p4'], parentId: 'u1' },
      { id: 'u3', name: 'Platform', leadId: null, memberIds: [], parentId: 'u1' },
    ],
  },
});

const text = (doc: Json): string => JSON.stringify(doc, null, 2);
const broken = (change: (doc: Json) => void): string => {
  const doc = tinyFile();
  change(doc);
  return text(doc);
};
const problemsOf = (fileText: string): readonly FileProblem[] => {
  const result = parseScenarioFile(fileText);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
};
const parsed = (fileText: string): Scenario => {
  const result = parseScenarioFile(fileText);
  if (!result.ok) throw new Error(`expected the file to open: ${JSON.stringify(result.error)}`);
  return result.value;
};

describe('parseScenarioFile: files that open', () => {
  it('reads a short file, filling every default', () => {
    const s = parsed(text(tinyFile()));
    expect(s.name).toBe('Tiny');
    expect(s.policy).toEqual(DEFAULT_POLICY);
    expect(s.events).toEqual([]);
    expect(s.simulation).toEqual({ months: 24, seed: 1 });
    expect(s.view).toEqual({ positions: {}, collapsed: [] });
    expect(Object.keys(s.org.units)).toEqual(['u1', 'u2', 'u3']);
    // No signals written: every signal unknown, not "not met".
    expect(s.org.people[personId('p3')]).toEqual({
      id: 'p3',
      name: 'Cy Park',
      title: '',
      level: 4,
      hireDate: '2022-01-01',
      aspiration: 'unknown',
      signals: UNKNOWN_SIGNALS,
      tags: [],
    });
    expect(s.org.people[personId('p1')]!.managerSince).toBe('2019-01-01');
  });

  it('fills a unit’s missing lead, members and parent as a vacant root', () => {
    const s = parsed(text({ format: 'orgsim', version: 1, org: { asOf: '2026-01-01', units: [{ id: 'u1', name: 'Eng' }] } }));
    expect(s.org.units[unitId('u1')]).toEqual({ id: 'u1', name: 'Eng', leadId: null, memberIds: [], parentId: null });
    expect(s.org.people).toEqual({});
    expect(s.name).toBe('Untitled scenario');
  });

  it('fills the policy fields a file leaves out, down to nested ones', () => {
    const s = parsed(broken((d) => (d.policy = { splitAbove: 10, timeToFillMonths: { em: 2 } })));
    expect(s.policy).toEqual({ ...DEFAULT_POLICY, splitAbove: 10, timeToFillMonths: { ic: 2, em: 2, mom: 4, vp: 5 } });
    const partly = parsed(broken((d) => (d.policy = { flightRiskMultiplier: { high: 3 }, backfillLeavers: false })));
    expect(partly.policy).toEqual({ ...DEFAULT_POLICY, backfillLeavers: false, flightRiskMultiplier: { low: 0.5, medium: 1, high: 3 } });
  });

  it('reads a missing signal as unknown and an explicit false (a v1 file) as not met', () => {
    const s = parsed(broken((d) => (d.org.people[0].signals = { launches: 3, influence: true, momNetwork: false })));
    expect(s.org.people[personId('p1')]!.signals).toEqual({ ...UNKNOWN_SIGNALS, launches: 3, influence: true, momNetwork: false });
    const allFalse = parsed(broken((d) => (d.org.people[0].signals = { ...NO_SIGNALS })));
    expect(allFalse.org.people[personId('p1')]!.signals).toEqual(NO_SIGNALS);
  });

  it('reads null as unknown in a version-2 file, and writes unknowns as explicit nulls', () => {
    const s = parsed(
      broken((d) => {
        d.version = 2;
        d.org.people[0].signals = { launches: null, strongReferences: true, influence: null, mentorsOthers: false };
      }),
    );
    expect(s.org.people[personId('p1')]!.signals).toEqual({ ...UNKNOWN_SIGNALS, strongReferences: true, mentorsOthers: false });
    const written = JSON.parse(serializeScenario(s));
    expect(written.org.people[0].signals).toEqual({
      launches: null,
      strongReferences: true,
      influence: null,
      coachesOutsideTeam: null,
      momNetwork: null,
      operatingAtNextLevel: null,
      mentorsOthers: false,
    });
    expect(written.org.people[2].signals).toEqual({ ...UNKNOWN_SIGNALS });
  });

  it('writes every policy field, the new ones included, in the schema’s order', () => {
    const written = JSON.parse(serializeScenario(parsed(text(tinyFile()))));
    expect(written.policy.timeToFillMonths).toEqual({ ic: 2, em: 3, mom: 4, vp: 5 });
    expect(Object.keys(written.policy).slice(-10)).toEqual([
      'backfillLeavers',
      'monthsPerSignal',
      'monthsToStartMentoring',
      'monthsPerIcLevel',
      'icLevelCap',
      'priorSignalMet',
      'priorWantsMom',
      'priorWantsManager',
      'flightRiskMultiplier',
      'revertCoolOffMonths',
    ]);
  });

  it('ignores a byte-order mark and fields it doesn’t know', () => {
    const s = parsed(`\uFEFF${broken((d) => ((d.comment = 'hi'), (d.org.units[0].colour = 'red')))}`);
    expect(s.org.units[unitId('u1')]).toEqual({ id: 'u1', name: 'Engineering', leadId: 'p1', memberIds: [], parentId: null });
  });

  it('keeps names exactly as written, spaces included', () => {
    expect(parsed(broken((d) => (d.org.people[0].name = '  Ana  '))).org.people[personId('p1')]!.name).toBe('  Ana  ');
  });

  it('repairs the canvas state instead of refusing the file: unknown units, malformed entries, duplicates', () => {
    const s = parsed(
      broken((d) => {
        d.view = { positions: { u1: { x: 1, y: 2 }, gone: { x: 0, y: 0 }, u2: { x: 'left' }, u3: null }, collapsed: ['gone', 'u2', 'u2', 7] };
      }),
    );
    expect(s.view).toEqual({ positions: { u1: { x: 1, y: 2 } }, collapsed: ['u2'] });
    expect(parsed(broken((d) => (d.view = 'zoomed'))).view).toEqual({ positions: {}, collapsed: [] });
  });

  it('opens a version-0 file (no simulation, no view) through the migration chain', () => {
    const s = parsed(broken((d) => (d.version = 0)));
    expect(s.simulation).toEqual({ months: 24, seed: 1 });
    expect(s.view).toEqual({ positions: {}, collapsed: [] });
  });

  it('reads an acquisition’s org into records', () => {
    const acquired = {
      asOf: '2025-12-01',
      people: [{ id: 'q1', name: 'Eve', level: 6, hireDate: '2020-01-01' }],
      units: [{ id: 'v1', name: 'Acme', leadId: 'q1' }],
    };
    const s = parsed(
      broken((d) => (d.events = [{ kind: 'acquisition', id: 'e1', month: 6, underUnitId: 'u1', mode: 'division', source: { kind: 'org', org: acquired } }])),
    );
    const event = s.events[0]!;
    expect(event.kind === 'acquisition' && event.source.kind === 'org' && Object.keys(event.source.org.units)).toEqual(['v1']);
  });
});

describe('parseScenarioFile: files it refuses, with every problem, its path and a plain sentence', () => {
  // [case, file text, the exact problems expected]: the messages written by this module, checked by hand.
  const exact: [string, string, FileProblem[]][] = [
    ['an empty file', '', [{ path: '(root)', message: 'The file is empty.' }]],
    ['a file of blanks', ' \n\t\n', [{ path: '(root)', message: 'The file is empty.' }]],
    [
      'a file cut short',
      '{\n  "format": "orgsim",\n  "version": 1,\n  "org": {\n',
      [{ path: '(root)', message: 'The file is not valid JSON: unexpected end at line 5, column 1.' }],
    ],
    [
      'a trailing comma',
      '{\n  "format": "orgsim",\n  "version": 1,\n}',
      [{ path: '(root)', message: 'The file is not valid JSON: a comma before “}” has nothing after it at line 4, column 1.' }],
    ],
    [
      'not JSON at all',
      'name,title\nAna,EM',
      [{ path: '(root)', message: 'The file is not valid JSON: unexpected word “name” (text must be in double quotes) at line 1, column 1.' }],
    ],
    ['a list at the top', '[]', [{ path: '(root)', message: 'Not an OrgSim file: expected a group of fields in { } at the top, found an empty list.' }]],
    ['no format', '{ "version": 1 }', [{ path: 'format', message: 'Not an OrgSim file: the “format” field is missing.' }]],
    [
      'another format',
      '{ "format": "orgsim-org", "version": 1 }',
      [{ path: 'format', message: 'Not an OrgSim scenario file: its “format” is the text “orgsim-org”; a scenario file says “orgsim”.' }],
    ],
    ['no version', '{ "format": "orgsim" }', [{ path: 'version', message: 'The “version” field is missing, so OrgSim can’t tell how to read this file.' }]],
    [
      'a version in words',
      '{ "format": "orgsim", "version": "one" }',
      [{ path: 'version', message: 'The file version must be a whole number such as 3; it is the text “one”.' }],
    ],
    [
      'a newer version',
      broken((d) => (d.version = 4)),
      [{ path: 'version', message: 'This file was made by a newer version of OrgSim (file version 4; this version reads up to 3). Update OrgSim to open it.' }],
    ],
    [
      'a number in words',
      broken((d) => (d.policy = { splitAbove: 'eight' })),
      [{ path: 'policy.splitAbove', message: 'Expected a number, got the text “eight”.' }],
    ],
    [
      'a level in words',
      broken((d) => (d.org.people[2].level = 'senior')),
      [{ path: 'org.people[2].level', message: 'Expected a number, got the text “senior”.' }],
    ],
    [
      'a fractional level',
      broken((d) => (d.org.people[2].level = 4.5)),
      [{ path: 'org.people[2].level', message: 'Expected a whole number, got the number 4.5.' }],
    ],
    [
      'a level too high',
      broken((d) => (d.org.people[2].level = 12)),
      [{ path: 'org.people[2].level', message: 'Expected a number at most 9, got the number 12.' }],
    ],
    [
      'a share as a percentage',
      broken((d) => (d.policy = { annualAttrition: 13 })),
      [{ path: 'policy.annualAttrition', message: 'Expected a number at most 1, got the number 13.' }],
    ],
    [
      'a split size of 0',
      broken((d) => (d.policy = { splitAbove: 0 })),
      [{ path: 'policy.splitAbove', message: 'Expected a number at least 1, got the number 0.' }],
    ],
    [
      'team size target upside down',
      broken((d) => (d.policy = { teamSizeTarget: [8, 6] })),
      [{ path: 'policy.teamSizeTarget', message: 'The first number of the target team size is the smaller one (for example [6, 8]).' }],
    ],
    [
      'a missing hire date',
      broken((d) => delete d.org.people[3].hireDate),
      [{ path: 'org.people[3].hireDate', message: 'This field is missing: expected a calendar date written as YYYY-MM-DD.' }],
    ],
    [
      'a date that doesn’t exist',
      broken((d) => (d.org.people[3].hireDate = '2023-02-30')),
      [{ path: 'org.people[3].hireDate', message: 'Expected a calendar date written as YYYY-MM-DD, got the text “2023-02-30”.' }],
    ],
    [
      'a date written the US way',
      broken((d) => (d.org.asOf = '01/31/2026')),
      [{ path: 'org.asOf', message: 'Expected a calendar date written as YYYY-MM-DD, got the text “01/31/2026”.' }],
    ],
    ['a blank name', broken((d) => (d.org.units[2].name = '  ')), [{ path: 'org.units[2].name', message: 'A unit needs a name.' }]],
    [
      'an unknown aspiration',
      broken((d) => (d.org.people[3].aspiration = 'boss')),
      [{ path: 'org.people[3].aspiration', message: 'Expected one of “mom”, “manager”, “ic”, “unknown”, got the text “boss”.' }],
    ],
    [
      'members not in a list',
      broken((d) => (d.org.units[1].memberIds = 'p3')),
      [{ path: 'org.units[1].memberIds', message: 'Expected a list in [ ], got the text “p3”.' }],
    ],
    ['no org', broken((d) => delete d.org), [{ path: 'org', message: 'This field is missing: expected a group of fields in { }.' }]],
    [
      'an unknown event kind',
      broken((d) => (d.events = [{ kind: 'party', id: 'e1', month: 1 }])),
      [
        {
          path: 'events[0].kind',
          message: 'Unknown kind the text “party”: expected one of “growth”, “funding”, “acquisition”, “downsizing”, “departure”, “reorg”.',
        },
      ],
    ],
    [
      'an event without a kind',
      broken((d) => (d.events = [{ id: 'e1', month: 1 }])),
      [
        {
          path: 'events[0].kind',
          message: 'The “kind” field is missing: expected one of “growth”, “funding”, “acquisition”, “downsizing”, “departure”, “reorg”.',
        },
      ],
    ],
    [
      'an event in the wrong month',
      broken((d) => (d.events = [{ kind: 'departure', id: 'e1', month: 0, personId: 'p3' }])),
      [{ path: 'events[0].month', message: 'Expected a number at least 1, got the number 0.' }],
    ],
    [
      'an empty id (not also reported as a missing person)',
      broken((d) => (d.org.units[1].leadId = '')),
      [{ path: 'org.units[1].leadId', message: 'An id can’t be empty.' }],
    ],
    [
      'a duplicate person id',
      broken((d) => ((d.org.people[3].id = 'p3'), (d.org.units[1].memberIds = ['p3']))),
      [{ path: 'org.people[3].id', message: 'This person id is used twice: “Di Lu” here and “Cy Park” at org.people[2]. Each person needs its own id.' }],
    ],
    [
      'a duplicate unit id',
      broken((d) => (d.org.units[2].id = 'u2')),
      [{ path: 'org.units[2].id', message: 'This unit id is used twice: “Platform” here and “Payments” at org.units[1]. Each unit needs its own id.' }],
    ],
  ];
  it.each(exact)('%s', (_name, fileText, expected) => {
    expect(problemsOf(fileText)).toEqual(expected);
  });

  // [case, file text, path, words the sentence must hold]: the org's own checks (shared/model/invariants.ts write those sentences).
  const structural: [string, string, string, RegExp][] = [
    ['a cycle', broken((d) => (d.org.units[0].parentId = 'u3')), 'org.units[0].parentId', /circle.*“Engineering” \(u1\)/],
    ['a unit that is its own parent', broken((d) => (d.org.units[2].parentId = 'u3')), 'org.units[2].parentId', /“Platform” \(u3\) reports to itself/],
    ['a missing lead', broken((d) => (d.org.units[1].leadId = 'p9')), 'org.units[1].leadId', /“p9”, who is not in the org/],
    ['a missing member', broken((d) => (d.org.units[1].memberIds = ['p3', 'p9'])), 'org.units[1].memberIds[1]', /“p9”, who is not in the org/],
    ['a missing parent', broken((d) => (d.org.units[2].parentId = 'u9')), 'org.units[2].parentId', /“u9”, which is not in the org/],
    ['someone leading two units', broken((d) => (d.org.units[2].leadId = 'p2')), 'org.units[2].leadId', /leads both/],
    ['someone in two teams', broken((d) => (d.org.units[2].memberIds = ['p4'])), 'org.units[2].memberIds[0]', /member of both/],
    ['a lead who is also a member', broken((d) => (d.org.units[1].memberIds = ['p3', 'p4', 'p1'])), 'org.units[1].memberIds[2]', /can't be both/],
    [
      'a missing dotted-line manager',
      broken((d) => (d.org.people[3].dottedLineManagerIds = ['p9'])),
      'org.people[3].dottedLineManagerIds',
      /“p9”, who is not in the org/,
    ],
    [
      'a manager since after the org’s date',
      broken((d) => (d.org.people[1].managerSince = '2027-01-01')),
      'org.people[1].managerSince',
      /after the org's date/,
    ],
    [
      'a cycle inside an acquired org',
      broken((d) => {
        const units = [
          { id: 'v1', name: 'Acme', parentId: 'v2' },
          { id: 'v2', name: 'Acme Labs', parentId: 'v1' },
        ];
        d.events = [
          { kind: 'acquisition', id: 'e1', month: 6, underUnitId: 'u1', mode: 'division', source: { kind: 'org', org: { asOf: '2025-01-01', units } } },
        ];
      }),
      'events[0].source.org.units[0].parentId',
      /circle/,
    ],
  ];
  it.each(structural)('%s', (_name, fileText, path, says) => {
    const problems = problemsOf(fileText);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(path);
    expect(problems[0]!.message).toMatch(says);
  });

  it('names the first and the second holder of a duplicated id, and still checks references', () => {
    // p4's entry now says p3, so Payments' member p4 no longer exists either.
    const problems = problemsOf(broken((d) => (d.org.people[3].id = 'p3')));
    expect(problems.map((p) => p.path)).toEqual(['org.people[3].id', 'org.units[1].memberIds[1]']);
  });

  it('lists the schema’s problems and the org’s problems together, in one round', () => {
    const problems = problemsOf(
      broken((d) => {
        d.policy = { splitAbove: 'eight' };
        d.org.people[2].level = 'senior';
        d.org.units[0].parentId = 'u3';
        d.org.units[2].name = '';
        d.org.units[2].leadId = 'p9'; // checked even though this unit's name is wrong
      }),
    );
    expect(problems.map((p) => p.path).sort()).toEqual([
      'org.people[2].level',
      'org.units[0].parentId',
      'org.units[2].leadId',
      'org.units[2].name',
      'policy.splitAbove',
    ]);
  });

  it('keeps references to a person whose own entry is broken from being reported as missing', () => {
    const problems = problemsOf(broken((d) => (d.org.people[1].level = 'senior')));
    expect(problems).toEqual([{ path: 'org.people[1].level', message: 'Expected a number, got the text “senior”.' }]);
  });

  it('lists the first 20 of 30 problems and says how many more', () => {
    const doc = tinyFile();
    const people = Array.from({ length: 10 }, (_, i) => ({ id: `x${i}`, name: `X ${i}`, level: 'senior', hireDate: '2020-01-01' })); // 10 wrong types
    const units = Array.from({ length: 10 }, (_, i) => ({ id: `w${i}`, name: `W ${i}`, leadId: `ghost${i}`, parentId: 'u1' })); // 10 missing leads
    const copies = Array.from({ length: 10 }, (_, i) => ({ id: 'u3', name: `Copy ${i}` })); // 10 duplicate ids
    doc.org.people.push(...people);
    doc.org.units.push(...units, ...copies);
    const problems = problemsOf(text(doc));
    expect(problems).toHaveLength(21);
    expect(problems.filter((p) => /^org\.people\[\d+\]\.level$/.test(p.path))).toHaveLength(10);
    expect(problems.filter((p) => /^org\.units\[\d+\]\.(leadId|id)$/.test(p.path))).toHaveLength(10);
    expect(problems[20]).toEqual({ path: '(file)', message: expect.stringMatching(/^…and 10 more problems \(the first 20 are listed\)/) });
  });
});

describe('serializeScenario', () => {
  it('writes 2-space JSON with a trailing newline, format and version first', () => {
    const written = serializeScenario(parsed(text(tinyFile())));
    expect(
      written.startsWith(
        '{\n  "format": "orgsim",\n  "version": 3,\n  "name": "Tiny",\n  "variant": "Baseline",\n  "variantAt": 0,\n  "org": {\n    "asOf": "2026-01-01",\n    "people": [\n      {\n        "id": "p1",',
      ),
    ).toBe(true);
    expect(written.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(written))).toEqual([
      'format',
      'version',
      'name',
      'variant',
      'variantAt',
      'org',
      'policy',
      'events',
      'simulation',
      'view',
      'variants',
    ]);
  });

  it('writes the same text whatever order the document’s keys were built in', () => {
    const s = parsed(text(tinyFile()));
    const reversed = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
    const shuffled: Scenario = reversed({
      ...s,
      policy: reversed({ ...s.policy, timeToFillMonths: reversed(s.policy.timeToFillMonths), flightRiskMultiplier: reversed(s.policy.flightRiskMultiplier) }),
      events: [reversed({ kind: 'departure', id: 'e1', month: 2, personId: personId('p3') })],
      org: {
        ...s.org,
        people: Object.fromEntries(Object.entries(s.org.people).map(([k, p]) => [k, reversed({ ...p, signals: reversed(p.signals) })])),
        units: Object.fromEntries(Object.entries(s.org.units).map(([k, u]) => [k, reversed(u)])),
      },
    });
    expect(serializeScenario(shuffled)).toBe(serializeScenario({ ...s, events: [{ kind: 'departure', id: 'e1', month: 2, personId: personId('p3') }] }));
  });

  it('leaves out optional fields that are absent or undefined, and canvas entries for units that are gone', () => {
    const s = parsed(text(tinyFile()));
    const written = JSON.parse(
      serializeScenario({
        ...s,
        org: { ...s.org, people: { ...s.org.people, [personId('p3')]: { ...s.org.people[personId('p3')]!, rating: undefined } } },
        view: { positions: { [unitId('u1')]: { x: 5, y: 6 }, [unitId('gone')]: { x: 0, y: 0 } }, collapsed: [unitId('gone'), unitId('u2')] },
      }),
    );
    expect(Object.keys(written.org.people[2])).toEqual(['id', 'name', 'title', 'level', 'hireDate', 'aspiration', 'signals', 'tags']);
    expect(written.view).toEqual({ positions: { u1: { x: 5, y: 6 } }, collapsed: ['u2'] });
  });

  it('writes an org as arrays in record order', () => {
    const s = parsed(text(tinyFile()));
    expect(orgToFile(s.org).units.map((u) => u.id)).toEqual(['u1', 'u2', 'u3']);
  });
});

describe('round trip', () => {
  it('reads the sample back exactly, and writes the same text again', () => {
    const sampleText = serializeScenario(sampleScenario());
    const back = parsed(sampleText);
    expect(back).toEqual(sampleScenario());
    expect(serializeScenario(back)).toBe(sampleText);
  });

  it('save then load is lossless for any valid scenario', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (scenario) => {
        const written = serializeScenario(scenario);
        const back = parsed(written);
        expect(back).toStrictEqual(scenario);
        expect(serializeScenario(back)).toBe(written);
      }),
      { numRuns: 200 },
    );
  });

  it('is lossless with any text in ids, names, titles and tags (unicode, quotes, lone surrogates)', () => {
    fc.assert(
      fc.property(arbitraryScenario(6, 12, { ids: 'any', text: 'any' }), (scenario) => {
        expect(parsed(serializeScenario(scenario))).toStrictEqual(scenario);
      }),
      { numRuns: 150 },
    );
  });

  it('generates only orgs that pass checkOrg', () => {
    fc.assert(
      fc.property(arbitraryOrg(16, 60), (org) => {
        expect(checkOrg(org)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(arbitraryOrg(6, 12, { ids: 'any', text: 'any' }), (org) => {
        expect(checkOrg(org)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('never throws', () => {
  const answers = (fileText: string): void => {
    const result = parseScenarioFile(fileText);
    if (!result.ok) {
      expect(result.error.length).toBeGreaterThan(0);
      for (const p of result.error) {
        expect(p.path).not.toBe('');
        expect(p.message).toMatch(/^\S.*[.)]$/s);
      }
    }
  };
  const tinyText = text(tinyFile());

  it('on any text, any JSON, and any JSON value in the shape of a file', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), answers), { numRuns: 300 });
    fc.assert(fc.property(fc.json(), answers), { numRuns: 300 });
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (org, policy) => answers(JSON.stringify({ format: 'orgsim', version: 1, org, policy }))),
      { numRuns: 300 },
    );
  });

  it('on a valid file with any part replaced or removed', () => {
    // Every path into the tiny file, so each field in turn gets a random value or disappears.
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    const withEvents = tinyFile();
    withEvents.events = [{ kind: 'acquisition', id: 'e1', month: 6, underUnitId: 'u1', mode: 'division', source: { kind: 'org', org: tinyFile().org } }];
    walk(withEvents, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.option(fc.jsonValue()), (path, value) => {
        const doc = structuredClone(withEvents);
        let parent = doc;
        for (const key of path.slice(0, -1)) parent = parent[key];
        const last = path[path.length - 1]!;
        if (value === null) delete parent[last];
        else parent[last] = value;
        answers(JSON.stringify(doc));
      }),
      { numRuns: 1000 },
    );
  });

  it('on a valid file cut short or with a character slipped in', () => {
    fc.assert(
      fc.property(fc.nat({ max: tinyText.length }), fc.string({ maxLength: 2 }), (at, insert) =>
        answers(tinyText.slice(0, at) + insert + tinyText.slice(at + (insert ? 0 : 1))),
      ),
      { numRuns: 500 },
    );
  });

  it('refuses a file with ids that can’t be record keys', () => {
    expect(problemsOf(broken((d) => (d.org.units[2].id = '__proto__'))).map((p) => p.path)).toEqual(['org.units[2].id']);
  });
});

describe('versions', () => {
  it('reads files up to its own version', () => {
    expect(FILE_VERSION).toBe(3);
    expect(problemsOf(broken((d) => (d.version = FILE_VERSION + 1)))[0]!.path).toBe('version');
  });
  it.each([-1, 0.5, null])('refuses version %j', (version) => {
    expect(problemsOf(broken((d) => (d.version = version)))[0]!.path).toBe('version');
  });
});
