import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOrg } from '../model/invariants';
import { buildTreeIndex, childrenOf, subtreeUnitIds } from '../model/tree';
import { DEFAULT_POLICY, NO_SIGNALS, personId as p, unitId as u, type Org, type Person } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { arbitraryOrg } from '../testing/arbitraries';
import { deepFreeze, testPerson, tinyOrg } from '../testing/testOrg';
import { rankCandidates } from './candidates';
import {
  benchStrengthWithin,
  forecastEmergence,
  subtreeMetricsOf,
  materializeEmergent,
  projectForecast,
  promoteCandidate,
  roleForHeight,
  type MomEmergence,
  type TeamSplit,
} from './forecast';
import { assessMomReadiness } from './readiness';

const policy = DEFAULT_POLICY;
const members = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const moms = (org: Org) => forecastEmergence(org, policy).emergent.filter((e): e is MomEmergence => e.kind === 'mom');
const splits = (org: Org) => forecastEmergence(org, policy).emergent.filter((e): e is TeamSplit => e.kind === 'team-split');
const withPeople = (org: Org, people: Person[]): Org => ({ ...org, people: { ...org.people, ...Object.fromEntries(people.map((x) => [x.id, x])) } });

/** A director (d) over `teams` teams of `size` ICs each. */
const director = (teams: number, size = 4): Org =>
  tinyOrg([
    ['d', null, 'lead', []],
    ...Array.from({ length: teams }, (_, i): [string, string, string, string[]] => [`t${i + 1}`, 'd', `em${i + 1}`, members(`t${i + 1}x`, size)]),
  ]);

const ready = (id: string, fields: Partial<Person> = {}): Person =>
  testPerson(id, {
    managerSince: '2022-01-01',
    aspiration: 'mom',
    signals: { ...NO_SIGNALS, launches: 3, strongReferences: true, influence: true, coachesOutsideTeam: true },
    ...fields,
  });
const soon = (id: string): Person =>
  testPerson(id, { managerSince: '2024-06-01', aspiration: 'mom', signals: { ...NO_SIGNALS, launches: 2, influence: true } });

describe('rule 2: a lead outgrows their span', () => {
  it.each([
    [6, []],
    [
      7,
      [
        ['t1', 't2', 't3', 't4'],
        ['t5', 't6', 't7'],
      ],
    ],
    [
      10,
      [
        ['t1', 't2', 't3', 't4', 't5'],
        ['t6', 't7', 't8', 't9', 't10'],
      ],
    ],
    [
      12,
      [
        ['t1', 't2', 't3', 't4', 't5', 't6'],
        ['t7', 't8', 't9', 't10', 't11', 't12'],
      ],
    ],
    [
      13,
      [
        ['t1', 't2', 't3', 't4', 't5'],
        ['t6', 't7', 't8', 't9'],
        ['t10', 't11', 't12', 't13'],
      ],
    ],
  ])('a top lead with %d managed teams (span max 6) gets a layer of groups %j', (teams, expected) => {
    const found = moms(director(teams));
    expect(found.map((e) => e.childIds)).toEqual(expected);
    for (const e of found)
      expect(e).toMatchObject({ role: 'Director', mode: 'layer', parentUnitId: 'd', numbers: { managedUnits: teams, spanMax: 6, parts: expected.length } });
  });

  it('flags a lead at the limit without inserting anything', () => {
    const f = forecastEmergence(director(6), policy);
    expect(f.emergent).toEqual([]);
    expect(f.flags.map((x) => x.kind)).toContain('span-at-limit');
  });

  it('a group above directors calls for a Senior Director', () => {
    const org = tinyOrg([
      ['vp', null, 'v', []],
      ...Array.from({ length: 7 }, (_, i): [string, string, string, string[]] => [`g${i}`, 'vp', `dir${i}`, []]),
      ...Array.from({ length: 7 }, (_, i): [string, string, string, string[]] => [`t${i}`, `g${i}`, `em${i}`, ['x' + i]]),
    ]);
    expect(moms(org).map((e) => [e.role, e.mode])).toEqual([
      ['Senior Director', 'layer'],
      ['Senior Director', 'layer'],
    ]);
  });
});

