import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, NO_SIGNALS, UNKNOWN_SIGNALS, unitId as u, type Org, type Person, type PersonId, type UnitId } from '../model/types';
import { arbitraryOrg, arbitraryPolicy } from '../testing/arbitraries';
import { testPerson, tinyOrg } from '../testing/testOrg';
import { candidatePools, countByBand, nearUnitFor, rankCandidates, type RoleSpec } from './candidates';
import { sampleScenario } from '../sample/sampleScenario';

const policy = DEFAULT_POLICY;
const FOUR = { ...NO_SIGNALS, launches: 2, strongReferences: true, influence: true, coachesOutsideTeam: true };
const ready = (id: string, name: string): Person => testPerson(id, { name, managerSince: '2020-01-01', aspiration: 'mom', signals: FOUR });
const soon = (id: string, name: string): Person =>
  testPerson(id, { name, managerSince: '2025-01-01', aspiration: 'mom', signals: { ...NO_SIGNALS, launches: 2, influence: true } });
const withPeople = (org: Org, people: Person[]): Org => ({ ...org, people: { ...org.people, ...Object.fromEntries(people.map((x) => [x.id, x])) } });

/** A VP over two directors; g1 has teams t1 and t2, g2 has t3. */
const org = withPeople(
  tinyOrg(
    [
      ['vp', null, 'v', []],
      ['g1', 'vp', 'd1', []],
      ['g2', 'vp', 'd2', []],
      ['t1', 'g1', 'e1', ['a1', 'a2']],
      ['t2', 'g1', 'e2', ['a3']],
      ['t3', 'g2', 'e3', ['a4']],
    ],
    '2026-01-01',
  ),
  [ready('e1', 'Zoe Near'), soon('e2', 'Bea Near'), ready('e3', 'Adam Far'), ready('d1', 'Dana Director')],
);
const rows = (role: Parameters<typeof rankCandidates>[2]) => rankCandidates(org, policy, role).map((c) => [c.personId, c.band, c.near]);

describe('rankCandidates', () => {
  it('ranks by band, then near before far, then score, then name', () => {
    expect(rows({ kind: 'mom', nearUnitId: u('g1'), height: 1 })).toEqual([
      ['e1', 'ready-now', true],
      ['e3', 'ready-now', false],
      ['e2', 'ready-6-12', true],
    ]);
  });

  it('a MoM role with a height draws from leads one layer lower; without one, from every manager', () => {
    expect(rows({ kind: 'mom', nearUnitId: u('vp'), height: 2 }).map((r) => r[0])).toEqual(['d1', 'd2']);
    expect(rows({ kind: 'mom', nearUnitId: null }).map((r) => r[0])).toEqual(['e3', 'd1', 'e1', 'e2', 'd2', 'v']);
  });

  it('leaves out excluded people', () => {
    expect(rows({ kind: 'mom', nearUnitId: u('g1'), height: 1, excludePersonIds: [org.units[u('t1')]!.leadId!] }).map((r) => r[0])).toEqual(['e3', 'e2']);
  });

  it('an EM role draws from ICs only, the team first', () => {
    expect(rows({ kind: 'em', nearUnitId: u('t1') })).toEqual([
      ['a1', 'not-yet', true],
      ['a2', 'not-yet', true],
      ['a3', 'not-yet', false],
      ['a4', 'not-yet', false],
    ]);
  });

  it('breaks a tie of equals by name, then id', () => {
    const twins = withPeople(
      tinyOrg([
        ['g', null, null, []],
        ['t1', 'g', 'x2', []],
        ['t2', 'g', 'x1', []],
        ['t3', 'g', 'y', []],
      ]),
      [ready('x2', 'Sam'), ready('x1', 'Sam'), ready('y', 'Ann')],
    );
    expect(rankCandidates(twins, policy, { kind: 'mom', nearUnitId: u('g'), height: 1 }).map((c) => c.personId)).toEqual(['y', 'x1', 'x2']);
  });

  it('lists a person once even in a damaged org where they sit twice', () => {
    const damaged: Org = { ...org, units: { ...org.units, [u('t3')]: { ...org.units[u('t3')]!, memberIds: ['a4', 'e1'] as never } } };
    const ids = rankCandidates(damaged, policy, { kind: 'mom', nearUnitId: null }).map((c) => c.personId);
    expect(ids.filter((id) => id === 'e1')).toHaveLength(1);
  });

  it('carries name, title, current unit and signals', () => {
    const [first] = rankCandidates(org, policy, { kind: 'mom', nearUnitId: u('g1'), height: 1 });
    expect(first).toMatchObject({ personId: 'e1', name: 'Zoe Near', title: 'Engineer', currentUnitId: 't1' });
    expect(first!.signals).toHaveLength(8);
  });
});

