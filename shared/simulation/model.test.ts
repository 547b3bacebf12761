/**
 * The model-truth cases of DOMAIN.md, by hand: the forecast and one simulated month agree on splits; a MoM who
 * leaves lists candidates; integrated acquisitions merge by name; months are anchored on the start; a reverted
 * promotion is not offered again for the cool-off; an org whose signals are all unknown still fills from inside.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOrg } from '../model/invariants';
import { buildTreeIndex, childrenOf } from '../model/tree';
import {
  DEFAULT_POLICY,
  EMPTY_VIEW,
  NO_SIGNALS,
  UNKNOWN_SIGNALS,
  personId as p,
  unitId as u,
  type Org,
  type Person,
  type Policy,
  type Scenario,
  type ScenarioEvent,
} from '../model/types';
import { forecastEmergence } from '../forecast/forecast';
import { sampleScenario } from '../sample/sampleScenario';
import { testPerson, tinyOrg } from '../testing/testOrg';
import { forecastReport, jsonReport } from './report';
import { simulate, type SimulationResult } from './simulate';

/** No randomness in the way: no attrition, no launches, no development, no reverted promotions. */
const calm: Policy = {
  ...DEFAULT_POLICY,
  annualAttrition: 0,
  promotionRevertChance: 0,
  monthsPerLaunch: 1e9,
  monthsPerSignal: 1e9,
  monthsToStartMentoring: 1e9,
  monthsPerIcLevel: 1e9,
};
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const scenarioOf = (org: Org, events: ScenarioEvent[] = [], policy: Policy = calm): Scenario => ({
  name: 't',
  org,
  policy,
  events,
  simulation: { months: 12, seed: 7 },
  view: EMPTY_VIEW,
});
const run = (s: Scenario, months: number, seed = 7): SimulationResult => {
  const result = simulate(s, { months, seed });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};
const withPeople = (org: Org, people: Person[]): Org => ({ ...org, people: { ...org.people, ...Object.fromEntries(people.map((x) => [x.id, x])) } });
const ready = (id: string, name: string): Person =>
  testPerson(id, {
    name,
    managerSince: '2020-01-01',
    aspiration: 'mom',
    signals: { ...NO_SIGNALS, launches: 3, strongReferences: true, influence: true, coachesOutsideTeam: true },
  });

function teamSizes(org: Org): number[] {
  const index = buildTreeIndex(org);
  return Object.values(org.units)
    .filter((x) => childrenOf(index, x.id).length === 0)
    .map((x) => x.memberIds.length)
    .sort((a, b) => b - a);
}