describe('rule 1: a team outgrows itself', () => {
  it('a team of 11 ICs with split size 8 splits 6/5 and the new half needs an EM', () => {
    const org = director(2, 11);
    const [split] = splits(org);
    expect(split).toMatchObject({
      teamId: 't1',
      parentUnitId: 'd',
      name: 'T1 B',
      role: 'EM',
      parts: [
        { name: 'T1 A', size: 6, keepsLead: true },
        { name: 'T1 B', size: 5, keepsLead: false },
      ],
    });
    expect(forecastEmergence(org, policy).projected.units[split!.unitId]!.memberIds).toEqual(['t1x7', 't1x8', 't1x9', 't1x10', 't1x11']);
    expect(split!.reason).toMatch(/T1 has 11 ICs; teams split above 8/);
  });

  it.each([
    [20, 2, ['T1 A (7, keeps its lead)', 'T1 B (7)', 'T1 C (6)']],
    [25, 3, ['T1 A (7, keeps its lead)', 'T1 B (6)', 'T1 C (6)', 'T1 D (6)']],
  ])('a team of %i ICs needs %i EMs', (n, ems, parts) => {
    const found = splits(director(1, n));
    expect(found).toHaveLength(ems);
    for (const part of parts) expect(found[0]!.reason).toContain(part);
  });

  it.each([[8], [7]])('a team of %d ICs does not split', (size) => expect(splits(director(1, size))).toEqual([]));

  it('a split that pushes the lead over span reports both nodes, the parts of the split team kept together', () => {
    const org = director(6);
    const big = { ...org, units: { ...org.units, [u('t2')]: { ...org.units[u('t2')]!, memberIds: members('big', 9).map(p) } } };
    const f = forecastEmergence(
      withPeople(
        big,
        members('big', 9).map((id) => testPerson(id)),
      ),
      policy,
    );
    expect(f.emergent.map((e) => e.kind)).toEqual(['team-split', 'mom', 'mom']);
    const newHalf = f.emergent[0]!.unitId;
    const [first, second] = f.emergent.slice(1) as MomEmergence[];
    expect(first).toMatchObject({ childIds: ['t1', 't2', newHalf, 't3'] });
    expect(second).toMatchObject({ childIds: ['t4', 't5', 't6'] });
    expect(first!.reason).toMatch(/would lead 7 units/);
  });
});

describe('thin layers, small teams, layers', () => {
  it('flags a group with exactly one managed child as a thin layer', () => {
    const org = tinyOrg([
      ['g', null, 'p1', []],
      ['t', 'g', 'p2', ['a', 'b', 'c']],
    ]);
    expect(forecastEmergence(org, policy).flags).toContainEqual({
      kind: 'thin-layer',
      unitId: 'g',
      message: 'G has exactly one unit below it (T): a thin layer.',
      numbers: { managedChildren: 1 },
    });
  });
  it('flags a team under the minimum size', () => {
    const flags = forecastEmergence(director(1, 2), policy).flags;
    expect(flags.find((f) => f.kind === 'small-team')?.message).toMatch(/2 ICs, under the smallest viable team of 3/);
  });
  it('flags more layers than the limit', () => {
    const chain = tinyOrg(Array.from({ length: 8 }, (_, i): [string, string | null, string, string[]] => [`u${i}`, i === 0 ? null : `u${i - 1}`, `p${i}`, []]));
    expect(forecastEmergence(chain, policy).flags.filter((f) => f.kind === 'too-many-layers')).toHaveLength(1);
  });
});

