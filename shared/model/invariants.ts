/** The org's invariants (DOMAIN.md "The model"), checked all at once and returned as values. */
import { isIsoDate } from './dates';
import type { IsoDate, Org, Person, PersonId, UnitId } from './types';
import { getOwn } from './lookup';

// Own keys only: an id like "constructor" must not resolve to something every object inherits.
const hasUnit = (org: Org, id: UnitId): boolean => Object.hasOwn(org.units, id);
const hasPerson = (org: Org, id: PersonId): boolean => Object.hasOwn(org.people, id);

/** What kind of invariant is broken (DOMAIN.md "Invariants"). */
export type OrgProblemCode =
  | 'id-mismatch'
  | 'missing-parent'
  | 'missing-lead'
  | 'missing-member'
  | 'cycle'
  | 'leads-twice'
  | 'member-twice'
  | 'lead-and-member'
  | 'bad-date'
  | 'bad-value';

/** One broken invariant, with the ids and field a file layer needs to point at it. */
export interface OrgProblem {
  readonly code: OrgProblemCode;
  readonly message: string;
  readonly unitId?: UnitId;
  readonly personId?: PersonId;
  readonly field?: string;
}

const q = (name: string | undefined, id: string): string => `“${name ?? '?'}” (${id})`;

/**
 * Every problem in `org`, in a stable order; an empty list means the org is sound.
 * `checkOrg(sampleScenario().org)` → `[]`.
 */
export function checkOrg(org: Org): readonly OrgProblem[] {
  const problems: OrgProblem[] = [];
  // Names by each record's own id, so a record stored under the wrong key is still named. Built on the first
  // problem that needs one: most orgs have none, and a big org has many records.
  let unitNames: Map<string, string> | undefined;
  let personNames: Map<string, string> | undefined;
  const unitName = (id: UnitId): string =>
    q(getOwn(org.units, id)?.name ?? (unitNames ??= new Map(Object.values(org.units).map((u) => [u.id, u.name]))).get(id), id);
  const personName = (id: PersonId): string =>
    q(getOwn(org.people, id)?.name ?? (personNames ??= new Map(Object.values(org.people).map((p) => [p.id, p.name]))).get(id), id);

  if (!isIsoDate(org.asOf)) problems.push({ code: 'bad-date', field: 'asOf', message: `The org's date “${org.asOf}” is not a calendar date (YYYY-MM-DD).` });

  for (const [key, person] of Object.entries(org.people)) {
    if (key !== person.id)
      problems.push({ code: 'id-mismatch', personId: person.id, field: 'id', message: `Person ${q(person.name, person.id)} is stored under the id “${key}”.` });
    const own = checkPerson(person, org.asOf);
    if (own.length > 0) problems.push(...own);
    for (const m of person.dottedLineManagerIds ?? [])
      if (!hasPerson(org, m))
        problems.push({
          code: 'missing-lead',
          personId: person.id,
          field: 'dottedLineManagerIds',
          message: `${personName(person.id)} has a dotted line to person “${m}”, who is not in the org.`,
        });
  }

  const leads = new Map<PersonId, UnitId>();
  // Where each member sits: the unit and the position in its member list (the field is named only on a problem).
  const members = new Map<PersonId, { unitId: UnitId; at: number }>();
  for (const [key, unit] of Object.entries(org.units)) {
    const id = unit.id;
    if (key !== id) problems.push({ code: 'id-mismatch', unitId: id, field: 'id', message: `Unit ${q(unit.name, id)} is stored under the id “${key}”.` });
    if (unit.name.trim() === '') problems.push({ code: 'bad-value', unitId: id, field: 'name', message: `Unit ${id} has no name.` });
    if (unit.parentId !== null && !hasUnit(org, unit.parentId))
      problems.push({
        code: 'missing-parent',
        unitId: id,
        field: 'parentId',
        message: `Unit ${unitName(id)} reports to unit “${unit.parentId}”, which is not in the org.`,
      });
    if (unit.vacantSince !== undefined && !isIsoDate(unit.vacantSince))
      problems.push({
        code: 'bad-date',
        unitId: id,
        field: 'vacantSince',
        message: `Unit ${unitName(id)} has vacant-since date “${unit.vacantSince}”, which is not a calendar date.`,
      });
    if (unit.leadId !== null) {
      if (!hasPerson(org, unit.leadId))
        problems.push({
          code: 'missing-lead',
          unitId: id,
          field: 'leadId',
          message: `Unit ${unitName(id)} is led by person “${unit.leadId}”, who is not in the org.`,
        });
      else {
        const other = leads.get(unit.leadId);
        if (other !== undefined)
          problems.push({
            code: 'leads-twice',
            unitId: id,
            personId: unit.leadId,
            field: 'leadId',
            message: `${personName(unit.leadId)} leads both ${unitName(other)} and ${unitName(id)}; a person leads at most one unit.`,
          });
        else leads.set(unit.leadId, id);
      }
    }
    const memberIds = unit.memberIds;
    for (let i = 0; i < memberIds.length; i++) {
      const m = memberIds[i]!;
      if (!hasPerson(org, m)) {
        problems.push({
          code: 'missing-member',
          unitId: id,
          field: `memberIds[${i}]`,
          message: `Unit ${unitName(id)} lists member “${m}”, who is not in the org.`,
        });
        continue;
      }
      const other = members.get(m)?.unitId;
      if (other === id)
        problems.push({
          code: 'member-twice',
          unitId: id,
          personId: m,
          field: `memberIds[${i}]`,
          message: `${personName(m)} is listed twice as a member of ${unitName(id)}.`,
        });
      else if (other !== undefined)
        problems.push({
          code: 'member-twice',
          unitId: id,
          personId: m,
          field: `memberIds[${i}]`,
          message: `${personName(m)} is a member of both ${unitName(other)} and ${unitName(id)}; a person belongs to at most one unit.`,
        });
      else members.set(m, { unitId: id, at: i });
    }
  }
  for (const [personId, { unitId, at }] of members) {
    const led = leads.get(personId);
    if (led !== undefined) {
      problems.push({
        code: 'lead-and-member',
        unitId,
        personId,
        field: `memberIds[${at}]`,
        message: `${personName(personId)} leads ${unitName(led)} and is also a member of ${unitName(unitId)}; a person can't be both.`,
      });
    }
  }
  problems.push(...findCycles(org, unitName));
  return problems;
}

