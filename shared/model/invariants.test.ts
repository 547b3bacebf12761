import { describe, expect, it } from 'vitest';
import { checkOrg, type OrgProblemCode } from './invariants';
import { testPerson, tinyOrg } from '../testing/testOrg';
import type { Org, PersonId, UnitId } from './types';

const base = tinyOrg([
  ['u1', null, 'p1', []],
  ['u2', 'u1', 'p2', ['p3', 'p4']],
  ['u3', 'u1', null, ['p5']],
]);
const withUnit = (id: string, patch: object): Org => ({ ...base, units: { ...base.units, [id]: { ...base.units[id as UnitId]!, ...patch } } });
const withPerson = (id: string, patch: object): Org => ({ ...base, people: { ...base.people, [id]: { ...base.people[id as PersonId]!, ...patch } } });

describe('checkOrg', () => {
  it('finds nothing wrong in a sound org', () => expect(checkOrg(base)).toEqual([]));

  const cases: [string, Org, OrgProblemCode, Record<string, string>, RegExp][] = [
    ['a missing parent', withUnit('u3', { parentId: 'u9' }), 'missing-parent', { unitId: 'u3', field: 'parentId' }, /reports to unit “u9”, which is not in the org/],
    ['a missing lead', withUnit('u3', { leadId: 'p9' }), 'missing-lead', { unitId: 'u3', field: 'leadId' }, /led by person “p9”/],
    ['a missing member', withUnit('u2', { memberIds: ['p3', 'p9'] }), 'missing-member', { unitId: 'u2', field: 'memberIds[1]' }, /member “p9”/],
    ['a cycle', withUnit('u1', { parentId: 'u2' }), 'cycle', { unitId: 'u1', field: 'parentId' }, /circle: “U1” \(u1\) → “U2” \(u2\) → back to “U1”/],
    ['a self-cycle', withUnit('u3', { parentId: 'u3' }), 'cycle', { unitId: 'u3' }, /circle/],
    ['someone leading two units', withUnit('u3', { leadId: 'p2' }), 'leads-twice', { unitId: 'u3', personId: 'p2' }, /leads both “U2” \(u2\) and “U3” \(u3\)/],
    ['someone in two teams', withUnit('u3', { memberIds: ['p5', 'p3'] }), 'member-twice', { unitId: 'u3', personId: 'p3', field: 'memberIds[1]' }, /member of both/],
    ['a lead who is also a member', withUnit('u3', { memberIds: ['p5', 'p2'] }), 'lead-and-member', { unitId: 'u3', personId: 'p2' }, /can't be both/],
    ['a bad hire date', withPerson('p3', { hireDate: '2023-13-01' }), 'bad-date', { personId: 'p3', field: 'hireDate' }, /not a calendar date/],
    ['becoming a manager in the future', withPerson('p2', { managerSince: '2030-01-01' }), 'bad-date', { personId: 'p2', field: 'managerSince' }, /after the org's date/],
    ['a level out of range', withPerson('p3', { level: 12 }), 'bad-value', { personId: 'p3', field: 'level' }, /from 1 to 9/],
    ['a record stored under another id', { ...base, people: { ...base.people, ['px' as PersonId]: base.people['p3' as PersonId]! } }, 'id-mismatch', { personId: 'p3' }, /stored under the id “px”/],
    ['a dotted line to nobody', withPerson('p3', { dottedLineManagerIds: ['p77'] }), 'missing-lead', { personId: 'p3' }, /dotted line to person “p77”/],
  ];
  it.each(cases)('reports %s', (_name, org, code, where, message) => {
    const problems = checkOrg(org);
    const problem = problems.find((p) => p.code === code);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem).toMatchObject(where);
    expect(problem!.message).toMatch(message);
  });

  it('reports every problem at once, and a cycle only once', () => {
    const org: Org = {
      ...base,
      units: { ...base.units, ['u1' as UnitId]: { ...base.units['u1' as UnitId]!, parentId: 'u2' as UnitId }, ['u3' as UnitId]: { ...base.units['u3' as UnitId]!, leadId: 'p9' as PersonId } },
      people: { ...base.people, ['p4' as PersonId]: testPerson('p4', { level: 0 }) },
    };
    expect(checkOrg(org).map((p) => p.code).sort()).toEqual(['bad-value', 'cycle', 'missing-lead']);
  });
});
