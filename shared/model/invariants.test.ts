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
    [
      'a missing parent',
      withUnit('u3', { parentId: 'u9' }),
      'missing-parent',
      { unitId: 'u3', field: 'parentId' },
      /reports to unit “u9”, which is not in the org/,
    ],
    [
      'a parent id every object inherits',
      withUnit('u3', { parentId: 'constructor' }),
      'missing-parent',
      { unitId: 'u3', field: 'parentId' },
      /reports to unit “constructor”, which is not in the org/,
    ],
    ['a lead id every object inherits', withUnit('u3', { leadId: 'toString' }), 'missing-lead', { unitId: 'u3', field: 'leadId' }, /led by person “toString”/],
    ['a missing lead', withUnit('u3', { leadId: 'p9' }), 'missing-lead', { unitId: 'u3', field: 'leadId' }, /led by person “p9”/],
    ['a missing member', withUnit('u2', { memberIds: ['p3', 'p9'] }), 'missing-member', { unitId: 'u2', field: 'memberIds[1]' }, /member “p9”/],
    ['a cycle', withUnit('u1', { parentId: 'u2' }), 'cycle', { unitId: 'u1', field: 'parentId' }, /circle: “U1” \(u1\) → “U2” \(u2\) → back to “U1”/],
    ['a self-cycle', withUnit('u3', { parentId: 'u3' }), 'cycle', { unitId: 'u3', field: 'parentId' }, /^Unit “U3” \(u3\) reports to itself/],
    ['someone leading two units', withUnit('u3', { leadId: 'p2' }), 'leads-twice', { unitId: 'u3', personId: 'p2' }, /leads both “U2” \(u2\) and “U3” \(u3\)/],
    [
      'someone in two teams',
      withUnit('u3', { memberIds: ['p5', 'p3'] }),
      'member-twice',
      { unitId: 'u3', personId: 'p3', field: 'memberIds[1]' },
      /member of both/,
    ],
    ['a lead who is also a member', withUnit('u3', { memberIds: ['p5', 'p2'] }), 'lead-and-member', { unitId: 'u3', personId: 'p2' }, /can't be both/],
    ['a bad hire date', withPerson('p3', { hireDate: '2023-13-01' }), 'bad-date', { personId: 'p3', field: 'hireDate' }, /not a calendar date/],
    [
      'becoming a manager in the future',
      withPerson('p2', { managerSince: '2030-01-01' }),
      'bad-date',
      { personId: 'p2', field: 'managerSince' },
      /after the org's date/,
    ],
    [
      'a level out of range',
      withPerson('p3', { level: 12 }),
      'bad-value',
      { personId: 'p3', field: 'level' },
      /“Person p3” \(p3\) has level 12; levels are whole numbers from 1 to 9/,
    ],
    ['a fractional level', withPerson('p3', { level: 4.5 }), 'bad-value', { personId: 'p3', field: 'level' }, /level 4.5/],
    ['a rating out of range', withPerson('p3', { rating: 6 }), 'bad-value', { personId: 'p3', field: 'rating' }, /rating 6; ratings go from 1 to 5/],
    ['a rating that is not a number', withPerson('p3', { rating: Number.NaN }), 'bad-value', { personId: 'p3', field: 'rating' }, /rating NaN/],
    [
      'negative launches',
      withPerson('p3', { signals: { ...base.people['p3' as PersonId]!.signals, launches: -1 } }),
      'bad-value',
      { personId: 'p3', field: 'signals.launches' },
      /-1 launches/,
    ],
    ['a person without a name', withPerson('p3', { name: '  ' }), 'bad-value', { personId: 'p3', field: 'name' }, /Person p3 has no name/],
    ['a unit without a name', withUnit('u2', { name: '' }), 'bad-value', { unitId: 'u2', field: 'name' }, /Unit u2 has no name/],
    [
      'a bad manager-since date',
      withPerson('p2', { managerSince: '2025-02-30' }),
      'bad-date',
      { personId: 'p2', field: 'managerSince' },
      /“2025-02-30”, which is not a calendar date/,
    ],
    ['a bad vacant-since date', withUnit('u3', { vacantSince: 'last spring' }), 'bad-date', { unitId: 'u3', field: 'vacantSince' }, /“last spring”/],
    ['a bad org date', { ...base, asOf: '2026-02-29' }, 'bad-date', { field: 'asOf' }, /The org's date “2026-02-29”/],
    [
      'someone listed twice in one team',
      withUnit('u2', { memberIds: ['p3', 'p4', 'p3'] }),
      'member-twice',
      { unitId: 'u2', personId: 'p3', field: 'memberIds[2]' },
      /listed twice as a member of “U2” \(u2\)/,
    ],
    [
      'a unit stored under another id',
      { ...base, units: { ...base.units, ['ux' as UnitId]: base.units['u3' as UnitId]! } },
      'id-mismatch',
      { unitId: 'u3', field: 'id' },
      /Unit “U3” \(u3\) is stored under the id “ux”/,
    ],
    [
      'a record stored under another id',
      { ...base, people: { ...base.people, ['px' as PersonId]: base.people['p3' as PersonId]! } },
      'id-mismatch',
      { personId: 'p3' },
      /stored under the id “px”/,
    ],
    ['a dotted line to nobody', withPerson('p3', { dottedLineManagerIds: ['p77'] }), 'missing-lead', { personId: 'p3' }, /dotted line to person “p77”/],
  ];
  it.each(cases)('reports %s', (_name, org, code, where, message) => {
    const problems = checkOrg(org);
    const problem = problems.find((p) => p.code === code);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem).toMatchObject(where);
    expect(problem!.message).toMatch(message);
  });

  it('a manager since exactly the org date is fine', () => expect(checkOrg(withPerson('p2', { managerSince: base.asOf }))).toEqual([]));

  it('reports each of two separate cycles once, and not the units that merely hang below a cycle', () => {
    const org = tinyOrg([
      ['a', 'b', null, []],
      ['b', 'a', null, []],
      ['c', 'a', null, []], // below the a-b cycle, not on it
      ['d', 'e', null, []],
      ['e', 'f', null, []],
      ['f', 'd', null, []],
      ['g', null, null, []],
    ]);
    const cycles = checkOrg(org).filter((p) => p.code === 'cycle');
    expect(cycles.map((p) => p.unitId)).toEqual(['a', 'd']);
    expect(cycles[1]!.message).toBe("Units report to each other in a circle: “D” (d) → “E” (e) → “F” (f) → back to “D” (d). A reporting line can't loop.");
  });

  it('never throws, even on an org where everything is wrong', () => {
    const broken = {
      asOf: 'soon',
      people: {
        p1: {
          ...testPerson('p1'),
          name: '',
          level: -3,
          hireDate: '',
          managerSince: 'never',
          rating: 0,
          signals: { ...testPerson('p1').signals, launches: Number.NaN },
          dottedLineManagerIds: ['nobody'],
        },
      },
      units: {
        y: { id: 'u1', name: '', leadId: 'p1', memberIds: ['p1', 'ghost', 'p1'], parentId: 'u1', vacantSince: '??' },
        u2: { id: 'u2', name: 'Loop', leadId: null, memberIds: [], parentId: 'u2' },
      },
    } as unknown as Org;
    const codes = new Set(checkOrg(broken).map((p) => p.code));
    expect([...codes].sort()).toEqual(
      ['bad-date', 'bad-value', 'cycle', 'id-mismatch', 'lead-and-member', 'member-twice', 'missing-lead', 'missing-member', 'missing-parent'].sort(),
    );
  });

  it('reports every problem at once, and a cycle only once', () => {
    const org: Org = {
      ...base,
      units: {
        ...base.units,
        ['u1' as UnitId]: { ...base.units['u1' as UnitId]!, parentId: 'u2' as UnitId },
        ['u3' as UnitId]: { ...base.units['u3' as UnitId]!, leadId: 'p9' as PersonId },
      },
      people: { ...base.people, ['p4' as PersonId]: testPerson('p4', { level: 0 }) },
    };
    expect(
      checkOrg(org)
        .map((p) => p.code)
        .sort(),
    ).toEqual(['bad-value', 'cycle', 'missing-lead']);
  });
});
