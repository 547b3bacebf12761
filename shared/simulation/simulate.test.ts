import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOrg } from '../model/invariants';
import {
  DEFAULT_POLICY,
  EMPTY_VIEW,
  NO_SIGNALS,
  personId as p,
  unitId as u,
  type Org,
  type Person,
  type Policy,
  type Scenario,
  type ScenarioEvent,
} from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { testPerson, tinyOrg } from '../testing/testOrg';
import { simulate, type SimulationResult } from './simulate';
import { fundingHires, validateEvents } from './validate';

/** No randomness in the way of a hand-checked case: no attrition, no launches, no reverted promotions. */
const calm: Policy = { ...DEFAULT_POLICY, annualAttrition: 0, promotionRevertChance: 0, monthsPerLaunch: 1e9 };
const members = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const scenarioOf = (org: Org, events: ScenarioEvent[] = [], policy: Policy = calm, months = 12): Scenario => ({
  name: 't',
  org,
  policy,
  events,
  simulation: { months, seed: 7 },
  view: EMPTY_VIEW,
});
const run = (s: Scenario, months?: number): SimulationResult => {
  const result = simulate(s, months === undefined ? {} : { months });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};
const eventsIn = (r: SimulationResult, month: number) => r.events.filter((e) => e.month === month && e.kind !== 'hire').map((e) => `${e.kind}: ${e.text}`);
const withPeople = (org: Org, people: Person[]): Org => ({ ...org, people: { ...org.people, ...Object.fromEntries(people.map((x) => [x.id, x])) } });

/** A director over six teams: t1 has 7 ICs, the rest 4. */
const atSpan = (): Org =>
  tinyOrg(
    [
      ['d', null, 'dir', []],
      ['t1', 'd', 'em1', members('a', 7)],
      ...[2, 3, 4, 5, 6].map((i): [string, string, string, string[]] => [`t${i}`, 'd', `em${i}`, members(`x${i}-`, 4)]),
    ],
    '2026-01-01',
  );

