import { describe, expect, it } from 'vitest';
import { unitId, type UnitId } from '../model/types';
import type { EmergentRecord, SimEvent, SimulationResult } from '../simulation/simulate';
import { tinyOrg } from '../testing/testOrg';
import { unitHistory } from './unitHistory';

const u = unitId;
// Month 0: top above t1 and t2. Month 1: t1 splits off t1b. Month 2: a Director group g appears above t1, t1b.
// Month 3: t2 merges into t1b's sibling... kept simple: t2 grows by a merge, and d (vacated) loses its lead.
const m0 = tinyOrg([
  ['top', null, 'p1', []],
  ['t1', 'top', 'p2', ['p3', 'p4']],
  ['t2', 'top', 'p5', ['p6']],
  ['gone', 'top', 'p7', []],
]);
const m1 = tinyOrg([
  ['top', null, 'p1', []],
  ['t1', 'top', 'p2', ['p3']],
  ['t1b', 'top', null, ['p4']],
  ['t2', 'top', 'p5', ['p6']],
  ['gone', 'top', 'p7', []],
]);
const m2 = tinyOrg([
  ['top', null, 'p1', []],
  ['g', 'top', null, []],
  ['t1', 'g', 'p2', ['p3']],
  ['t1b', 'g', 'p8', ['p4']],
  ['t2', 'top', 'p5', ['p6']],
]);
const m3 = tinyOrg([
  ['top', null, null, []],
  ['g', 'top', 'p9', []],
  ['t1', 'g', 'p2', ['p3']],
  ['t1b', 'g', 'p8', ['p4']],
  ['t2', 'top', 'p5', ['p6']],
]);

const record = (month: number, id: string, rule: EmergentRecord['rule'], role: EmergentRecord['role'], filled: EmergentRecord['filled']): EmergentRecord => ({
  id: `${month}:${id}:0`,
  month,
  unitId: u(id),
  unit: id.toUpperCase(),
  above: [],
  rule,
  role,
  filled,
  candidates: [],
});
const event = (month: number, kind: SimEvent['kind'], id: string): SimEvent => ({ month, kind, text: '', unitIds: [u(id)], personIds: [] });

const result: SimulationResult = {
  months: 3,
  seed: 1,
  orgs: [m0, m1, m2, m3],
  metrics: [],
  events: [event(1, 'team-split', 't1'), event(2, 'team-merged', 't2'), event(2, 'team-merged', 't1'), event(2, 'team-split', 'gone')],
  emergent: [
    record(1, 't1b', 'team-split', 'EM', { by: 'Pat', how: 'internal', month: 2 }),
    record(2, 'g', 'span', 'Director', { by: 'Sam', how: 'external', month: 3 }),
    record(3, 'top', 'departure', 'VP', null),
  ],
};

const at = (month: number): Record<string, string> => Object.fromEntries(unitHistory(result, month) as ReadonlyMap<UnitId, string>);

describe('unitHistory', () => {
  it('says nothing about today', () => {
    expect(at(0)).toEqual({});
  });

  it('tells how an emerged role came and whether it is filled yet, before saying a unit is new or split', () => {
    expect(at(1)).toEqual({ t1b: 'EM · emerged m1 · open', t1: 'split in month 1' });
    expect(at(2)).toEqual({
      t1b: 'EM · emerged m1 · filled m2 inside',
      g: 'Director · emerged m2 · open',
      t1: 'split in month 1',
      t2: 'grew by a merge in month 2',
    });
  });

  it('says vacated for a role left by a departure, and outside for an external hire', () => {
    expect(at(3)).toMatchObject({ top: 'VP · vacated m3 · open', g: 'Director · emerged m2 · filled m3 outside' });
  });

  it('leaves out units not in the month’s org', () => {
    expect(at(2)).not.toHaveProperty('gone');
  });

  it('says nothing for a month past the run', () => {
    expect(at(9)).toEqual({});
  });
});
