import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../sample/sampleScenario';
import { addPerson, addUnit, assignPerson, insertGroupAbove, mergeUnits, moveUnit, newId, removePerson, removeUnit, renameUnit, replacePerson, setDottedLine, splitTeam, updatePerson, vacateLead } from './edits';
import { checkOrg } from './invariants';
import { deepFreeze, testPerson, tinyOrg } from '../testing/testOrg';
import { personId as p, unitId as u, type Org } from './types';

const org = deepFreeze(
  tinyOrg([
    ['u1', null, 'p1', []],
    ['u2', 'u1', 'p2', ['p3', 'p4']],
    ['u3', 'u2', 'p5', ['p6']],
    ['u4', 'u1', null, ['p7']],
  ]),
);
const value = (r: { ok: boolean; value?: Org }): Org => {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r)}`);
  return r.value!;
};

describe('newId', () => {
  it.each([
    [[], 'u1'],
    [['u1', 'u2'], 'u3'],
    [['u3'], 'u2'],
    [['u2', 'u3'], 'u4'],
  ])('%j → %s', (existing, expected) => expect(newId('u', existing)).toBe(expected));
});

describe('moveUnit', () => {
  it('moves a unit with its subtree', () => {
    const next = value(moveUnit(org, u('u2'), u('u4')));
    expect(next.units[u('u2')]!.parentId).toBe('u4');
    expect(next.units[u('u3')]!.parentId).toBe('u2');
    expect(checkOrg(next)).toEqual([]);
  });
  it.each([
    ['under itself', 'u2', 'u2', /under itself/],
    ['under its own descendant', 'u2', 'u3', /“U3” is inside “U2”, that would make a cycle/],
    ['under a missing unit', 'u2', 'u9', /no unit u9/],
  ])('refuses a move %s', (_n, id, to, message) => {
    const result = moveUnit(org, u(id), u(to));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(message);
  });
});

describe('addUnit / renameUnit / removeUnit', () => {
  it('adds a vacant unit under a parent', () => {
    const next = value(addUnit(org, { id: u('u9'), name: ' Search ', parentId: u('u1') }));
    expect(next.units[u('u9')]).toEqual({ id: 'u9', name: 'Search', leadId: null, memberIds: [], parentId: 'u1', vacantSince: '2026-01-01' });
  });
  it('adds a unit with a lead taken from elsewhere, leaving a vacancy behind', () => {
    const next = value(addUnit(org, { id: u('u9'), name: 'New', parentId: u('u1'), leadId: p('p5') }));
    expect(next.units[u('u9')]!.leadId).toBe('p5');
    expect(next.units[u('u3')]!.leadId).toBeNull();
    expect(checkOrg(next)).toEqual([]);
  });
  it.each([
    [{ id: u('u2'), name: 'X', parentId: null }, /already exists/],
    [{ id: u('u9'), name: '  ', parentId: null }, /needs a name/],
    [{ id: u('u9'), name: 'X', parentId: u('u8') }, /no unit u8/],
  ])('refuses %j', (spec, message) => {
    const result = addUnit(org, spec);
    expect(!result.ok && result.error.message).toMatch(message);
  });
  it('renames', () => expect(value(renameUnit(org, u('u4'), 'Search')).units[u('u4')]!.name).toBe('Search'));
  it('removing a unit moves its people and children to the parent', () => {
    const next = value(removeUnit(org, u('u2'), 'to-parent'));
    expect(next.units[u('u2')]).toBeUndefined();
    expect(next.units[u('u3')]!.parentId).toBe('u1');
    expect(next.units[u('u1')]!.memberIds).toEqual(['p2', 'p3', 'p4']);
    expect(Object.keys(next.people)).toHaveLength(7);
    expect(checkOrg(next)).toEqual([]);
  });
  it('removing a unit with its people removes them from the org', () => {
    const next = value(removeUnit(org, u('u2'), 'remove'));
    expect(Object.keys(next.people).sort()).toEqual(['p1', 'p5', 'p6', 'p7']);
    expect(checkOrg(next)).toEqual([]);
  });
  it('refuses to move the top unit’s people to a parent it lacks', () => {
    expect(!removeUnit(org, u('u1'), 'to-parent').ok).toBe(true);
  });
});

describe('people', () => {
  it('assigns a member as a lead of a vacancy, leaving their team', () => {
    const next = value(assignPerson(org, p('p7'), { unitId: u('u4'), role: 'lead' }));
    expect(next.units[u('u4')]).toMatchObject({ leadId: 'p7', memberIds: [] });
    expect(next.units[u('u4')]!.vacantSince).toBeUndefined();
    expect(checkOrg(next)).toEqual([]);
  });
  it('moving a lead into a team leaves their unit vacant since the org date', () => {
    const next = value(assignPerson(org, p('p5'), { unitId: u('u2'), role: 'member' }));
    expect(next.units[u('u3')]).toMatchObject({ leadId: null, vacantSince: '2026-01-01' });
    expect(next.units[u('u2')]!.memberIds).toEqual(['p3', 'p4', 'p5']);
  });
  it('refuses to replace a lead', () => {
    const result = assignPerson(org, p('p3'), { unitId: u('u3'), role: 'lead' });
    expect(!result.ok && result.error).toMatchObject({ code: 'lead-taken', message: expect.stringMatching(/already led by Person p5; make the role vacant first/) });
  });
  it('vacates a lead', () => expect(value(vacateLead(org, u('u3'))).units[u('u3')]).toMatchObject({ leadId: null, vacantSince: '2026-01-01' }));
  it('adds, updates and removes a person', () => {
    const added = value(addPerson(org, testPerson('p8'), { unitId: u('u4'), role: 'member' }));
    expect(added.units[u('u4')]!.memberIds).toEqual(['p7', 'p8']);
    const updated = value(updatePerson(added, p('p8'), { title: 'Staff Engineer' }));
    expect(updated.people[p('p8')]!.title).toBe('Staff Engineer');
    const removed = value(removePerson(updated, p('p2')));
    expect(removed.people[p('p2')]).toBeUndefined();
    expect(removed.units[u('u2')]!.leadId).toBeNull();
    expect(checkOrg(removed)).toEqual([]);
  });
  it('refuses duplicates and unknowns', () => {
    expect(addPerson(org, testPerson('p1')).ok).toBe(false);
    expect(updatePerson(org, p('p99'), {}).ok).toBe(false);
    expect(removePerson(org, p('p99')).ok).toBe(false);
    expect(assignPerson(org, p('p1'), { unitId: u('u99'), role: 'member' }).ok).toBe(false);
  });
});

describe('properties', () => {
  const sample = deepFreeze(sampleScenario().org);
  const units = Object.keys(sample.units);
  const people = Object.keys(sample.people);
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('move'), a: fc.constantFrom(...units), b: fc.constantFrom(...units) }),
    fc.record({ kind: fc.constant('assign'), a: fc.constantFrom(...people), b: fc.constantFrom(...units), lead: fc.boolean() }),
    fc.record({ kind: fc.constant('remove-unit'), a: fc.constantFrom(...units), keep: fc.boolean() }),
    fc.record({ kind: fc.constant('remove-person'), a: fc.constantFrom(...people) }),
    fc.record({ kind: fc.constant('vacate'), a: fc.constantFrom(...units) }),
    fc.record({ kind: fc.constant('add-unit'), a: fc.constantFrom(...units) }),
  );
  const apply = (o: Org, e: { kind: string; a: string; b?: string; lead?: boolean; keep?: boolean }) => {
    switch (e.kind) {
      case 'move':
        return moveUnit(o, u(e.a), u(e.b!));
      case 'assign':
        return assignPerson(o, p(e.a), { unitId: u(e.b!), role: e.lead ? 'lead' : 'member' });
      case 'remove-unit':
        return removeUnit(o, u(e.a), e.keep ? 'to-parent' : 'remove');
      case 'remove-person':
        return removePerson(o, p(e.a));
      case 'vacate':
        return vacateLead(o, u(e.a));
      default:
        return addUnit(o, { id: u(newId('u', Object.keys(o.units))), name: 'New', parentId: o.units[u(e.a)] ? u(e.a) : null });
    }
  };
  it('every successful edit keeps the org sound, and never changes its input', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        let current: Org = sample;
        for (const e of edits) {
          const result = apply(current, e);
          if (result.ok) {
            expect(checkOrg(result.value)).toEqual([]);
            current = deepFreeze(result.value);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('mergeUnits / setDottedLine', () => {
  it('merges a sibling team: members and lead join, children move', () => {
    const o = tinyOrg([['g', null, 'p1', []], ['a', 'g', 'p2', ['p3']], ['b', 'g', 'p4', ['p5']], ['c', 'b', 'p6', []]]);
    const next = value(mergeUnits(o, u('a'), u('b')));
    expect(next.units[u('b')]).toBeUndefined();
    expect(next.units[u('a')]!.memberIds).toEqual(['p3', 'p4', 'p5']);
    expect(next.units[u('c')]!.parentId).toBe('a');
    expect(checkOrg(next)).toEqual([]);
  });
  it('refuses to merge units that are not siblings', () => {
    const result = mergeUnits(org, u('u3'), u('u4'));
    expect(!result.ok && result.error.message).toMatch(/Only sibling units can merge/);
  });
  it('adds and removes a dotted line', () => {
    const on = value(setDottedLine(org, p('p3'), p('p5'), true));
    expect(on.people[p('p3')]!.dottedLineManagerIds).toEqual(['p5']);
    expect(checkOrg(on)).toEqual([]);
    expect(value(setDottedLine(on, p('p3'), p('p5'), false)).people[p('p3')]!.dottedLineManagerIds).toBeUndefined();
    expect(setDottedLine(org, p('p3'), p('p3'), true).ok).toBe(false);
  });
});

describe('splitTeam / insertGroupAbove / replacePerson', () => {
  it('splits a team: chosen members go to a new vacant team beside it', () => {
    const next = value(splitTeam(org, u('u2'), { newId: u('u9'), newName: 'U2 B', keepName: 'U2 A', moveMemberIds: [p('p4')] }));
    expect(next.units[u('u2')]).toMatchObject({ name: 'U2 A', leadId: 'p2', memberIds: ['p3'] });
    expect(next.units[u('u9')]).toMatchObject({ name: 'U2 B', leadId: null, memberIds: ['p4'], parentId: 'u1', vacantSince: '2026-01-01' });
    expect(Object.keys(next.units)).toEqual(['u1', 'u2', 'u9', 'u3', 'u4']);
    expect(checkOrg(next)).toEqual([]);
  });
  it.each([
    [{ newId: u('u3'), newName: 'X', moveMemberIds: [] }, /already exists/],
    [{ newId: u('u9'), newName: ' ', moveMemberIds: [] }, /needs a name/],
    [{ newId: u('u9'), newName: 'X', moveMemberIds: [p('p6')] }, /Only members of “U2” can move to the new team; p6 is not/],
  ])('refuses a split %#', (spec, message) => {
    const result = splitTeam(org, u('u2'), spec);
    expect(!result.ok && result.error.message).toMatch(message);
  });
  it('inserts a vacant group above chosen children, in the first child’s place', () => {
    const next = value(insertGroupAbove(org, { id: u('g'), name: 'New group', parentId: u('u1'), childIds: [u('u4')] }));
    expect(next.units[u('g')]).toMatchObject({ leadId: null, parentId: 'u1' });
    expect(next.units[u('u4')]!.parentId).toBe('g');
    expect(Object.keys(next.units).indexOf('g')).toBe(Object.keys(next.units).indexOf('u4') - 1);
    expect(checkOrg(next)).toEqual([]);
    const refused = insertGroupAbove(org, { id: u('g'), name: 'G', parentId: u('u1'), childIds: [u('u3')] });
    expect(!refused.ok && refused.error.message).toMatch(/Only units reporting to “U1”/);
  });
  it('replaces a whole person record, clearing optional fields', () => {
    const withRating = value(updatePerson(org, p('p3'), { rating: 4 }));
    const { rating: _r, ...rest } = withRating.people[p('p3')]!;
    const next = value(replacePerson(withRating, { ...rest, title: 'Staff' }));
    expect(next.people[p('p3')]).toEqual({ ...rest, title: 'Staff' });
    expect(replacePerson(org, testPerson('nobody')).ok).toBe(false);
    expect(replacePerson(org, { ...org.people[p('p3')]!, name: '' }).ok).toBe(false);
  });
});