describe('candidates', () => {
  it('a vacant MoM role ranks the ready-now candidate before the 6-12 month one', () => {
    const base = tinyOrg(
      [
        ['g', null, null, []],
        ['t1', 'g', 'soon', ['a']],
        ['t2', 'g', 'ready', ['b']],
      ],
      '2026-11-01',
    );
    const org = withPeople(base, [soon('soon'), ready('ready')]);
    const vacancy = forecastEmergence(org, policy).vacancies.find((v) => v.unitId === 'g')!;
    expect(vacancy.role).toBe('Director');
    expect(vacancy.candidates.map((c) => [c.name, c.band])).toEqual([
      ['Person ready', 'ready-now'],
      ['Person soon', 'ready-6-12'],
    ]);
  });

  it('a strong EM who refuses the role is not yet and declines; an unknown aspiration is to assess, not a refusal', () => {
    const strong = (aspiration: 'ic' | 'manager' | 'unknown') =>
      assessMomReadiness(
        ready('x', {
          aspiration,
          managerSince: '2015-01-01',
          signals: {
            ...NO_SIGNALS,
            launches: 9,
            strongReferences: true,
            influence: true,
            coachesOutsideTeam: true,
            momNetwork: true,
            operatingAtNextLevel: true,
          },
        }),
        { asOf: '2026-11-01' },
        policy,
      );
    for (const aspiration of ['ic', 'manager'] as const) {
      const r = strong(aspiration);
      expect(r).toMatchObject({ band: 'not-yet', declines: true });
      expect(r.signals.find((s) => s.key === 'wantsRole')).toMatchObject({
        met: false,
        state: 'not-met',
        detail: `aspiration is ${aspiration}: doesn't want the role`,
      });
    }
    const r = strong('unknown');
    expect(r).toMatchObject({ band: 'to-assess', ifMet: 'ready-now', floor: 'ready-6-12', unknown: ['wantsRole'] });
    expect(r.declines).toBeUndefined();
    expect(r.signals.find((s) => s.key === 'wantsRole')).toMatchObject({ met: false, state: 'unknown', detail: 'aspiration unknown' });
  });

  it('shows each signal with its value', () => {
    const r = assessMomReadiness(testPerson('x', { managerSince: '2023-08-01', signals: { ...NO_SIGNALS, launches: 1 } }), '2026-11-01', policy);
    expect(r.signals.map((s) => [s.key, s.met, s.detail])).toEqual([
      ['yearsAsEm', true, '3.3 years as EM'],
      ['launches', false, '1 notable launch (2 or more count)'],
      ['strongReferences', false, 'no strong references or rating yet'],
      ['influence', false, 'not yet sought out beyond the team'],
      ['coachesOutsideTeam', false, 'no coaching outside the team'],
      ['momNetwork', false, 'no mentor or peers at MoM level'],
      ['operatingAtNextLevel', false, 'not yet operating at the next level'],
      ['wantsRole', false, 'aspiration unknown'],
    ]);
  });

  it('ranks candidates near the role before the rest of the org at equal readiness', () => {
    const base = tinyOrg(
      [
        ['root', null, 'v', []],
        ['g1', 'root', null, []],
        ['g2', 'root', 'd2', []],
        ['a', 'g1', 'far1', []],
        ['b', 'g2', 'near1', []],
      ],
      '2026-11-01',
    );
    const org = withPeople(base, [ready('far1', { name: 'Aaron Far' }), ready('near1', { name: 'Zed Near' })]);
    const ranked = rankCandidates(org, policy, { kind: 'mom', nearUnitId: u('g2'), height: 1 });
    expect(ranked.map((c) => [c.name, c.near])).toEqual([
      ['Zed Near', true],
      ['Aaron Far', false],
    ]);
  });

  it('EM roles draw from ICs: senior, a year in, mentoring, wanting to manage', () => {
    const base = tinyOrg([['t', null, null, ['senior', 'junior', 'keen']]], '2026-11-01');
    const org = withPeople(base, [
      testPerson('senior', { level: 5, hireDate: '2020-01-01', aspiration: 'manager', signals: { ...NO_SIGNALS, mentorsOthers: true } }),
      testPerson('keen', { level: 5, hireDate: '2020-01-01', aspiration: 'mom' }),
      testPerson('junior', { level: 2, hireDate: '2026-06-01', aspiration: 'ic' }),
    ]);
    const ranked = forecastEmergence(org, policy).vacancies[0]!.candidates;
    expect(ranked.map((c) => [c.personId, c.band])).toEqual([
      ['senior', 'ready-now'],
      ['keen', 'ready-6-12'],
      ['junior', 'not-yet'],
    ]);
  });
});

