/**
 * The readiness review: every manager and senior IC against the readiness signals and the aspiration, each
 * cell met / not met / unknown (the aspiration: mom, manager, ic or unknown). Pure functions over the org;
 * the review is the people's own signals, so it is saved in the file with them and undone like any edit.
 */
import { buildTreeIndex, isManagerOfManagersUnit } from './tree';
import { BOOLEAN_SIGNALS, type Aspiration, type BooleanSignal, type Org, type Person, type PersonId, type Policy, type UnitId } from './types';

/** A column of the review: launches (met at 2 or more), the boolean signals, and the aspiration. */
export type ReviewColumn = 'launches' | BooleanSignal | 'aspiration';

/** The review's columns in DOMAIN.md's order, with the short header each shows. */
export const REVIEW_COLUMNS: readonly { readonly key: ReviewColumn; readonly label: string }[] = [
  { key: 'aspiration', label: 'Aspiration' },
  { key: 'launches', label: 'Launches (2+)' },
  { key: 'strongReferences', label: 'Strong references' },
  { key: 'influence', label: 'Influence' },
  { key: 'coachesOutsideTeam', label: 'Coaches outside team' },
  { key: 'momNetwork', label: 'MoM network' },
  { key: 'operatingAtNextLevel', label: 'Next level' },
  { key: 'mentorsOthers', label: 'Mentors others' },
];

/** A signal cell's state; `unknown` is never read as "no". */
export type CellState = 'met' | 'not-met' | 'unknown';
/** What a review cell holds: a signal's state, or an aspiration. */
export type CellValue = CellState | Aspiration;

/** Who is in the review: leads of groups with managers under them, other leads, and senior ICs. */
export type ReviewRole = 'MoM' | 'manager' | 'senior IC';
export const REVIEW_ROLES: readonly ReviewRole[] = ['MoM', 'manager', 'senior IC'];

export interface ReviewRow {
  readonly personId: PersonId;
  readonly name: string;
  readonly title: string;
  readonly unitId: UnitId;
  readonly unitName: string;
  readonly role: ReviewRole;
}

/**
 * The review's rows, in the org's order: every lead (MoM or manager) and every member at or above the policy's
 * senior IC level. `reviewRows(sample, DEFAULT_POLICY)[0]` → `{ name: 'Marcus Chen', role: 'MoM', … }`.
 */
export function reviewRows(org: Org, policy: Policy): ReviewRow[] {
  const index = buildTreeIndex(org);
  const rows: ReviewRow[] = [];
  for (const unit of Object.values(org.units)) {
    const lead = unit.leadId ? org.people[unit.leadId] : undefined;
    if (lead) rows.push(rowOf(lead, unit.id, unit.name, isManagerOfManagersUnit(org, index, unit.id) ? 'MoM' : 'manager'));
    for (const id of unit.memberIds) {
      const p = org.people[id];
      if (p && p.level >= policy.seniorIcLevel) rows.push(rowOf(p, unit.id, unit.name, 'senior IC'));
    }
  }
  return rows;
}

const rowOf = (p: Person, unitId: UnitId, unitName: string, role: ReviewRole): ReviewRow => ({
  personId: p.id,
  name: p.name,
  title: p.title,
  unitId,
  unitName,
  role,
});

/** A person's value in one column: `cellValue(p, 'launches')` → `'met'` for 2+ launches, `'unknown'` for null. */
export function cellValue(person: Person, column: ReviewColumn): CellValue {
  if (column === 'aspiration') return person.aspiration;
  const v = column === 'launches' ? (person.signals.launches === null ? null : person.signals.launches >= 2) : person.signals[column];
  return v === null ? 'unknown' : v ? 'met' : 'not-met';
}

/** True when the cell says nothing yet (an unknown signal or aspiration). */
export const isUnknownCell = (value: CellValue): boolean => value === 'unknown';

const SIGNAL_CYCLE: readonly CellState[] = ['unknown', 'met', 'not-met'];
const ASPIRATION_CYCLE: readonly Aspiration[] = ['unknown', 'mom', 'manager', 'ic'];

/** What Space turns a cell into: unknown → met → not met → unknown; unknown → mom → manager → ic → unknown. */
export function nextCellValue(column: ReviewColumn, value: CellValue): CellValue {
  const cycle: readonly CellValue[] = column === 'aspiration' ? ASPIRATION_CYCLE : SIGNAL_CYCLE;
  return cycle[(cycle.indexOf(value) + 1) % cycle.length]!;
}

/** True when `value` can go in `column` (an aspiration in the aspiration column, a state elsewhere). */
export function fitsColumn(column: ReviewColumn, value: CellValue): boolean {
  return column === 'aspiration' ? (ASPIRATION_CYCLE as readonly string[]).includes(value) : (SIGNAL_CYCLE as readonly string[]).includes(value);
}

/**
 * A person with one cell set. Launches is a count: met keeps a count of 2 or more (else 2), not met keeps a
 * count under 2 (else 0), unknown is null. `withCell(p, 'influence', 'met').signals.influence` → true.
 */
export function withCell(person: Person, column: ReviewColumn, value: CellValue): Person {
  if (!fitsColumn(column, value)) return person;
  if (column === 'aspiration') return person.aspiration === value ? person : { ...person, aspiration: value as Aspiration };
  if (cellValue(person, column) === value) return person;
  const s = person.signals;
  if (column === 'launches') {
    const launches = value === 'unknown' ? null : value === 'met' ? Math.max(2, s.launches ?? 0) : s.launches !== null && s.launches < 2 ? s.launches : 0;
    return { ...person, signals: { ...s, launches } };
  }
  return { ...person, signals: { ...s, [column]: value === 'unknown' ? null : value === 'met' } };
}

/**
 * The org with one column set for several people at once (a bulk set is one edit, one undo step); the same
 * org object when nothing changes. Unknown ids and values that don't fit the column are ignored.
 */
export function setReviewCells(org: Org, personIds: readonly PersonId[], column: ReviewColumn, value: CellValue): Org {
  let people: Record<PersonId, Person> | null = null;
  for (const id of personIds) {
    const p = org.people[id];
    if (!p) continue;
    const next = withCell(p, column, value);
    if (next === p) continue;
    people ??= { ...org.people };
    people[id] = next;
  }
  return people ? { ...org, people } : org;
}

/** Every boolean signal and launches, for code that walks the signal columns only. */
export const REVIEW_SIGNAL_COLUMNS: readonly ('launches' | BooleanSignal)[] = ['launches', ...BOOLEAN_SIGNALS];