describe('the forecast shows exactly what one simulated month does', () => {
  it.each([
    [9, [5, 4]],
    [16, [8, 8]],
    [17, [6, 6, 5]],
    [20, [7, 7, 6]],
    [25, [7, 6, 6, 6]],
  ])('a team of %i ICs under a VP → %j in the forecast and in month 1', (n, sizes) => {
    const org = tinyOrg(
      [
        ['vp', null, 'v', []],
        ['t', 'vp', 'em', ids('ic', n)],
      ],
      '2026-01-01',
    );
    const f = forecastEmergence(org, calm);
    expect(teamSizes(f.projected).filter((x) => x > 0)).toEqual(sizes);
    expect(f.emergent.filter((e) => e.kind === 'team-split')).toHaveLength(sizes.length - 1);
    const month1 = run(scenarioOf(org), 1).orgs[1]!;
    expect(teamSizes(month1).filter((x) => x > 0)).toEqual(sizes);
    expect(Object.keys(month1.units).sort()).toEqual(Object.keys(f.projected.units).sort());
  });

  it.each([
    [20, 2],
    [25, 3],
  ])('the CLI JSON agrees: a team of %i ICs needs %i EMs today and in month 1', (n, ems) => {
    const org = tinyOrg(
      [
        ['vp', null, 'v', []],
        ['t', 'vp', 'em', ids('ic', n)],
      ],
      '2026-01-01',
    );
    const today = forecastReport(scenarioOf(org));
    expect(today.emergent.map((e) => [e.role, e.rule])).toEqual(Array.from({ length: ems }, () => ['EM', 'team-split']));
    expect(today.flags.find((f) => f.kind === 'team-over-split')).toMatchObject({ unit: 'T', numbers: { ics: n, parts: ems + 1 } });
    const s = scenarioOf(org);
    const month1 = jsonReport(s, run(s, 1));
    expect(month1.emergent.map((e) => [e.month, e.role, e.rule])).toEqual(Array.from({ length: ems }, () => [1, 'EM', 'team-split']));
  });

  it('a top-level team of 20: three teams under a new vacant group, in the forecast and in month 1', () => {
    const org = tinyOrg([['t', null, 'em', ids('ic', 20)]], '2026-01-01');
    const f = forecastEmergence(org, calm);
    expect(f.emergent.map((e) => [e.kind, e.role])).toEqual([
      ['team-split', 'EM'],
      ['team-split', 'EM'],
      ['mom', 'Director'],
    ]);
    const month1 = run(scenarioOf(org), 1).orgs[1]!;
    const index = buildTreeIndex(month1);
    expect(index.roots).toHaveLength(1);
    expect(childrenOf(index, index.roots[0]!)).toHaveLength(3);
    expect(teamSizes(month1)).toEqual([7, 7, 6]);
  });

  it('a flat team of 2,000: after one month no team is over 8 ICs and no lead over 6 units', () => {
    const org = tinyOrg([['t', null, 'em', ids('ic', 2000)]], '2026-01-01');
    const month1 = run(scenarioOf(org), 1).orgs[1]!;
    const index = buildTreeIndex(month1);
    const units = Object.values(month1.units);
    expect(Math.max(...units.filter((x) => childrenOf(index, x.id).length === 0).map((x) => x.memberIds.length))).toBeLessThanOrEqual(8);
    expect(Math.max(...units.map((x) => childrenOf(index, x.id).length))).toBeLessThanOrEqual(6);
    expect(index.roots).toHaveLength(1);
    expect(checkOrg(month1)).toEqual([]);
  });
});

describe('a MoM leaves (rule 3): the role is a vacancy with its candidates listed', () => {
  const org = (readyCount: number): Org => {
    const base = tinyOrg(
      [
        ['vp', null, 'v', []],
        ['d', 'vp', 'dir', []],
        ['t1', 'd', 'em1', ids('a', 4)],
        ['t2', 'd', 'em2', ids('b', 4)],
      ],
      '2026-01-01',
    );
    return withPeople(base, [...(readyCount >= 1 ? [ready('em1', 'Ana')] : []), ...(readyCount >= 2 ? [ready('em2', 'Ben')] : [])]);
  };
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
  ])('with %i ready EMs the record lists the EMs, %i of them ready now', (n, readyNow) => {
    const r = run(scenarioOf(org(n), [{ kind: 'departure', id: 'e', month: 1, personId: p('dir') }], { ...calm, internalPreference: 0 }), 1);
    const record = r.emergent.find((e) => e.rule === 'departure')!;
    expect(record).toMatchObject({ month: 1, role: 'Director', unit: 'D' });
    expect(record.candidates).toHaveLength(2);
    expect(record.candidates.filter((c) => c.band === 'ready-now')).toHaveLength(readyNow);
  });
});

