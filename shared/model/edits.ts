/**
 * Pure edits of an org. Each returns a new org (the input is never changed) or an `EditError`
 * saying in a plain sentence why the edit was refused.
 */
import { copyRecord, withEntry } from './records';
import { err, ok, type Result } from './result';
import { checkPerson } from './invariants';
import { canMoveUnit } from './moveCheck';
import type { Org, Person, PersonId, Unit, UnitId } from './types';
import { getOwn, setOwn } from './lookup';

/** Why an edit was refused: a code to branch on and a plain sentence to show. */
export interface EditError {
  readonly code: 'unknown-unit' | 'unknown-person' | 'cycle' | 'duplicate-id' | 'lead-taken' | 'no-parent' | 'bad-value';
  readonly message: string;
}

/** What every edit returns: the new org, or why it was refused (the input org is never changed). */
export type EditResult = Result<Org, EditError>;

const quote = (name: string): string => `“${name}”`;

/** An id with `prefix` not in `existing`: `newId('u', ['u1', 'u2'])` → `'u3'`. */
export function newId(prefix: string, existing: Iterable<string>): string {
  const taken = new Set(existing);
  let n = taken.size + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

function withUnits(org: Org, changed: readonly Unit[], removed: readonly UnitId[] = []): Org {
  const units: Record<UnitId, Unit> = copyRecord(org.units);
  for (const id of removed) delete units[id];
  for (const u of changed) units[u.id] = u;
  return { ...org, units };
}

/** The first problem with a person's own fields as an `EditError`, or null when they are sound. */
function personError(person: Person, asOf: string): EditError | null {
  const problem = checkPerson(person, asOf)[0];
  return problem ? { code: 'bad-value', message: problem.message } : null;
}

/** Take a person out of whatever unit they lead or belong to; a unit they led becomes a vacancy. */
function unplace(org: Org, personId: PersonId): Org {
  const changed: Unit[] = [];
  for (const unit of Object.values(org.units)) {
    if (unit.leadId === personId) changed.push({ ...unit, leadId: null, vacantSince: org.asOf });
    else if (unit.memberIds.includes(personId)) changed.push({ ...unit, memberIds: unit.memberIds.filter((m) => m !== personId) });
  }
  return changed.length === 0 ? org : withUnits(org, changed);
}

/** Add a unit under `parentId` (or as a new root with `null`). `addUnit(org, { id: 'u9', name: 'Search', parentId: 'u1' })`. */
export function addUnit(org: Org, spec: { id: UnitId; name: string; parentId: UnitId | null; leadId?: PersonId | null }): EditResult {
  if (getOwn(org.units, spec.id)) return err({ code: 'duplicate-id', message: `A unit with id ${spec.id} already exists.` });
  if (spec.name.trim() === '') return err({ code: 'bad-value', message: 'A unit needs a name.' });
  if (spec.parentId !== null && !getOwn(org.units, spec.parentId))
    return err({ code: 'unknown-unit', message: `There is no unit ${spec.parentId} to add “${spec.name}” under.` });
  const unit: Unit = { id: spec.id, name: spec.name.trim(), leadId: null, memberIds: [], parentId: spec.parentId, vacantSince: org.asOf };
  const added = withUnits(org, [unit]);
  return spec.leadId ? assignPerson(added, spec.leadId, { unitId: spec.id, role: 'lead' }) : ok(added);
}

/** Rename a unit. */
export function renameUnit(org: Org, id: UnitId, name: string): EditResult {
  const unit = getOwn(org.units, id);
  if (!unit) return err({ code: 'unknown-unit', message: `There is no unit ${id}.` });
  if (name.trim() === '') return err({ code: 'bad-value', message: 'A unit needs a name.' });
  if (unit.name === name.trim()) return ok(org);
  return ok(withUnits(org, [{ ...unit, name: name.trim() }]));
}

/**
 * Remove a unit. Its child units report to its parent. Its people either move to the parent
 * (the lead joins as a member) or leave the org with it (dotted lines to them are dropped).
 * A top unit has no parent, so with 'to-parent' it can only be removed when it is empty;
 * with 'remove' its child units become top units.
 * `removeUnit(org, 'u3', 'to-parent')`.
 */
export function removeUnit(org: Org, id: UnitId, peopleGo: 'to-parent' | 'remove'): EditResult {
  const unit = getOwn(org.units, id);
  if (!unit) return err({ code: 'unknown-unit', message: `There is no unit ${id}.` });
  const children = Object.values(org.units).filter((u) => u.parentId === id);
  const people = unit.leadId === null ? [...unit.memberIds] : [unit.leadId, ...unit.memberIds];
  if (unit.parentId === null && peopleGo === 'to-parent' && (people.length > 0 || children.length > 0)) {
    const what = people.length > 0 && children.length > 0 ? 'its people and the units below it' : people.length > 0 ? 'its people' : 'the units below it';
    return err({
      code: 'no-parent',
      message: `Can't remove ${quote(unit.name)} this way: it is at the top of the org, so there is no parent to move ${what} to.`,
    });
  }
  const changed: Unit[] = children.map((c) => ({ ...c, parentId: unit.parentId }));
  let next = withUnits(org, changed, [id]);
  if (peopleGo === 'to-parent' && unit.parentId !== null) {
    const parent = getOwn(next.units, unit.parentId)!;
    next = withUnits(next, [{ ...parent, memberIds: [...parent.memberIds, ...people] }]);
  } else if (peopleGo === 'remove') {
    next = withoutPeople(next, new Set(people));
  }
  return ok(next);
}

/** Drop people from the people record and every dotted line to them; their units must already let them go. */
function withoutPeople(org: Org, gone: ReadonlySet<PersonId>): Org {
  if (gone.size === 0) return org;
  const people: Record<PersonId, Person> = {};
  for (const p of Object.values(org.people)) {
    if (gone.has(p.id)) continue;
    const lines = p.dottedLineManagerIds;
    if (!lines?.some((m) => gone.has(m))) people[p.id] = p;
    else {
      const kept = lines.filter((m) => !gone.has(m));
      const { dottedLineManagerIds: _drop, ...rest } = p;
      people[p.id] = kept.length > 0 ? { ...rest, dottedLineManagerIds: kept } : rest;
    }
  }
  return { ...org, people };
}

/**
 * Make `id` (with its whole subtree) report to `newParentId`. Refuses a move that would make a cycle.
 * `moveUnit(org, 'u5', 'u3')`; moving under its current parent returns the same org.
 */
export function moveUnit(org: Org, id: UnitId, newParentId: UnitId): EditResult {
  const allowed = canMoveUnit(org, id, newParentId);
  if (!allowed.ok) return allowed;
  const unit = getOwn(org.units, id)!; // canMoveUnit found it
  if (unit.parentId === newParentId) return ok(org);
  return ok(withUnits(org, [{ ...unit, parentId: newParentId }]));
}

/**
 * Place a person as the lead or a member of a unit, taking them out of where they were
 * (a unit they led becomes a vacancy). Refuses to replace an existing lead ('lead-taken'): vacate it first.
 * `assignPerson(org, 'p7', { unitId: 'u4', role: 'lead' })`.
 */
export function assignPerson(org: Org, personId: PersonId, to: { unitId: UnitId; role: 'lead' | 'member' }): EditResult {
  const person = getOwn(org.people, personId);
  const target = getOwn(org.units, to.unitId);
  if (!person) return err({ code: 'unknown-person', message: `There is no person ${personId}.` });
  if (!target) return err({ code: 'unknown-unit', message: `There is no unit ${to.unitId}.` });
  if (to.role === 'lead' && target.leadId === personId) return ok(org);
  if (to.role === 'member' && target.memberIds.includes(personId)) return ok(org);
  if (to.role === 'lead' && target.leadId !== null) {
    const current = getOwn(org.people, target.leadId)?.name ?? target.leadId;
    return err({ code: 'lead-taken', message: `${quote(target.name)} is already led by ${current}; make the role vacant first.` });
  }
  const freed = unplace(org, personId);
  const unit = getOwn(freed.units, to.unitId)!;
  const { vacantSince: _filled, ...rest } = unit;
  const placed: Unit = to.role === 'lead' ? { ...rest, leadId: personId } : { ...unit, memberIds: [...unit.memberIds, personId] };
  return ok(withUnits(freed, [placed]));
}

/**
 * Make a unit's lead role vacant since the org's date; the former lead stays in the org, unplaced.
 * `vacateLead(org, 'u3')` → u3 with `leadId: null, vacantSince: org.asOf`. An already vacant unit returns the same org.
 */
export function vacateLead(org: Org, unitId: UnitId): EditResult {
  const unit = getOwn(org.units, unitId);
  if (!unit) return err({ code: 'unknown-unit', message: `There is no unit ${unitId}.` });
  if (unit.leadId === null) return ok(org);
  return ok(withUnits(org, [{ ...unit, leadId: null, vacantSince: org.asOf }]));
}

/** Add a person, optionally placing them. `addPerson(org, person, { unitId: 'u3', role: 'member' })`. */
export function addPerson(org: Org, person: Person, placement?: { unitId: UnitId; role: 'lead' | 'member' }): EditResult {
  if (getOwn(org.people, person.id)) return err({ code: 'duplicate-id', message: `A person with id ${person.id} already exists.` });
  if (person.name.trim() === '') return err({ code: 'bad-value', message: 'A person needs a name.' });
  const invalid = personError(person, org.asOf);
  if (invalid) return err(invalid);
  const added: Org = { ...org, people: withEntry(org.people, person.id, person) };
  return placement ? assignPerson(added, person.id, placement) : ok(added);
}

/** Change a person's fields (not their id). `updatePerson(org, 'p3', { title: 'Staff Engineer' })`. */
export function updatePerson(org: Org, id: PersonId, patch: Partial<Omit<Person, 'id'>>): EditResult {
  const person = getOwn(org.people, id);
  if (!person) return err({ code: 'unknown-person', message: `There is no person ${id}.` });
  if (patch.name !== undefined && patch.name.trim() === '') return err({ code: 'bad-value', message: 'A person needs a name.' });
  const updated: Person = { ...person, ...patch, id };
  const invalid = personError(updated, org.asOf);
  if (invalid) return err(invalid);
  return ok({ ...org, people: withEntry(org.people, id, updated) });
}

/**
 * Remove many people at once, in one pass over the org (linear, where removing them one by one is quadratic):
 * units they led become vacancies as of `org.asOf`, dotted lines to them are dropped; unknown ids are ignored.
 * `removePeople(org, new Set(['p3', 'p9']))`.
 */
export function removePeople(org: Org, ids: ReadonlySet<PersonId>): Org {
  const gone = new Set([...ids].filter((id) => getOwn(org.people, id)));
  if (gone.size === 0) return org;
  return withoutPeople({ ...org, units: unitsWithout(org, gone) }, gone);
}

/**
 * The units table once `gone` have left: units they led become vacancies as of `org.asOf`, their teams lose them;
 * units they were not in are the same objects. The unit half of `removePeople`, shared with the simulation's run.
 */
export function unitsWithout(org: Org, gone: ReadonlySet<PersonId>): Record<UnitId, Unit> {
  const units: Record<UnitId, Unit> = {};
  for (const unit of Object.values(org.units)) {
    const leadGone = unit.leadId !== null && gone.has(unit.leadId);
    const membersGone = unit.memberIds.some((m) => gone.has(m));
    units[unit.id] =
      !leadGone && !membersGone
        ? unit
        : {
            ...unit,
            ...(leadGone ? { leadId: null, vacantSince: org.asOf } : {}),
            ...(membersGone ? { memberIds: unit.memberIds.filter((m) => !gone.has(m)) } : {}),
          };
  }
  return units;
}

/**
 * Add many new people as members of existing units in one pass: `addMembers(org, [{ person, unitId }])`. Refuses
 * (with the first problem) an id that exists, a person whose fields are unsound, or a unit that doesn't exist.
 */
export function addMembers(org: Org, joining: readonly { readonly person: Person; readonly unitId: UnitId }[]): EditResult {
  if (joining.length === 0) return ok(org);
  const people: Record<PersonId, Person> = copyRecord(org.people);
  const added = new Map<UnitId, PersonId[]>();
  for (const { person, unitId } of joining) {
    if (getOwn(people, person.id)) return err({ code: 'duplicate-id', message: `A person with id ${person.id} already exists.` });
    if (!getOwn(org.units, unitId)) return err({ code: 'unknown-unit', message: `There is no unit ${unitId}.` });
    const invalid = personError(person, org.asOf);
    if (invalid) return err(invalid);
    setOwn(people, person.id, person);
    const list = added.get(unitId) ?? [];
    list.push(person.id);
    added.set(unitId, list);
  }
  return ok(
    withUnits(
      { ...org, people },
      [...added].map(([id, ids]) => ({ ...getOwn(org.units, id)!, memberIds: [...getOwn(org.units, id)!.memberIds, ...ids] })),
    ),
  );
}

/** Remove a person from the org; a unit they led becomes a vacancy, dotted lines to them are dropped. */
export function removePerson(org: Org, id: PersonId): EditResult {
  if (!getOwn(org.people, id)) return err({ code: 'unknown-person', message: `There is no person ${id}.` });
  return ok(withoutPeople(unplace(org, id), new Set([id])));
}

/**
 * Split a team in two under the same parent: `moveMemberIds` go to a new team (`newId`, `newName`) whose lead
 * role is vacant; the original keeps its lead and the other members, and is renamed to `keepName` when given.
 */
export function splitTeam(
  org: Org,
  teamId: UnitId,
  spec: { newId: UnitId; newName: string; moveMemberIds: readonly PersonId[]; keepName?: string },
): EditResult {
  const team = getOwn(org.units, teamId);
  if (!team) return err({ code: 'unknown-unit', message: `There is no unit ${teamId}.` });
  if (getOwn(org.units, spec.newId)) return err({ code: 'duplicate-id', message: `A unit with id ${spec.newId} already exists.` });
  if (spec.newName.trim() === '') return err({ code: 'bad-value', message: 'The new team needs a name.' });
  const moving = new Set(spec.moveMemberIds);
  const strangers = spec.moveMemberIds.filter((m) => !team.memberIds.includes(m));
  if (strangers.length > 0)
    return err({
      code: 'unknown-person',
      message: `Only members of ${quote(team.name)} can move to the new team; ${strangers.join(', ')} ${strangers.length === 1 ? 'is' : 'are'} not.`,
    });
  const kept: Unit = { ...team, name: spec.keepName?.trim() || team.name, memberIds: team.memberIds.filter((m) => !moving.has(m)) };
  const created: Unit = {
    id: spec.newId,
    name: spec.newName.trim(),
    leadId: null,
    memberIds: [...spec.moveMemberIds],
    parentId: team.parentId,
    vacantSince: org.asOf,
    ...(team.function ? { function: team.function } : {}),
  };
  return ok(withInserted(withUnits(org, [kept]), created, teamId, 'after'));
}

/** Insert a new, vacant group under `parentId` and move `childIds` (children of that parent) under it. */
export function insertGroupAbove(org: Org, spec: { id: UnitId; name: string; parentId: UnitId; childIds: readonly UnitId[] }): EditResult {
  const parent = getOwn(org.units, spec.parentId);
  if (!parent) return err({ code: 'unknown-unit', message: `There is no unit ${spec.parentId}.` });
  if (getOwn(org.units, spec.id)) return err({ code: 'duplicate-id', message: `A unit with id ${spec.id} already exists.` });
  const strays = spec.childIds.filter((c) => getOwn(org.units, c)?.parentId !== spec.parentId);
  if (strays.length > 0)
    return err({
      code: 'unknown-unit',
      message: `Only units reporting to ${quote(parent.name)} can move under the new group; ${strays.join(', ')} ${strays.length === 1 ? 'does' : 'do'} not.`,
    });
  const group: Unit = { id: spec.id, name: spec.name.trim() || 'New group', leadId: null, memberIds: [], parentId: spec.parentId, vacantSince: org.asOf };
  const moved = spec.childIds.map((c) => ({ ...getOwn(org.units, c)!, parentId: spec.id }));
  // The group takes its first child's place among the siblings, so the chart keeps its order.
  const anchor = spec.childIds[0] ?? spec.parentId;
  return ok(withUnits(withInserted(org, group, anchor, spec.childIds.length > 0 ? 'before' : 'after'), moved));
}

/** Insert `added` next to `anchorId` in the record order (the order siblings are drawn in). */
function withInserted(org: Org, added: Unit, anchorId: UnitId, where: 'before' | 'after'): Org {
  const units: Record<UnitId, Unit> = {};
  for (const u of Object.values(org.units)) {
    if (u.id === anchorId && where === 'before') units[added.id] = added;
    units[u.id] = u;
    if (u.id === anchorId && where === 'after') units[added.id] = added;
  }
  return { ...org, units };
}

/**
 * Merge team `fromId` into its sibling `intoId`: members join, the merged team's lead joins as a member,
 * its child units report to `intoId`, and the merged unit disappears.
 */
export function mergeUnits(org: Org, intoId: UnitId, fromId: UnitId): EditResult {
  const into = getOwn(org.units, intoId);
  const from = getOwn(org.units, fromId);
  if (!into || !from) return err({ code: 'unknown-unit', message: `There is no unit ${!into ? intoId : fromId}.` });
  if (intoId === fromId) return err({ code: 'bad-value', message: `Can't merge ${quote(into.name)} into itself.` });
  if (into.parentId !== from.parentId)
    return err({ code: 'bad-value', message: `Only sibling units can merge: ${quote(from.name)} and ${quote(into.name)} report to different units.` });
  const joining = from.leadId === null ? from.memberIds : [from.leadId, ...from.memberIds];
  const children = Object.values(org.units)
    .filter((u) => u.parentId === fromId)
    .map((u) => ({ ...u, parentId: intoId }));
  return ok(withUnits(org, [{ ...into, memberIds: [...into.memberIds, ...joining] }, ...children], [fromId]));
}

/** Add or remove a dotted-line (matrix) manager for a person. */
export function setDottedLine(org: Org, personId: PersonId, managerId: PersonId, on: boolean): EditResult {
  const person = getOwn(org.people, personId);
  if (!person) return err({ code: 'unknown-person', message: `There is no person ${personId}.` });
  if (!getOwn(org.people, managerId)) return err({ code: 'unknown-person', message: `There is no person ${managerId}.` });
  if (personId === managerId) return err({ code: 'bad-value', message: `${person.name} can't have a dotted line to themselves.` });
  const current = person.dottedLineManagerIds ?? [];
  const next = on ? (current.includes(managerId) ? current : [...current, managerId]) : current.filter((m) => m !== managerId);
  if (next === current) return ok(org);
  const { dottedLineManagerIds: _drop, ...rest } = person;
  return ok({ ...org, people: withEntry(org.people, personId, next.length > 0 ? { ...rest, dottedLineManagerIds: next } : rest) });
}

/** Replace a person's whole record (as an edit dialog does, where optional fields may be cleared). Their id stays. */
export function replacePerson(org: Org, person: Person): EditResult {
  if (!getOwn(org.people, person.id)) return err({ code: 'unknown-person', message: `There is no person ${person.id}.` });
  if (person.name.trim() === '') return err({ code: 'bad-value', message: 'A person needs a name.' });
  const invalid = personError(person, org.asOf);
  if (invalid) return err(invalid);
  return ok({ ...org, people: withEntry(org.people, person.id, person) });
}
