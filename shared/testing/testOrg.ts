/** Tiny hand-written orgs for table-driven tests: `tinyOrg([['u1', null, 'p1', ['p2']]])`. */
import { NO_SIGNALS, personId, unitId } from '../model/types';
import type { Org, Person, PersonId, Unit, UnitId } from '../model/types';

/** A person with sensible defaults; override any field. */
export function testPerson(id: string, fields: Partial<Omit<Person, 'id'>> = {}): Person {
  return {
    id: personId(id),
    name: `Person ${id}`,
    title: 'Engineer',
    level: 4,
    hireDate: '2022-01-01',
    aspiration: 'unknown',
    signals: NO_SIGNALS,
    tags: [],
    ...fields,
  };
}

/**
 * An org from rows of [unit id, parent id, lead id, member ids]; every person named is created.
 * Unit names are the ids upper-cased (`u1` → `U1`).
 */
export function tinyOrg(rows: [string, string | null, string | null, string[]][], asOf = '2026-01-01'): Org {
  const people: Record<PersonId, Person> = {};
  const units: Record<UnitId, Unit> = {};
  for (const [id, parent, lead, members] of rows) {
    for (const p of lead === null ? members : [lead, ...members]) people[personId(p)] = testPerson(p);
    units[unitId(id)] = {
      id: unitId(id),
      name: id.toUpperCase(),
      parentId: parent === null ? null : unitId(parent),
      leadId: lead === null ? null : personId(lead),
      memberIds: members.map(personId),
    };
  }
  return { asOf, people, units };
}

/** Deep-freeze a value so a test fails if a "pure" function mutates it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