/**
 * The problems of one person's own fields (name, level, rating, launches, dates), measured against the org's
 * date `asOf`. `checkPerson({ ...person, level: 12 }, '2026-11-01')` → one 'bad-value' problem on `level`.
 */
export function checkPerson(person: Person, asOf: IsoDate): readonly OrgProblem[] {
  const problems: OrgProblem[] = [];
  const id = person.id;
  // Built on first use: most people have no problem, and a big org has many people.
  let named: string | undefined;
  const whoOf = (): string => (named ??= q(person.name, id));
  const bad = (code: OrgProblemCode, field: string, message: string) => problems.push({ code, personId: id, field, message });
  if (person.name.trim() === '') bad('bad-value', 'name', `Person ${id} has no name.`);
  if (!Number.isInteger(person.level) || person.level < 1 || person.level > 9)
    bad('bad-value', 'level', `${whoOf()} has level ${person.level}; levels are whole numbers from 1 to 9.`);
  // Written as "not in range" so that NaN, which fails every comparison, is caught too.
  if (person.rating !== undefined && !(person.rating >= 1 && person.rating <= 5))
    bad('bad-value', 'rating', `${whoOf()} has rating ${person.rating}; ratings go from 1 to 5.`);
  // Null launches is unknown, which is fine; a count must be a finite number from 0.
  const launches = person.signals.launches;
  if (launches !== null && !(launches >= 0 && Number.isFinite(launches)))
    bad('bad-value', 'signals.launches', `${whoOf()} has ${launches} launches; launches are counted from 0.`);
  if (!isIsoDate(person.hireDate)) bad('bad-date', 'hireDate', `${whoOf()} has hire date “${person.hireDate}”, which is not a calendar date (YYYY-MM-DD).`);
  if (person.managerSince !== undefined) {
    if (!isIsoDate(person.managerSince))
      bad('bad-date', 'managerSince', `${whoOf()} has manager-since date “${person.managerSince}”, which is not a calendar date (YYYY-MM-DD).`);
    // ISO dates compare correctly as strings.
    else if (isIsoDate(asOf) && person.managerSince > asOf)
      bad('bad-date', 'managerSince', `${whoOf()} became a manager on ${person.managerSince}, after the org's date ${asOf}.`);
  }
  return problems;
}

/** Each cycle in the parent chain, reported once at its first unit in record order. */
function findCycles(org: Org, unitName: (id: UnitId) => string): OrgProblem[] {
  const problems: OrgProblem[] = [];
  const state = new Map<UnitId, 'visiting' | 'done'>();
  for (const start of Object.keys(org.units) as UnitId[]) {
    const path: UnitId[] = [];
    let current: UnitId | null = start;
    while (current !== null && hasUnit(org, current) && !state.has(current)) {
      state.set(current, 'visiting');
      path.push(current);
      current = getOwn(org.units, current)!.parentId;
    }
    if (current !== null && state.get(current) === 'visiting') {
      const loop = path.slice(path.indexOf(current));
      const names = loop.map(unitName).join(' → ');
      const message =
        loop.length === 1
          ? `Unit ${unitName(loop[0]!)} reports to itself. A reporting line can't loop.`
          : `Units report to each other in a circle: ${names} → back to ${unitName(loop[0]!)}. A reporting line can't loop.`;
      problems.push({ code: 'cycle', unitId: loop[0]!, field: 'parentId', message });
    }
    for (const id of path) state.set(id, 'done');
  }
  return problems;
}