describe('simulate: hand-checked cases', () => {
  it('a funding round aimed at a 7-person team splits it that month, and the span rule then adds Director nodes', () => {
    const funding: ScenarioEvent = {
      kind: 'funding',
      id: 'f',
      month: 2,
      amount: 0,
      engineeringShare: 0.5,
      costPerEngineer: 1,
      runwayMonths: 12,
      rampMonths: 1,
      hires: 2,
      target: { kind: 'units', unitIds: [u('t1')] },
    };
    const r = run(scenarioOf(atSpan(), [funding]), 3);
    expect(eventsIn(r, 1)).toEqual([]);
    expect(eventsIn(r, 2).slice(0, 4)).toEqual([
      'funding: Funding round: 2 engineering hires over 1 month.',
      'team-split: T1 (9 ICs) split into T1 A and T1 B.',
      'mom-emerged: Director node emerged above T1 A, T1 B, T2 and T3 (D A, a new layer under D; D led 7 units).',
      'mom-emerged: Director node emerged above T4, T5 and T6 (D B, a new layer under D; D led 7 units).',
    ]);
    expect(r.metrics[2]).toMatchObject({ headcount: 7 + 20 + 7 + 2, hires: 2 });
    expect(r.emergent.map((e) => [e.month, e.rule, e.role])).toEqual([
      [2, 'team-split', 'EM'],
      [2, 'span', 'Director'],
      [2, 'span', 'Director'],
    ]);
  });

  it('a departing director leaves a vacancy that a ready-now EM fills, and their team opens in turn', () => {
    const base = tinyOrg(
      [
        ['vp', null, 'v', []],
        ['d', 'vp', 'dir', []],
        ['t1', 'd', 'ana', ['a1', 'a2', 'a3']],
        ['t2', 'd', 'em2', ['b1', 'b2', 'b3']],
      ],
      '2026-01-01',
    );
    const org = withPeople(base, [
      testPerson('ana', {
        name: 'Ana',
        managerSince: '2022-01-01',
        aspiration: 'mom',
        signals: { ...NO_SIGNALS, launches: 3, strongReferences: true, influence: true, coachesOutsideTeam: true },
      }),
    ]);
    const r = run(scenarioOf(org, [{ kind: 'departure', id: 'e', month: 2, personId: p('dir') }], { ...calm, internalPreference: 1 }), 2);
    expect(eventsIn(r, 2)).toEqual([
      'departure: Person dir left (scheduled departure); D is now vacant.',
      'promotion: Ana promoted to Director of D (internal); T1 is now vacant.',
    ]);
    expect(r.emergent[0]).toMatchObject({ month: 2, rule: 'departure', role: 'Director', filled: { by: 'Ana', how: 'internal', month: 2 } });
    expect(r.metrics[2]!.internalFillRate).toBe(1);
  });

  it('with nobody ready inside, an EM role is filled externally after the time to fill', () => {
    const org = tinyOrg(
      [
        ['g', null, 'v', []],
        ['t', 'g', 'em', ['a', 'b', 'c']],
        ['s', 'g', 'em2', ['d', 'e', 'f']],
      ],
      '2026-01-01',
    );
    const r = run(scenarioOf(org, [{ kind: 'departure', id: 'e', month: 1, personId: p('em') }]), 6);
    const hire = r.events.find((e) => e.kind === 'external-hire')!;
    expect(hire.month).toBe(1 + DEFAULT_POLICY.timeToFillMonths.em);
    expect(hire.text).toMatch(/joins as EM of T after 3 months open/);
    // The MoM internal fill rate counts Director roles and up only: no MoM role was filled.
    expect(r.metrics[4]).toMatchObject({ vacancies: 0, internalFillRate: null, momExternalFills: 0 });
  });

  it('a downsizing cuts the most recent hires, merges teams under the minimum and removes a thin layer', () => {
    const org = tinyOrg(
      [
        ['vp', null, 'v', []],
        ['g', 'vp', 'dir', []],
        ['t1', 'g', 'em1', ['a', 'b', 'c']],
        ['t2', 'g', 'em2', ['d', 'e', 'f']],
        ['t3', 'vp', 'em3', ['x', 'y', 'z']],
      ],
      '2026-01-01',
    );
    const dated = {
      ...org,
      people: Object.fromEntries(
        Object.values(org.people).map((x) => [x.id, { ...x, hireDate: ['a', 'b', 'd', 'e'].includes(x.id) ? '2025-12-01' : '2020-01-01' }]),
      ),
    } as Org;
    const r = run(scenarioOf(dated, [{ kind: 'downsizing', id: 'e', month: 1, share: 0.3, target: { kind: 'spread' }, rule: 'recent-hires' }]), 1);
    const texts = eventsIn(r, 1);
    expect(texts[0]).toBe('downsizing: Downsizing: 4 of 13 people leave (30%, recent hires).');
    expect(texts).toContain('team-merged: T1 (1 IC, under the minimum of 3) merged into T2.');
    expect(texts).toContain('layer-removed: Layer removed: G had one unit left below it; it now reports to VP directly.');
    expect(r.metrics[1]!.headcount).toBe(10);
  });

  it('a reorg moves a unit at its month; an acquisition adds a division', () => {
    const r = run(
      scenarioOf(atSpan(), [
        { kind: 'reorg', id: 'r', month: 1, unitId: u('t6'), newParentId: u('t5') },
        { kind: 'acquisition', id: 'a', month: 2, underUnitId: u('d'), mode: 'division', source: { kind: 'generated', size: 15 } },
      ]),
      2,
    );
    expect(r.orgs[1]!.units[u('t6')]!.parentId).toBe('t5');
    expect(eventsIn(r, 2)[0]).toBe('acquisition: Acquisition: 15 people join under D (kept as a division).');
    expect(r.metrics[2]!.headcount).toBe(r.metrics[1]!.headcount + 15);
  });

  it('steady growth hires a fractional rate over the months', () => {
    const r = run(
      scenarioOf(atSpan(), [{ kind: 'growth', id: 'g', fromMonth: 1, toMonth: 4, perMonth: 0.5, target: { kind: 'units', unitIds: [u('t2')] } }]),
      5,
    );
    expect(r.metrics.map((m) => m.hires)).toEqual([0, 0, 1, 0, 1, 0]);
  });

  it('the same scenario and seed give the same run; another seed another', () => {
    const s = {
      ...sampleScenario(),
      events: [{ kind: 'growth', id: 'g', fromMonth: 1, toMonth: 12, perMonth: 2, target: { kind: 'spread' } } as ScenarioEvent],
    };
    const a = JSON.stringify(run(s, 12));
    expect(JSON.stringify(run(s, 12))).toBe(a);
    expect(JSON.stringify(simulate(s, { months: 12, seed: 99 }))).not.toBe(a);
  });

  it('months 0 is today: no change', () => {
    const r = run(sampleScenario(), 0);
    expect(r.orgs).toHaveLength(1);
    expect(r.events).toEqual([]);
  });
});