describe('the sample', () => {
  const { org } = sampleScenario();
  const f = forecastEmergence(org, policy);
  it('splits Payments; Marcus Chen would lead 7, so a sibling Director group emerges beside his, with Ana Ruiz ready now', () => {
    expect(f.emergent.map((e) => e.id)).toEqual(['emerge:split:u04:2', 'emerge:group:u02:2']);
    const director = f.emergent[1] as MomEmergence;
    expect(director).toMatchObject({ mode: 'sideways', role: 'Director', parentUnitId: 'u01' });
    expect(director.candidates[0]).toMatchObject({ name: 'Ana Ruiz', band: 'ready-now', near: true });
    // Priya is strong but wants to stay an IC: not yet, doesn't want it, listed last.
    const priya = director.candidates.findIndex((c) => c.name === 'Priya Raman');
    expect(director.candidates[priya]).toMatchObject({ band: 'not-yet', declines: true });
    expect(director.candidates.slice(priya).every((c) => c.declines)).toBe(true);
    // Jonas Weber is partly unassessed: to assess, ready now if his unknown signals and wish are met.
    expect(director.candidates.find((c) => c.name === 'Jonas Weber')).toMatchObject({ band: 'to-assess', ifMet: 'ready-now', floor: 'not-yet' });
    expect(director.candidates.find((c) => c.name === 'Tomás Novak')?.band).toBe('ready-6-12');
  });
  it('lists the Search vacancy with Lucas Moreau first', () => {
    expect(f.vacancies).toHaveLength(1);
    expect(f.vacancies[0]).toMatchObject({ unitId: 'u06', role: 'EM', openMonths: 2 });
    expect(f.vacancies[0]!.candidates[0]).toMatchObject({ name: 'Lucas Moreau', band: 'ready-now', near: true });
  });
});

describe('acting on the forecast', () => {
  const { org } = sampleScenario();
  const f = forecastEmergence(org, policy);

  it('materializing the Director node splits Payments and adds a vacant sibling group beside Product Engineering', () => {
    const result = materializeEmergent(org, f, f.emergent[1]!);
    if (!result.ok) throw new Error(result.error.message);
    const next = result.value.org;
    expect(checkOrg(next)).toEqual([]);
    const group = next.units[result.value.unitId]!;
    expect(group).toMatchObject({ name: 'Product Engineering B', leadId: null, parentId: 'u01' });
    const index = buildTreeIndex(next);
    const named = (id: string) => childrenOf(index, u(id)).map((c) => next.units[c]!.name);
    expect([...named('u02'), ...named(group.id)].sort()).toEqual(
      ['Checkout', 'Growth', 'Mobile', 'Notifications', 'Payments A', 'Payments B', 'Search'].sort(),
    );
    expect(named('u02')).toHaveLength(4);
    expect(named(group.id)).toHaveLength(3);
  });

  it('promoting a candidate fills the role and leaves their old role vacant (the cascade)', () => {
    const made = materializeEmergent(org, f, f.emergent[1]!);
    if (!made.ok) throw new Error();
    const promoted = promoteCandidate(made.value.org, { unitId: made.value.unitId, personId: p('p10'), role: 'Director' });
    if (!promoted.ok) throw new Error(promoted.error.message);
    expect(promoted.value.leftVacant).toBe('u04');
    expect(promoted.value.org.units[made.value.unitId]!.leadId).toBe('p10');
    expect(promoted.value.org.people[p('p10')]!.title).toBe('Director of Engineering');
    expect(promoted.value.org.units[u('u04')]!.leadId).toBeNull();
    expect(checkOrg(promoted.value.org)).toEqual([]);
  });

  it('promoting an IC makes them a manager as of today', () => {
    const promoted = promoteCandidate(org, { unitId: u('u06'), personId: p('p40'), role: 'EM' });
    if (!promoted.ok) throw new Error();
    expect(promoted.value.leftVacant).toBeNull();
    expect(promoted.value.org.people[p('p40')]).toMatchObject({ title: 'Engineering Manager', managerSince: '2026-11-01' });
    expect(promoted.value.org.units[u('u06')]!.memberIds).not.toContain('p40');
  });

  it('refuses to promote into a filled role', () => {
    expect(promoteCandidate(org, { unitId: u('u04'), personId: p('p40'), role: 'EM' }).ok).toBe(false);
  });

  it.each([
    [0, 'EM'],
    [1, 'Director'],
    [2, 'Senior Director'],
    [5, 'VP'],
  ])('height %d → %s', (h, role) => expect(roleForHeight(h)).toBe(role));
});