describe('integrated acquisitions merge units by name and say what happened to each lead', () => {
  it('a team with the same name merges into ours; the acquirer’s lead keeps it; the other lead stays or leaves with an event', () => {
    const ours = tinyOrg(
      [
        ['eng', null, 'cto', []],
        ['pay', 'eng', 'em1', ids('a', 3)],
        ['web', 'eng', 'em2', ids('w', 3)],
      ],
      '2026-01-01',
    );
    const named = { ...ours, units: { ...ours.units, [u('pay')]: { ...ours.units[u('pay')]!, name: 'Payments' } } };
    const theirs: Org = withPeople(
      tinyOrg(
        [
          ['r', null, 'boss', []],
          ['x', 'r', 'xlead', ids('x', 2)],
          ['y', 'r', 'ylead', ids('y', 3)],
        ],
        '2026-01-01',
      ),
      [testPerson('xlead', { name: 'Xena', aspiration: 'manager' }), testPerson('boss', { name: 'Boss', aspiration: 'ic' })],
    );
    const acquired = {
      ...theirs,
      units: { ...theirs.units, [u('x')]: { ...theirs.units[u('x')]!, name: 'payments' }, [u('y')]: { ...theirs.units[u('y')]!, name: 'Search' } },
    };
    const r = run(
      scenarioOf(named, [{ kind: 'acquisition', id: 'a', month: 1, underUnitId: u('eng'), mode: 'integrate', source: { kind: 'org', org: acquired } }]),
      1,
    );
    const after = r.orgs[1]!;
    const texts = r.events.filter((e) => e.kind === 'acquisition').map((e) => e.text);
    expect(texts).toContain('payments (acquired) merged into Payments.');
    expect(texts.some((t) => t.startsWith('Xena, who led the acquired team, stays in Payments as a candidate'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Boss, who led the acquired org, leaves'))).toBe(true);
    const pay = after.units[u('pay')]!;
    expect(pay.leadId).toBe('em1');
    // Our 3 ICs, their 2, and Xena.
    expect(pay.memberIds).toHaveLength(6);
    // Search had no match: it joins under Engineering as its own team.
    expect(Object.values(after.units).filter((x) => x.name === 'Search' && x.parentId === 'eng')).toHaveLength(1);
    expect(checkOrg(after)).toEqual([]);
  });
});

describe('time', () => {
  it('months are anchored on the start date: a run from the 31st stays on month ends', () => {
    const org = tinyOrg([['t', null, 'em', ids('a', 3)]], '2025-01-31');
    const r = run(scenarioOf(org), 4);
    expect(r.orgs.map((o) => o.asOf)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31']);
  });

  it('a role that opens in month 2 is reported open since month 2', () => {
    const org = tinyOrg(
      [
        ['g', null, 'v', []],
        ['t', 'g', 'em', ids('a', 3)],
        ['s', 'g', 'em2', ids('b', 3)],
      ],
      '2026-01-31',
    );
    const s = scenarioOf(org, [{ kind: 'departure', id: 'e', month: 2, personId: p('em') }], {
      ...calm,
      timeToFillMonths: { ...calm.timeToFillMonths, em: 12 },
    });
    const r = run(s, 3);
    expect(r.orgs[3]!.units[u('t')]).toMatchObject({ leadId: null, vacantSince: '2026-03-31' });
    expect(jsonReport(s, r).vacancies).toEqual([{ unit: 'T', role: 'EM', since: 2 }]);
  });

  it('refuses a seed it could not repeat exactly', () => {
    const r = simulate(sampleScenario(), { months: 1, seed: 2 ** 60 });
    expect(r.ok).toBe(false);
  });
});

describe('the 90-day plan', () => {
  it('a reverted promotion is not offered again for the cool-off; the role goes outside', () => {
    const base = tinyOrg(
      [
        ['vp', null, 'v', []],
        ['d', 'vp', null, []],
        ['t1', 'd', 'em1', ids('a', 4)],
        ['t2', 'd', 'em2', ids('b', 4)],
      ],
      '2026-01-01',
    );
    const org = withPeople(base, [ready('em1', 'Ana')]);
    const vacant = { ...org, units: { ...org.units, [u('d')]: { ...org.units[u('d')]!, vacantSince: '2026-01-01' } } };
    const r = run(scenarioOf(vacant, [], { ...calm, internalPreference: 1, promotionRevertChance: 1 }), 16);
    const texts = r.events
      .filter((e) => ['promotion', 'promotion-reverted', 'external-hire'].includes(e.kind) && e.unitIds[0] === 'd')
      .map((e) => `${e.month} ${e.kind}`);
    expect(texts[0]).toBe('1 promotion');
    expect(texts[1]).toBe('4 promotion-reverted');
    // Not re-promoted the next month: the role goes outside after its time to fill (4 months).
    expect(texts[2]).toBe(`${4 + DEFAULT_POLICY.timeToFillMonths.mom} external-hire`);
    expect(r.emergent.filter((e) => e.unitId === 'd').length).toBeGreaterThanOrEqual(1);
  });
});

describe('people grow, leave and are replaced', () => {
  const steady: ScenarioEvent[] = [{ kind: 'growth', id: 'g', fromMonth: 1, toMonth: 36, perMonth: 2, target: { kind: 'spread' } }];

  it('with no events, backfill keeps headcount near the start (median of 10 seeds within 10%)', () => {
    const s = sampleScenario();
    const heads = Array.from({ length: 10 }, (_, i) => run({ ...s, events: [] }, 36, i + 1).metrics.at(-1)!.headcount).sort((a, b) => a - b);
    const start = Object.keys(s.org.people).length;
    expect(Math.abs(heads[5]! - start) / start).toBeLessThanOrEqual(0.1);
  }, 120_000);

  it('an org whose signals and aspirations are all unknown (an HR export) still fills MoM roles from inside', () => {
    const s = sampleScenario();
    const people = Object.fromEntries(Object.values(s.org.people).map((x) => [x.id, { ...x, aspiration: 'unknown' as const, signals: UNKNOWN_SIGNALS }]));
    const imported = { ...s, org: { ...s.org, people }, events: steady };
    const internal = Array.from({ length: 10 }, (_, i) => run(imported, 36, i + 1).metrics.reduce((n, m) => n + m.momInternalFills, 0));
    expect(internal.filter((n) => n > 0).length).toBeGreaterThanOrEqual(7);
  }, 120_000);

  it('the history keeps every role that emerged: each node that emerged has its own record', () => {
    const s = { ...sampleScenario(), events: steady };
    for (const seed of [1, 2, 3]) {
      const r = run(s, 36, seed);
      const emerged = r.events.filter((e) => e.kind === 'mom-emerged');
      const records = r.emergent.filter((e) => e.rule === 'span' || (e.rule === 'team-split' && e.role !== 'EM'));
      expect(records.length).toBe(emerged.length);
      for (const e of emerged) expect(r.emergent.some((x) => x.unitId === e.unitIds[0] && x.month === e.month)).toBe(true);
      expect(new Set(r.emergent.map((x) => x.id)).size).toBe(r.emergent.length);
    }
  });

  it('adding an event does not reshuffle the rest: attrition in months before it is the same', () => {
    const s = sampleScenario();
    const plain = run({ ...s, events: [] }, 12, 5);
    const withHire = run({ ...s, events: [{ kind: 'departure', id: 'd', month: 10, personId: p('p66') }] }, 12, 5);
    const leavers = (r: SimulationResult) => r.events.filter((e) => e.kind === 'attrition' && e.month < 10).map((e) => e.text);
    expect(leavers(withHire)).toEqual(leavers(plain));
  });
});

describe('properties of a run', () => {
  const growthRun = fc.record({
    seed: fc.integer({ min: 1, max: 10_000 }),
    perMonth: fc.integer({ min: 0, max: 12 }),
    months: fc.integer({ min: 1, max: 12 }),
  });

  it('after every month no team is over the split size and no lead over the span maximum', () => {
    fc.assert(
      fc.property(growthRun, ({ seed, perMonth, months }) => {
        const s = {
          ...sampleScenario(),
          events: [{ kind: 'growth', id: 'g', fromMonth: 1, toMonth: months, perMonth, target: { kind: 'spread' } } as ScenarioEvent],
        };
        const r = run(s, months, seed);
        for (const org of r.orgs.slice(1)) {
          const index = buildTreeIndex(org);
          for (const unit of Object.values(org.units)) {
            const children = childrenOf(index, unit.id).length;
            if (children === 0) expect(unit.memberIds.length).toBeLessThanOrEqual(s.policy.splitAbove);
            expect(children).toBeLessThanOrEqual(s.policy.momSpanMax);
          }
        }
      }),
      { numRuns: 15, seed: 2026 },
    );
  }, 120_000);

  it('the history only grows: a longer run with the same seed keeps every record of the shorter one', () => {
    fc.assert(
      fc.property(growthRun, ({ seed, perMonth, months }) => {
        const s = {
          ...sampleScenario(),
          events: [{ kind: 'growth', id: 'g', fromMonth: 1, toMonth: months, perMonth, target: { kind: 'spread' } } as ScenarioEvent],
        };
        const short = run(s, months, seed).emergent;
        const long = run(s, months + 6, seed).emergent;
        for (const record of short) {
          const same = long.find((x) => x.id === record.id);
          expect(same).toBeDefined();
          expect({ ...same!, filled: null }).toEqual({ ...record, filled: null });
          // A fill can come later, never go away, except through a reverted 90-day plan (which adds a record).
          if (record.filled && same!.filled) expect(same!.filled).toEqual(record.filled);
        }
        expect(long.length).toBeGreaterThanOrEqual(short.length);
      }),
      { numRuns: 15, seed: 2026 },
    );
  }, 120_000);
});