describe('validateEvents', () => {
  it('lists every problem with its event', () => {
    const s = scenarioOf(atSpan(), [
      { kind: 'departure', id: 'a', month: 30, personId: p('ghost') },
      { kind: 'reorg', id: 'b', month: 1, unitId: u('nope'), newParentId: u('d') },
      {
        kind: 'funding',
        id: 'c',
        month: 1,
        amount: -5,
        engineeringShare: 2,
        costPerEngineer: 0,
        runwayMonths: 12,
        rampMonths: 3,
        target: { kind: 'units', unitIds: [u('zz')] },
      },
      { kind: 'downsizing', id: 'd', month: 2, share: 1.5, target: { kind: 'spread' }, rule: 'random' },
    ]);
    expect(validateEvents(s).map((x) => `${x.path}: ${x.message}`)).toEqual([
      'events[0].month: Month 30 is outside the run (months 1 to 12).',
      'events[0].personId: There is no person “ghost” to leave.',
      'events[1].unitId: There is no unit “nope” to move.',
      'events[2].amount: A funding round can’t raise a negative amount.',
      'events[2].engineeringShare: The engineering share is a fraction from 0 to 1.',
      'events[2].costPerEngineer: The loaded cost per engineer must be more than 0.',
      'events[2].target: There is no unit “zz” to aim at.',
      'events[3].share: A downsizing cuts a share between 0 and 1 (for example 0.1 for 10%).',
    ]);
    expect(simulate(s).ok).toBe(false);
  });

  it('computes a funding round’s hires from the money', () => {
    expect(
      fundingHires({
        kind: 'funding',
        id: 'f',
        month: 1,
        amount: 20_000_000,
        engineeringShare: 0.5,
        costPerEngineer: 200_000,
        runwayMonths: 24,
        rampMonths: 6,
        target: { kind: 'spread' },
      }),
    ).toBe(25);
  });
});

describe('properties', () => {
  const sample = sampleScenario();
  const units = Object.keys(sample.org.units);
  const people = Object.keys(sample.org.people);
  const event = fc.oneof(
    fc.record({
      kind: fc.constant('growth' as const),
      id: fc.uuid(),
      fromMonth: fc.integer({ min: 1, max: 6 }),
      toMonth: fc.integer({ min: 6, max: 12 }),
      perMonth: fc.double({ min: 0, max: 4, noNaN: true }),
      target: fc.constant({ kind: 'spread' as const }),
    }),
    fc.record({ kind: fc.constant('departure' as const), id: fc.uuid(), month: fc.integer({ min: 1, max: 12 }), personId: fc.constantFrom(...people).map(p) }),
    fc.record({
      kind: fc.constant('downsizing' as const),
      id: fc.uuid(),
      month: fc.integer({ min: 1, max: 12 }),
      share: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
      target: fc.constant({ kind: 'spread' as const }),
      rule: fc.constantFrom('recent-hires' as const, 'lowest-rating' as const, 'random' as const),
    }),
    fc.record({
      kind: fc.constant('reorg' as const),
      id: fc.uuid(),
      month: fc.integer({ min: 1, max: 12 }),
      unitId: fc.constantFrom(...units).map(u),
      newParentId: fc.constantFrom(...units).map(u),
    }),
    fc.record({
      kind: fc.constant('acquisition' as const),
      id: fc.uuid(),
      month: fc.integer({ min: 1, max: 12 }),
      underUnitId: fc.constantFrom(...units).map(u),
      mode: fc.constantFrom('division' as const, 'integrate' as const),
      source: fc.record({ kind: fc.constant('generated' as const), size: fc.integer({ min: 1, max: 30 }) }),
    }),
  );
  it('after every month the org is sound and headcount = previous + hires - departures', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 5 }), fc.nat(), (events, seed) => {
        const r = simulate({ ...sample, events: events.map((e, i) => ({ ...e, id: `e${i}` })) }, { months: 12, seed });
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        for (let m = 1; m < r.value.orgs.length; m++) {
          expect(checkOrg(r.value.orgs[m]!)).toEqual([]);
          const before = r.value.metrics[m - 1]!;
          const now = r.value.metrics[m]!;
          expect(now.headcount).toBe(before.headcount + now.hires - now.departures);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