describe('flags say what they found, with the numbers', () => {
  const vacantTeam = (): Org => {
    const org = tinyOrg(
      [
        ['g', null, 'lead', []],
        ['t1', 'g', null, ['a', 'b', 'c']],
        ['t2', 'g', 'em', ['d', 'e', 'f']],
      ],
      '2026-01-01',
    );
    return { ...org, units: { ...org.units, [u('t1')]: { ...org.units[u('t1')]!, vacantSince: '2025-11-15' } } };
  };
  const chain = tinyOrg(Array.from({ length: 8 }, (_, i): [string, string | null, string, string[]] => [`u${i}`, i === 0 ? null : `u${i - 1}`, `p${i}`, []]));
  it.each<[string, Org, string, string, string, Record<string, number>]>([
    [
      'a team over the split size',
      director(1, 11),
      'team-over-split',
      't1',
      'T1 has 11 ICs; teams split above 8: it splits into 2 teams (6 + 5), 1 new EM role.',
      { ics: 11, splitAbove: 8, parts: 2 },
    ],
    ['a team at the split size', director(1, 8), 'team-at-split', 't1', 'T1 has 8 ICs: one more hire splits it.', { ics: 8, splitAbove: 8 }],
    [
      'a team under the minimum',
      director(1, 2),
      'small-team',
      't1',
      'T1 has 2 ICs, under the smallest viable team of 3: its EM is in effect a tech-lead manager.',
      { ics: 2, minTeamSize: 3 },
    ],
    [
      'a lead over span',
      director(7),
      'span-over',
      'd',
      'Person lead leads 7 managed units; the MoM span is at most 6: a new layer of 2 groups below it.',
      { managedUnits: 7, spanMax: 6, parts: 2 },
    ],
    [
      'a lead over span once a team splits',
      director(6, 9),
      'span-over',
      'd',
      'Person lead would lead 12 managed units; the MoM span is at most 6: a new layer of 2 groups below it.',
      { managedUnits: 12, spanMax: 6, parts: 2 },
    ],
    [
      'a lead at the span limit',
      director(6),
      'span-at-limit',
      'd',
      'Person lead leads 6 units, the MoM span limit: one more makes a new Director node emerge.',
      { managedUnits: 6, spanMax: 6 },
    ],
    ['a thin layer', director(1), 'thin-layer', 'd', 'D has exactly one unit below it (T1): a thin layer.', { managedChildren: 1 }],
    ['too many layers', chain, 'too-many-layers', 'u0', 'U0 has 8 layers; more than 6 slows decisions and is worth flattening.', { layers: 8, layerLimit: 6 }],
    ['a vacancy', vacantTeam(), 'vacancy', 't1', 'T1 has no EM (open 1 month).', { openMonths: 1 }],
  ])('%s', (_, org, kind, unit, message, numbers) => {
    expect(forecastEmergence(org, policy).flags.filter((f) => f.kind === kind)).toEqual([{ kind, unitId: unit, message, numbers }]);
  });

  it('a healthy org has no flags', () => expect(forecastEmergence(director(4, 6), policy).flags).toEqual([]));
});

