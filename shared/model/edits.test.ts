import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../sample/sampleScenario';
import {
  addPerson,
  addUnit,
  assignPerson,
  insertGroupAbove,
  mergeUnits,
  moveUnit,
  newId,
  removePerson,
  removeUnit,
  renameUnit,
  replacePerson,
  setDottedLine,
  splitTeam,
  updatePerson,
  vacateLead,
  type EditResult,
} from './edits';
import { buildTreeIndex } from './tree';
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
    [['u01', 'u02', 'u13'], 'u4'],
    [['u1', 'u2', 'p3'], 'u4'],
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
    ['under its own descendant', 'u2', 'u3', /^Can't move “U2” under “U3”: “U3” is inside “U2”, that would make a cycle\.$/],
    ['under a grandchild', 'u1', 'u3', /“U3” is inside “U1”/],
    ['under a missing unit', 'u2', 'u9', /no unit u9/],
  ])('refuses a move %s', (_n, id, to, message) => {
    const result = moveUnit(org, u(id), u(to));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(message);
  });
  it('moving a unit under the parent it already has changes nothing and returns the same org', () => {
    expect(value(moveUnit(org, u('u3'), u('u2')))).toBe(org);
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
  it.each([
    [
      'people and units below',
      org,
      /^Can't remove “U1” this way: it is at the top of the org, so there is no parent to move its people and the units below it to\.$/,
    ],
    [
      'only units below',
      tinyOrg([
        ['r', null, null, []],
        ['t', 'r', 'p1', []],
      ]),
      /no parent to move the units below it to/,
    ],
    ['only people', tinyOrg([['r', null, 'p1', []]]), /no parent to move its people to/],
  ])('refuses to move a top unit’s %s to a parent it lacks', (_n, o, message) => {
    const result = removeUnit(o, Object.keys(o.units)[0] as never, 'to-parent');
    expect(!result.ok && result.error).toMatchObject({ code: 'no-parent', message: expect.stringMatching(message) });
  });
  it('removes an empty top unit', () => {
    const o = tinyOrg([
      ['r', null, null, []],
      ['s', null, 'p1', []],
    ]);
    expect(Object.keys(value(removeUnit(o, u('r'), 'to-parent')).units)).toEqual(['s']);
  });
  it('removing a top unit with its people leaves the units below it as top units', () => {
    const next = value(removeUnit(org, u('u1'), 'remove'));
    expect([next.units[u('u2')]!.parentId, next.units[u('u4')]!.parentId]).toEqual([null, null]);
    expect(next.people[p('p1')]).toBeUndefined();
    expect(checkOrg(next)).toEqual([]);
  });
  it('removing a unit with its people drops dotted lines to them', () => {
    const lined = value(setDottedLine(org, p('p6'), p('p3'), true));
    const next = value(removeUnit(lined, u('u2'), 'remove'));
    expect(next.people[p('p6')]!.dottedLineManagerIds).toBeUndefined();
    expect(checkOrg(next)).toEqual([]);
  });
  it('removing a vacant unit moves only its members up, and keeps the parent’s own lead', () => {
    const next = value(removeUnit(org, u('u4'), 'to-parent'));
    expect(next.units[u('u1')]).toMatchObject({ leadId: 'p1', memberIds: ['p7'] });
    expect(checkOrg(next)).toEqual([]);
  });
  it.each([
    ['removeUnit', () => removeUnit(org, u('u9'), 'remove')],
    ['renameUnit', () => renameUnit(org, u('u9'), 'X')],
    ['vacateLead', () => vacateLead(org, u('u9'))],
    ['moveUnit', () => moveUnit(org, u('u9'), u('u1'))],
  ])('%s refuses an unknown unit by id', (_n, run) => {
    const result = run();
    expect(!result.ok && result.error).toEqual({ code: 'unknown-unit', message: expect.stringContaining('u9') });
  });
  it('renaming to the same name returns the same org', () => expect(value(renameUnit(org, u('u4'), 'U4'))).toBe(org));
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
    expect(!result.ok && result.error).toMatchObject({
      code: 'lead-taken',
      message: expect.stringMatching(/already led by Person p5; make the role vacant first/),
    });
  });
  it('vacates a lead; the former lead stays in the org, in no unit', () => {
    const next = value(vacateLead(org, u('u3')));
    expect(next.units[u('u3')]).toMatchObject({ leadId: null, vacantSince: '2026-01-01', memberIds: ['p6'] });
    expect(next.people[p('p5')]).toBeDefined();
    expect(Object.values(next.units).some((unit) => unit.leadId === 'p5' || unit.memberIds.includes(p('p5')))).toBe(false);
    expect(checkOrg(next)).toEqual([]);
  });
  it('vacating a vacant unit returns the same org', () => expect(value(vacateLead(org, u('u4')))).toBe(org));
  it('assigning someone where they already are returns the same org', () => {
    expect(value(assignPerson(org, p('p5'), { unitId: u('u3'), role: 'lead' }))).toBe(org);
    expect(value(assignPerson(org, p('p6'), { unitId: u('u3'), role: 'member' }))).toBe(org);
  });
  it('a lead who becomes a member of their own team leaves the lead role vacant', () => {
    const next = value(assignPerson(org, p('p5'), { unitId: u('u3'), role: 'member' }));
    expect(next.units[u('u3')]).toMatchObject({ leadId: null, memberIds: ['p6', 'p5'], vacantSince: '2026-01-01' });
    expect(checkOrg(next)).toEqual([]);
  });
  it('a lead moving to lead a vacant unit leaves their old unit vacant', () => {
    const next = value(assignPerson(org, p('p5'), { unitId: u('u4'), role: 'lead' }));
    expect(next.units[u('u4')]!.leadId).toBe('p5');
    expect(next.units[u('u3')]).toMatchObject({ leadId: null, vacantSince: '2026-01-01' });
    expect(checkOrg(next)).toEqual([]);
  });
  it('an unplaced person can be placed', () => {
    const vacated = value(vacateLead(org, u('u3')));
    const next = value(assignPerson(vacated, p('p5'), { unitId: u('u2'), role: 'member' }));
    expect(next.units[u('u2')]!.memberIds).toEqual(['p3', 'p4', 'p5']);
  });
  it('removing a lead leaves a vacancy since the org date and drops dotted lines to them', () => {
    const lined = value(setDottedLine(org, p('p7'), p('p5'), true));
    const next = value(removePerson(lined, p('p5')));
    expect(next.units[u('u3')]).toMatchObject({ leadId: null, vacantSince: '2026-01-01' });
    expect(next.people[p('p7')]!.dottedLineManagerIds).toBeUndefined();
    expect(checkOrg(next)).toEqual([]);
  });
  it.each([
    ['a level of 0', { level: 0 }, /level 0; levels are whole numbers from 1 to 9/],
    ['a rating of 9', { rating: 9 }, /rating 9/],
    ['a hire date that is not a date', { hireDate: '2026-02-30' }, /hire date “2026-02-30”/],
    ['becoming a manager after the org date', { managerSince: '2026-06-01' }, /after the org's date 2026-01-01/],
    ['negative launches', { signals: { ...testPerson('x').signals, launches: -2 } }, /-2 launches/],
    ['an empty name', { name: ' ' }, /needs a name/],
  ])('refuses to update a person to %s', (_n, patch, message) => {
    const result = updatePerson(org, p('p3'), patch);
    expect(!result.ok && result.error).toMatchObject({ code: 'bad-value', message: expect.stringMatching(message) });
    const added = addPerson(org, testPerson('p8', patch));
    expect(!added.ok && added.error.message).toMatch(message);
    const replaced = replacePerson(org, { ...org.people[p('p3')]!, ...patch });
    expect(!replaced.ok && replaced.error.message).toMatch(message);
  });
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
  // Ids outside the sample too, so edits on unknown ids are exercised.
  const unitIds = fc.constantFrom(...units, 'u99');
  const personIds = fc.constantFrom(...people, 'p99');

  type Edit =
    | { kind: 'move'; a: string; b: string }
    | { kind: 'assign'; a: string; b: string; lead: boolean }
    | { kind: 'remove-unit'; a: string; keep: boolean }
    | { kind: 'remove-person'; a: string }
    | { kind: 'vacate'; a: string }
    | { kind: 'add-unit'; a: string; lead: string | null }
    | { kind: 'rename'; a: string; name: string }
    | { kind: 'update'; a: string; level: number }
    | { kind: 'add-person'; a: string; lead: boolean }
    | { kind: 'split'; a: string; take: number }
    | { kind: 'merge'; a: string; b: string }
    | { kind: 'group'; a: string; take: number }
    | { kind: 'dotted'; a: string; b: string; on: boolean };
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({ kind: fc.constant('move' as const), a: unitIds, b: unitIds }),
    fc.record({ kind: fc.constant('assign' as const), a: personIds, b: unitIds, lead: fc.boolean() }),
    fc.record({ kind: fc.constant('remove-unit' as const), a: unitIds, keep: fc.boolean() }),
    fc.record({ kind: fc.constant('remove-person' as const), a: personIds }),
    fc.record({ kind: fc.constant('vacate' as const), a: unitIds }),
    fc.record({ kind: fc.constant('add-unit' as const), a: unitIds, lead: fc.option(personIds, { nil: null }) }),
    fc.record({ kind: fc.constant('rename' as const), a: unitIds, name: fc.constantFrom('', ' ', 'Core', 'Payments') }),
    fc.record({ kind: fc.constant('update' as const), a: personIds, level: fc.integer({ min: -1, max: 11 }) }),
    fc.record({ kind: fc.constant('add-person' as const), a: unitIds, lead: fc.boolean() }),
    fc.record({ kind: fc.constant('split' as const), a: unitIds, take: fc.nat(5) }),
    fc.record({ kind: fc.constant('merge' as const), a: unitIds, b: unitIds }),
    fc.record({ kind: fc.constant('group' as const), a: unitIds, take: fc.nat(3) }),
    fc.record({ kind: fc.constant('dotted' as const), a: personIds, b: personIds, on: fc.boolean() }),
  );

  /** The edit, and by how many people it should change the people record when it succeeds. */
  const apply = (o: Org, e: Edit): { result: EditResult; peopleDelta: number } => {
    const unit = o.units[u(e.a)];
    switch (e.kind) {
      case 'move':
        return { result: moveUnit(o, u(e.a), u(e.b)), peopleDelta: 0 };
      case 'assign':
        return { result: assignPerson(o, p(e.a), { unitId: u(e.b), role: e.lead ? 'lead' : 'member' }), peopleDelta: 0 };
      case 'remove-unit': {
        const leaving = e.keep || !unit ? 0 : unit.memberIds.length + (unit.leadId ? 1 : 0);
        return { result: removeUnit(o, u(e.a), e.keep ? 'to-parent' : 'remove'), peopleDelta: 0 - leaving };
      }
      case 'remove-person':
        return { result: removePerson(o, p(e.a)), peopleDelta: -1 };
      case 'vacate':
        return { result: vacateLead(o, u(e.a)), peopleDelta: 0 };
      case 'add-unit':
        return {
          result: addUnit(o, {
            id: u(newId('u', Object.keys(o.units))),
            name: 'New',
            parentId: unit ? u(e.a) : null,
            leadId: e.lead === null ? null : p(e.lead),
          }),
          peopleDelta: 0,
        };
      case 'rename':
        return { result: renameUnit(o, u(e.a), e.name), peopleDelta: 0 };
      case 'update':
        return { result: updatePerson(o, p(e.a), { level: e.level, title: 'Renamed' }), peopleDelta: 0 };
      case 'add-person':
        return {
          result: addPerson(o, testPerson(newId('p', Object.keys(o.people)), { hireDate: '2026-10-01' }), { unitId: u(e.a), role: e.lead ? 'lead' : 'member' }),
          peopleDelta: 1,
        };
      case 'split':
        return {
          result: splitTeam(o, u(e.a), {
            newId: u(newId('u', Object.keys(o.units))),
            newName: 'Split',
            moveMemberIds: unit ? unit.memberIds.slice(0, e.take) : [],
          }),
          peopleDelta: 0,
        };
      case 'merge':
        return { result: mergeUnits(o, u(e.a), u(e.b)), peopleDelta: 0 };
      case 'group': {
        const siblings = unit
          ? Object.values(o.units)
              .filter((c) => c.parentId === unit.id)
              .slice(0, e.take)
              .map((c) => c.id)
          : [];
        return {
          result: insertGroupAbove(o, { id: u(newId('u', Object.keys(o.units))), name: 'Group', parentId: u(e.a), childIds: siblings }),
          peopleDelta: 0,
        };
      }
      case 'dotted':
        return { result: setDottedLine(o, p(e.a), p(e.b), e.on), peopleDelta: 0 };
    }
  };

  it('every successful edit keeps the org sound; a refused one says why and leaves the org as it was', () => {
    const snapshot = JSON.stringify(sample);
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        let current: Org = sample;
        for (const e of edits) {
          const before = JSON.stringify(current);
          const { result, peopleDelta } = apply(current, e);
          // The input is deep-frozen, so a mutation would already have thrown; check it is also unchanged.
          expect(JSON.stringify(current)).toBe(before);
          if (result.ok) {
            expect(checkOrg(result.value), JSON.stringify(e)).toEqual([]);
            expect(Object.keys(result.value.people).length - Object.keys(current.people).length, JSON.stringify(e)).toBe(peopleDelta);
            current = deepFreeze(result.value);
          } else {
            expect(result.error.message.length, JSON.stringify(e)).toBeGreaterThan(10);
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(JSON.stringify(sample)).toBe(snapshot);
  });

  it('edits that change nothing return the very same org object, so undo history can skip them', () => {
    const placement = buildTreeIndex(sample).placement;
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.constantFrom(...people), (unitKey, personKey) => {
        const unit = sample.units[u(unitKey)]!;
        const where = placement.get(p(personKey));
        if (unit.parentId !== null) expect(value(moveUnit(sample, unit.id, unit.parentId))).toBe(sample);
        expect(value(renameUnit(sample, unit.id, unit.name))).toBe(sample);
        if (unit.leadId === null) expect(value(vacateLead(sample, unit.id))).toBe(sample);
        if (where) expect(value(assignPerson(sample, p(personKey), where))).toBe(sample);
      }),
    );
  });
});

describe('mergeUnits / setDottedLine', () => {
  it('merges a sibling team: members and lead join, children move', () => {
    const o = tinyOrg([
      ['g', null, 'p1', []],
      ['a', 'g', 'p2', ['p3']],
      ['b', 'g', 'p4', ['p5']],
      ['c', 'b', 'p6', []],
    ]);
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

describe('ids named like Object.prototype members', () => {
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty'])('a unit and a person with id %s can be added, and unknown ones are still unknown', (id) => {
    const withUnit = addUnit(org, { id: u(id), name: 'Odd', parentId: u('u1') });
    expect(withUnit.ok).toBe(true);
    const withPerson = addPerson(org, testPerson(id));
    expect(withPerson.ok).toBe(true);
    expect(moveUnit(org, u(id), u('u1'))).toMatchObject({ ok: false });
    expect(removePerson(org, p(id))).toMatchObject({ ok: false });
  });
});