describe('nearUnitFor and countByBand', () => {
  it.each([
    ['t1', 'g1'],
    ['g2', 'vp'],
    ['vp', 'vp'],
  ])('near for a role at %s is the subtree of %s', (role, near) => expect(nearUnitFor(org, u(role))).toBe(near));

  it('counts candidates per band', () => {
    expect(countByBand(rankCandidates(org, policy, { kind: 'mom', nearUnitId: null }))).toEqual({
      'ready-now': 3,
      'ready-6-12': 1,
      'to-assess': 0,
      'not-yet': 2,
    });
  });
});

describe('rankCandidates with unknowns and people who decline', () => {
  // Under g: a ready-now EM, a 6-12 EM, an EM nobody has assessed (to assess), a weak EM (not yet), and a strong
  // EM who wants to stay a manager (declines) — listed last even though their signals beat the not-yet one.
  const mixed = withPeople(
    tinyOrg([
      ['g', null, 'd', []],
      ['t1', 'g', 'r', []],
      ['t2', 'g', 's', []],
      ['t3', 'g', 'q', []],
      ['t4', 'g', 'n', []],
      ['t5', 'g', 'x', []],
    ]),
    [
      ready('r', 'Rita Ready'),
      soon('s', 'Sam Soon'),
      testPerson('q', { name: 'Quinn Unknown', managerSince: '2020-03-01', aspiration: 'unknown', signals: UNKNOWN_SIGNALS }),
      testPerson('n', { name: 'Ned Notyet', managerSince: '2020-03-01', aspiration: 'mom', signals: NO_SIGNALS }),
      testPerson('x', { name: 'Xena Stays', managerSince: '2015-01-01', aspiration: 'manager', signals: FOUR }),
    ],
  );
  const ranked = rankCandidates(mixed, policy, { kind: 'mom', nearUnitId: u('g'), height: 1 });

  it('ranks ready now, 6-12, to assess, not yet, then those who decline', () => {
    expect(ranked.map((c) => [c.personId, c.band, c.declines ?? false])).toEqual([
      ['r', 'ready-now', false],
      ['s', 'ready-6-12', false],
      ['q', 'to-assess', false],
      ['n', 'not-yet', false],
      ['x', 'not-yet', true],
    ]);
  });

  it('carries the band if met, the floor and the unknown signals through', () => {
    const q = ranked.find((c) => c.personId === 'q')!;
    expect(q).toMatchObject({ ifMet: 'ready-now', floor: 'not-yet' });
    expect(q.unknown).toEqual(['launches', 'strongReferences', 'influence', 'coachesOutsideTeam', 'momNetwork', 'operatingAtNextLevel', 'wantsRole']);
    expect(ranked.find((c) => c.personId === 'r')).not.toHaveProperty('ifMet');
  });

  it('counts to-assess on its own', () => {
    expect(countByBand(ranked)).toEqual({ 'ready-now': 1, 'ready-6-12': 1, 'to-assess': 1, 'not-yet': 2 });
  });
});