describe('emergent nodes and vacant roles carry their rule', () => {
  it('a team split: the rule, a stable id and its numbers', () => {
    expect(splits(director(2, 11))[0]).toMatchObject({
      id: 'emerge:split:t1:2',
      rule: 'team-split',
      vacancy: true,
      numbers: { ics: 11, splitAbove: 8, parts: 2, size: 5 },
    });
  });
  it('a span node: the rule and a stable id per part', () => {
    expect(moms(director(7)).map((e) => [e.id, e.rule, e.vacancy, e.name])).toEqual([
      ['emerge:group:d:1', 'span', true, 'D A'],
      ['emerge:group:d:2', 'span', true, 'D B'],
    ]);
  });
  it('a sideways split under a parent keeps the lead on the first part and adds sibling groups', () => {
    const org = tinyOrg([
      ['vp', null, 'v', []],
      ['d', 'vp', 'lead', []],
      ...Array.from({ length: 9 }, (_, i): [string, string, string, string[]] => [`t${i + 1}`, 'd', `em${i + 1}`, members(`t${i + 1}x`, 4)]),
    ]);
    const found = moms(org);
    expect(found.map((e) => [e.id, e.mode, e.parentUnitId, e.childIds])).toEqual([['emerge:group:d:2', 'sideways', 'vp', ['t6', 't7', 't8', 't9']]]);
    expect(forecastEmergence(org, policy).projected.units[u('d')]!.leadId).toBe('lead');
  });
});

/** A VP over g1 (vacant since October: teams t1, t2) and g2 (t3); a second top unit `other` with team t4. */
const vacancyOrg = (): Org => {
  const base = tinyOrg(
    [
      ['vp', null, 'v', []],
      ['g1', 'vp', null, []],
      ['g2', 'vp', 'd2', []],
      ['t1', 'g1', 'e1', ['a']],
      ['t2', 'g1', 'e2', ['b']],
      ['t3', 'g2', 'e3', ['c']],
      ['other', null, 'o', []],
      ['t4', 'other', 'e4', ['x']],
    ],
    '2026-01-01',
  );
  const org = withPeople(base, [soon('e1'), ready('e3'), ready('e4')]);
  return { ...org, units: { ...org.units, [u('g1')]: { ...org.units[u('g1')]!, vacantSince: '2025-10-01' } } };
};

describe('vacant roles (rule 3)', () => {
  const f = forecastEmergence(vacancyOrg(), policy);
  it('lists a vacant MoM role with its rule, age and reason', () => {
    expect(f.vacancies).toHaveLength(1);
    expect(f.vacancies[0]).toMatchObject({
      id: 'vacancy:g1',
      rule: 'vacancy',
      unitId: 'g1',
      parentUnitId: 'vp',
      role: 'Director',
      openMonths: 3,
      reason: 'G1 has no Director (open 3 months).',
      numbers: { openMonths: 3 },
      vacancy: true,
    });
  });
  it('ranks candidates near the role (inside its parent’s subtree, peers’ teams too) before the rest', () => {
    expect(f.vacancies[0]!.candidates.map((c) => [c.personId, c.band, c.near])).toEqual([
      ['e3', 'ready-now', true],
      ['e4', 'ready-now', false],
      ['e1', 'ready-6-12', true],
      ['e2', 'not-yet', true],
    ]);
  });
});

