/**
 * The difference between two orgs, unit by unit: what one has and the other hasn't, what moved, whose lead
 * changed, which roles are vacant in only one. Pure; used for variants compared at a month and by the renderer
 * to highlight units on two canvases side by side.
 *
 * Matching "the same unit" honestly: units the two orgs share by origin (`sharedIds`: by default every id both
 * orgs have, which is right for two variants' own orgs, duplicated from one another) match by id whatever their
 * names. Units the simulation made get ids `u<n>` in the order each run creates them, so two runs can give one
 * id to different units (a split in month 3 in one variant takes the id a later split takes in the other): such
 * an id matches only when the name agrees too, and the units left over match by name when the name is unique on
 * both sides (the rules name what they make after the unit it came from: "Payments B", "Product Engineering B").
 */
import { getOwn } from '../model/lookup';
import type { Org, PersonId, Unit, UnitId } from '../model/types';

/** A unit on one side: its id in that side's org and its name there. */
export interface UnitRef {
  readonly id: UnitId;
  readonly name: string;
}

/** One unit matched across the two orgs: its id in `a`, its id in `b`, and how they were matched. */
export interface UnitMatch {
  readonly a: UnitId;
  readonly b: UnitId;
  readonly by: 'id' | 'name';
}

export interface MovedUnit {
  readonly a: UnitId;
  readonly b: UnitId;
  readonly name: string;
  /** The parent in `a` (a's id) and in `b` (b's id); null at the top. */
  readonly fromParent: UnitRef | null;
  readonly toParent: UnitRef | null;
}

export interface LeadChange {
  readonly a: UnitId;
  readonly b: UnitId;
  readonly name: string;
  /** The lead's name on each side. */
  readonly from: string;
  readonly to: string;
}

export interface OrgDiff {
  readonly matched: readonly UnitMatch[];
  /** In `b` only (b's ids). */
  readonly added: readonly UnitRef[];
  /** In `a` only (a's ids). */
  readonly removed: readonly UnitRef[];
  /** Matched units whose parent differs (a parent only one side has counts as different). */
  readonly moved: readonly MovedUnit[];
  readonly renamed: readonly { readonly a: UnitId; readonly b: UnitId; readonly from: string; readonly to: string }[];
  /** Matched units led on both sides, by different people. */
  readonly leadChanged: readonly LeadChange[];
  /** Vacant in one and not in the other (led there, or not there at all), by side, with that side's ids. */
  readonly vacancies: { readonly onlyA: readonly UnitRef[]; readonly onlyB: readonly UnitRef[] };
}

export interface OrgDiffOptions {
  /**
   * Ids that name the same unit on both sides whatever the name (the units both variants started from). Any other
   * id both sides have matches only when the names agree. Default: every id both orgs have.
   */
  readonly sharedIds?: Iterable<string>;
}

const ref = (unit: Unit): UnitRef => ({ id: unit.id, name: unit.name });

/**
 * A person on one side. Hires the simulation makes get ids `p<n>` in the order each run hires, so a person is the
 * same on both sides only when id and name agree (a run never gives one name twice).
 */
const personKey = (org: Org, id: PersonId): string => `${id}\u0000${getOwn(org.people, id)?.name ?? ''}`;
const personName = (org: Org, id: PersonId): string => getOwn(org.people, id)?.name ?? id;

/**
 * Compare org `b` with org `a`. `orgDiff(a, b).added` → the units only `b` has; `moved` lists units whose parent
 * changed, with both ids, so each canvas can highlight its own node.
 */
export function orgDiff(a: Org, b: Org, options: OrgDiffOptions = {}): OrgDiff {
  const shared = options.sharedIds ? new Set(options.sharedIds) : null;
  const aToB = new Map<UnitId, UnitId>();
  const bToA = new Map<UnitId, UnitId>();
  const matched: UnitMatch[] = [];
  const match = (x: UnitId, y: UnitId, by: UnitMatch['by']): void => {
    aToB.set(x, y);
    bToA.set(y, x);
    matched.push({ a: x, b: y, by });
  };
  for (const unit of Object.values(a.units)) {
    const other = getOwn(b.units, unit.id);
    if (other && (shared === null || shared.has(unit.id) || other.name === unit.name)) match(unit.id, other.id, 'id');
  }
  // What is left matches by name, where the name is unique among the leftovers of each side.
  const leftovers = (org: Org, taken: Map<UnitId, UnitId>): Map<string, UnitId | null> => {
    const byName = new Map<string, UnitId | null>();
    for (const unit of Object.values(org.units)) if (!taken.has(unit.id)) byName.set(unit.name, byName.has(unit.name) ? null : unit.id);
    return byName;
  };
  const restB = leftovers(b, bToA);
  for (const [name, id] of leftovers(a, aToB)) {
    const other = restB.get(name);
    if (id !== null && other !== undefined && other !== null) match(id, other, 'name');
  }

  const added = Object.values(b.units)
    .filter((u) => !bToA.has(u.id))
    .map(ref);
  const removed = Object.values(a.units)
    .filter((u) => !aToB.has(u.id))
    .map(ref);
  const moved: MovedUnit[] = [];
  const renamed: { a: UnitId; b: UnitId; from: string; to: string }[] = [];
  const leadChanged: LeadChange[] = [];
  for (const m of matched) {
    const x = a.units[m.a]!;
    const y = b.units[m.b]!;
    const px = x.parentId !== null ? getOwn(a.units, x.parentId) : undefined;
    const py = y.parentId !== null ? getOwn(b.units, y.parentId) : undefined;
    const sameParent = px === undefined ? py === undefined : py !== undefined && aToB.get(px.id) === py.id;
    if (!sameParent) moved.push({ a: m.a, b: m.b, name: y.name, fromParent: px ? ref(px) : null, toParent: py ? ref(py) : null });
    if (x.name !== y.name) renamed.push({ a: m.a, b: m.b, from: x.name, to: y.name });
    if (x.leadId !== null && y.leadId !== null && personKey(a, x.leadId) !== personKey(b, y.leadId)) {
      leadChanged.push({ a: m.a, b: m.b, name: y.name, from: personName(a, x.leadId), to: personName(b, y.leadId) });
    }
  }
  const vacantOnly = (org: Org, other: Org, counterpart: Map<UnitId, UnitId>): UnitRef[] =>
    Object.values(org.units)
      .filter((u) => {
        if (u.leadId !== null) return false;
        const there = counterpart.get(u.id);
        return there === undefined || other.units[there]!.leadId !== null;
      })
      .map(ref);
  return { matched, added, removed, moved, renamed, leadChanged, vacancies: { onlyA: vacantOnly(a, b, aToB), onlyB: vacantOnly(b, a, bToA) } };
}

/** True when the diff finds nothing: same units, places, names, leads and vacancies. */
export function isSameOrg(diff: OrgDiff): boolean {
  return (
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.moved.length === 0 &&
    diff.renamed.length === 0 &&
    diff.leadChanged.length === 0 &&
    diff.vacancies.onlyA.length === 0 &&
    diff.vacancies.onlyB.length === 0
  );
}