describe('candidatePools.placeOf', () => {
  it('agrees with rank for every person, role kind, height, neighbourhood and exclusion in the sample', () => {
    const org = sampleScenario().org;
    const pools = candidatePools(org, DEFAULT_POLICY);
    const someone = Object.keys(org.people).slice(0, 3) as Person['id'][];
    let checked = 0;
    for (const nearUnitId of [null, ...(Object.keys(org.units) as UnitId[])])
      for (const spec of [{ kind: 'em' as const }, { kind: 'mom' as const, height: 1 }, { kind: 'mom' as const, height: 2 }, { kind: 'mom' as const }])
        for (const excludePersonIds of [[], someone]) {
          const role = { ...spec, nearUnitId, excludePersonIds };
          const ranked = pools.rank(role);
          ranked.candidates.forEach((c, i) => {
            expect(pools.placeOf(role, c.personId)).toEqual({ place: i + 1, of: ranked.total, band: c.band, near: c.near });
            checked++;
          });
          for (const id of excludePersonIds) expect(pools.placeOf(role, id)).toBeNull();
        }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('ready-now pools (the simulation’s) skip people by cheap necessary conditions only', () => {
  it('list exactly the ready-now people the full pools list, in the same order, on random orgs and policies; first() is rank’s first', () => {
    fc.assert(
      fc.property(arbitraryOrg(14, 60), arbitraryPolicy(), fc.nat(), (org, p, pick) => {
        const full = candidatePools(org, p);
        const readyNow = candidatePools(org, p, undefined, undefined, { readyNowOnly: true });
        const ids = Object.keys(org.units) as UnitId[];
        const near = pick % 3 === 0 ? null : ids[pick % ids.length]!;
        const roles: RoleSpec[] = [
          { kind: 'em', nearUnitId: near },
          { kind: 'mom', nearUnitId: near },
          ...[1, 2, 3].map((height): RoleSpec => ({ kind: 'mom', nearUnitId: near, height })),
        ];
        for (const role of roles) {
          const expected = full.rank(role).candidates.filter((c) => c.band === 'ready-now');
          expect(readyNow.rank(role).candidates).toEqual(expected);
          const pick = (c: { personId: string; name: string; band: string } | undefined) => (c ? { personId: c.personId, name: c.name, band: c.band } : null);
          const excluded = { ...role, excludePersonIds: expected.slice(0, 1).map((c) => c.personId) };
          expect(readyNow.first(role)).toEqual(pick(expected[0]));
          expect(readyNow.first(excluded)).toEqual(pick(readyNow.rank(excluded, 1).candidates[0]));
          expect(full.first(role)).toEqual(pick(full.rank(role, 1).candidates[0]));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('first() scans a fresh pool (nothing ranked yet) to the same person, given hopefuls or not, whoever is excluded', () => {
    fc.assert(
      fc.property(arbitraryOrg(14, 60), arbitraryPolicy(), fc.nat(), (org, p, pick) => {
        const ids = Object.keys(org.units) as UnitId[];
        const near = pick % 3 === 0 ? null : ids[pick % ids.length]!;
        const everyone = Object.keys(org.people) as PersonId[];
        const roles: RoleSpec[] = [
          { kind: 'em', nearUnitId: near },
          { kind: 'mom', nearUnitId: near },
          ...[1, 2].map((height): RoleSpec => ({ kind: 'mom', nearUnitId: near, height })),
        ];
        for (const role of roles) {
          const ranked = candidatePools(org, p, undefined, undefined, { readyNowOnly: true }).rank(role).candidates;
          const excludePersonIds = ranked.filter((_, i) => (i + pick) % 2 === 0).map((c) => c.personId);
          for (const spec of [role, { ...role, excludePersonIds }]) {
            const expected = candidatePools(org, p, undefined, undefined, { readyNowOnly: true }).rank(spec, 1).candidates[0];
            const want = expected ? { personId: expected.personId, name: expected.name, band: expected.band } : null;
            expect(candidatePools(org, p, undefined, undefined, { readyNowOnly: true }).first(spec)).toEqual(want);
            const hopefuls = { em: [...everyone].reverse(), mom: everyone };
            expect(candidatePools(org, p, undefined, undefined, { readyNowOnly: true, hopefuls }).first(spec)).toEqual(want);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