describe('metrics for the org and every subtree', () => {
  const f = forecastEmergence(vacancyOrg(), policy);
  it('bench strength as a matching: two ready EMs (e3, e4) for three Director roles, none for the VP role → 2 of 4', () => {
    // Director roles g1 (open, matched first), g2 and other draw on the EMs; only e3 and e4 are ready: two covered.
    expect(f.momRoles).toEqual([
      { unitId: 'vp', covered: false },
      { unitId: 'g2', covered: true },
      { unitId: 'other', covered: false },
      { unitId: 'g1', covered: true },
    ]);
    expect(f.benchStrength).toBe(0.5);
    expect(f.metrics).toMatchObject({ headcount: 11, teams: 4, groups: 4, managers: 7, moms: 3, layers: 3, ics: 4, benchStrength: 0.5 });
  });
  it.each<[string, Record<string, unknown>]>([
    ['vp', { headcount: 8, teams: 3, groups: 3, managers: 5, moms: 2, layers: 3, ics: 3, benchStrength: 2 / 3 }],
    [
      'g1',
      {
        headcount: 4,
        teams: 2,
        groups: 1,
        managers: 2,
        moms: 0,
        layers: 2,
        ics: 2,
        managerToIcRatio: 1,
        vacancies: [{ unitId: 'g1', openMonths: 3 }],
        benchStrength: 1,
      },
    ],
    [
      'g2',
      {
        headcount: 3,
        managers: 2,
        moms: 1,
        layers: 2,
        spans: [
          { unitId: 'g2', span: 1 },
          { unitId: 't3', span: 1 },
        ],
        benchStrength: 1,
      },
    ],
    ['t1', { headcount: 2, teams: 1, groups: 0, managers: 1, moms: 0, layers: 1, ics: 1, benchStrength: null }],
  ])('subtree %s', (id, expected) => expect(subtreeMetricsOf(vacancyOrg(), f, u(id))).toMatchObject(expected));
  it('agrees with benchStrengthWithin', () => {
    const index = buildTreeIndex(vacancyOrg());
    for (const id of Object.keys(vacancyOrg().units))
      expect(subtreeMetricsOf(vacancyOrg(), f, u(id)).benchStrength).toBe(benchStrengthWithin(f, new Set(subtreeUnitIds(index, u(id)))));
  });
});

describe('materialize and promote, hand-checked', () => {
  it('a team split keeps 6 with the lead and moves 5 into a new vacant EM team beside it', () => {
    const org = director(2, 11);
    const made = materializeEmergent(org, forecastEmergence(org, policy), splits(org)[0]!);
    if (!made.ok) throw new Error(made.error.message);
    const next = made.value.org;
    expect(next.units[u('t1')]).toMatchObject({ name: 'T1 A', leadId: 'em1', memberIds: members('t1x', 6) });
    expect(next.units[made.value.unitId]).toMatchObject({
      name: 'T1 B',
      leadId: null,
      parentId: 'd',
      memberIds: members('t1x', 11).slice(6),
      vacantSince: '2026-01-01',
    });
    expect(checkOrg(next)).toEqual([]);
  });

  it('promotion without a role takes the unit’s role; the old unit opens as of today', () => {
    const promoted = promoteCandidate(vacancyOrg(), { unitId: u('g1'), personId: p('e3') });
    if (!promoted.ok) throw new Error(promoted.error.message);
    const next = promoted.value.org;
    expect(promoted.value.leftVacant).toBe('t3');
    expect(next.people[p('e3')]!.title).toBe('Director of Engineering');
    expect(next.units[u('g1')]).toMatchObject({ leadId: 'e3' });
    expect(next.units[u('g1')]!.vacantSince).toBeUndefined();
    expect(next.units[u('t3')]).toMatchObject({ leadId: null, vacantSince: '2026-01-01' });
    expect(checkOrg(next)).toEqual([]);
  });

  it.each([
    ['an unknown unit', { unitId: u('nope'), personId: p('e3') }, 'unknown-unit'],
    ['an unknown person', { unitId: u('g1'), personId: p('nobody') }, 'unknown-person'],
    ['a filled role', { unitId: u('g2'), personId: p('e3') }, 'lead-taken'],
  ])('refuses %s', (_, spec, code) => {
    const r = promoteCandidate(vacancyOrg(), spec);
    expect(r.ok ? null : r.error.code).toBe(code);
  });
});

describe('properties', () => {
  const orgs = arbitraryOrg(16, 60);
  const tight = { ...policy, splitAbove: 3, momSpanMax: 3, momSpanTarget: 2, minTeamSize: 2 };

  it('never changes its input', () => {
    fc.assert(
      fc.property(orgs, (org) => {
        const before = JSON.stringify(org);
        forecastEmergence(deepFreeze(org), tight);
        expect(JSON.stringify(org)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it('every emergent MoM node sits above at least two managed units, and no one is listed twice', () => {
    fc.assert(
      fc.property(orgs, (org) => {
        const f = forecastEmergence(org, tight);
        for (const e of f.emergent) {
          if (e.kind === 'mom') expect(e.childIds.length).toBeGreaterThanOrEqual(2);
          const ids = e.candidates.map((c) => c.personId);
          expect(new Set(ids).size).toBe(ids.length);
        }
        for (const v of f.vacancies) expect(new Set(v.candidates.map((c) => c.personId)).size).toBe(v.candidates.length);
      }),
      { numRuns: 100 },
    );
  });

  it('candidate lists run best band first, and near first within a band', () => {
    const rank = (c: { band: string; near: boolean; declines?: true }) =>
      (c.declines ? 4 : ['ready-now', 'ready-6-12', 'to-assess', 'not-yet'].indexOf(c.band)) * 2 + (c.near ? 0 : 1);
    fc.assert(
      fc.property(orgs, (org) => {
        const f = forecastEmergence(org, tight);
        for (const list of [...f.emergent, ...f.vacancies].map((e) => e.candidates))
          for (let i = 1; i < list.length; i++) expect(rank(list[i - 1]!)).toBeLessThanOrEqual(rank(list[i]!));
      }),
      { numRuns: 60 },
    );
  });

  it('projected and materialized orgs stay sound', () => {
    fc.assert(
      fc.property(orgs, (org) => {
        const f = forecastEmergence(org, tight);
        expect(checkOrg(projectForecast(org, f).org)).toEqual([]);
        for (const e of f.emergent) {
          const made = materializeEmergent(org, f, e);
          expect(made.ok).toBe(true);
          if (made.ok) expect(checkOrg(made.value.org)).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('bench strength', () => {
  it('is the share of MoM roles with a ready-now successor', () => {
    const base = tinyOrg(
      [
        ['vp', null, 'v', []],
        ['d1', 'vp', 'dir1', []],
        ['t1', 'd1', 'em1', ['a']],
        ['d2', 'vp', null, []],
        ['t2', 'd2', 'em2', ['b']],
      ],
      '2026-11-01',
    );
    // Roles: the VP (successor: dir1, not ready), d1 (successor: em1 or em2), d2 (vacant).
    const none = forecastEmergence(base, policy);
    expect(none.momRoles).toHaveLength(3);
    expect(none.benchStrength).toBe(0);
    const oneReady = forecastEmergence(withPeople(base, [ready('em1')]), policy);
    // em1 is ready now for d1 and d2, but one person counts for one role: the open d2 is covered, d1 not. The VP
    // role draws from directors only: dir1 is not ready.
    expect(oneReady.benchStrength).toBeCloseTo(1 / 3);
    expect(oneReady.momRoles.filter((r) => r.covered).map((r) => r.unitId)).toEqual(['d2']);
    expect(forecastEmergence(withPeople(base, [ready('em1'), ready('dir1', { managerSince: '2018-01-01' })]), policy).benchStrength).toBeCloseTo(2 / 3);
    expect(forecastEmergence(withPeople(base, [ready('em1'), ready('em2'), ready('dir1', { managerSince: '2018-01-01' })]), policy).benchStrength).toBe(1);
    expect(forecastEmergence(tinyOrg([['t', null, 'em', ['a']]]), policy).benchStrength).toBeNull();
  });
});
