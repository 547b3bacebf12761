/**
 * The mutable bookkeeping of one simulation run (its log, emergent records, pending promotions and backfills),
 * shared by the steps of a month.
 */
import { addMonths } from '../model/dates';
import { buildTreeIndex, childrenOf, type Placement, type TreeIndex } from '../model/tree';
import { getOwn, setOwn } from '../model/lookup';
import { copyRecord } from '../model/records';
import { personId, type IsoDate, type Org, type Person, type PersonId, type Policy, type Unit, type UnitId } from '../model/types';
import { mightBeReadyNow, unitHeights } from '../forecast/candidates';
import type { RoleTitle } from '../forecast/forecast';
import { spanBetween } from '../forecast/readiness';
import { hireName, NameBook, nameKey } from './names';
import type { Rng, Streams } from './rng';
import type { EmergentRecord, SimEvent, SimEventKind } from './types';
import { tableValues } from '../model/lookup';

export interface Promotion {
  readonly personId: PersonId;
  readonly unitId: UnitId;
  readonly role: RoleTitle;
  readonly from: { readonly unitId: UnitId; readonly role: 'lead' | 'member' } | null;
  readonly month: number;
}

/**
 * Mutable bookkeeping of one run, and its working org. The org a month hands out (`snapshot`) is never changed
 * again; within a month the people table is the run's own copy, edited in place (`editPeople`), so a month copies
 * it once instead of once per step. So is the units table for the edits that keep the tree (leavers, hires,
 * fills: `editUnits`), copied on the first of them after the month's table was handed out (`shareUnits`). Tree
 * indexes are remembered per units table (`buildTreeIndex`), so one must never change under an index: a step
 * that indexes the working org's table itself, or hands it to code that may, calls `shareUnits` first, and the
 * next edit copies it again. The run's own tree index (`index`)
 * keeps where each person sits up to date through the frequent edits (leavers, hires, fills: `place`,
 * `unplace`, `setUnits`) instead of rebuilding it from every units table; any other new units table (a split,
 * a merge, an acquisition) rebuilds it.
 */
export class Run {
  private current: Org;
  /** Whether `current.people` is this run's own copy, which no month's org shares yet. */
  private peopleOwned = false;
  /** Whether `current.units` is this run's own copy, which no month's org shares and nothing has indexed. */
  private unitsOwned = false;
  /** The people table's entries in its order, while the run edits people through its methods; null: rebuild. */
  private roster: Map<PersonId, Slot> | null = null;
  /** Where each person sits in the working org, kept up to date by the steps that move people; null: rebuild. */
  private placement: Map<PersonId, Placement> | null = null;
  /** False once the org was seen placing someone twice (a damaged file): then indexes are built from scratch. */
  private trackable = true;
  /** The run's index of the working org's tree; null: rebuild. */
  private indexed: TreeIndex | null = null;
  month = 0;
  readonly events: SimEvent[] = [];
  readonly records: EmergentRecord[] = [];
  /** The open record of each unit (the one a fill completes). */
  readonly openRecord = new Map<UnitId, number>();
  readonly promotions: Promotion[] = [];
  readonly acquiredAt = new Map<PersonId, number>();
  /** `<person>:<unit>` → the last month of the cool-off after a reverted promotion. */
  readonly coolOff = new Map<string, number>();
  /** Whether the org looks inside first for each open role: drawn once when the role opens (see `fillVacancies`). */
  readonly looksInside = new Map<UnitId, boolean>();
  /** IC backfills waiting for their time to fill: the team and the month they join. */
  backfills: { unitId: UnitId; due: number; replaces: string }[] = [];
  momInternal = 0;
  momExternal = 0;
  momInternalTotal = 0;
  momExternalTotal = 0;
  hires = 0;
  departures = 0;
  growthCarry = new Map<string, number>();
  /** Who leaves by attrition in `month`, drawn by the development walk at the end of the month before. */
  attritionDue: { readonly month: number; readonly leaving: readonly PersonId[] } | null = null;
  /** The policy's annual attrition as a monthly chance. */
  readonly monthlyAttrition: number;

  constructor(
    org: Org,
    readonly start: string,
    readonly policy: Policy,
    readonly streams: Streams,
    readonly summary = false,
    readonly firstInLine = false,
    readonly logging = true,
  ) {
    this.current = org;
    this.monthlyAttrition = 1 - Math.pow(1 - policy.annualAttrition, 1 / 12);
    this.attritionOf = streams.family('attrition');
    this.developOf = streams.family('develop');
  }

  /** The working org. Don't keep it past a step that edits people: its people table changes in place. */
  get org(): Org {
    return this.current;
  }

  set org(org: Org) {
    if (org.people !== this.current.people) {
      this.peopleOwned = false;
      this.roster = null;
    }
    if (org.units !== this.current.units) {
      this.placement = null;
      this.indexed = null;
      this.unitsOwned = false;
    }
    this.current = org;
  }

  /**
   * A new units table from an edit that keeps the tree (the same units under the same parents, in the same order;
   * only leads and members changed) and told the run whom it moved (`place`, `unplace`).
   */
  setUnits(units: Org['units']): void {
    this.current = { ...this.current, units };
    this.unitsOwned = false;
  }

  /**
   * The units table, to edit in place with edits that keep the tree (set units' leads and members; tell the run
   * whom they moved: `place`, `unplace`): copied on the first edit after the table was shared (`shareUnits`).
   */
  editUnits(): Record<UnitId, Unit> {
    if (!this.unitsOwned) {
      this.current = { ...this.current, units: copyRecord(this.current.units) };
      // An org the run can't track is indexed by `buildTreeIndex` (remembered per table): then every edit copies.
      this.unitsOwned = this.trackable;
    }
    return this.current.units as Record<UnitId, Unit>;
  }

  /** The working units table may now be kept or indexed by others: the next `editUnits` copies it. */
  shareUnits(): Org {
    this.unitsOwned = false;
    return this.current;
  }

  /**
   * A new org from an edit that reshapes the tree but keeps everyone's record (the structural rules): as setting
   * `org`, but the placement is carried over, redone only for the people of units that are new, changed or gone
   * (a units table the edit left alone is the same object). Anyone it would place twice, and any org the run
   * can't track, leaves the index to be rebuilt from scratch. `org.units` must be a table no one else has.
   */
  reshape(org: Org): void {
    const before = this.current.units;
    const placement = this.trackable && this.indexed && this.placement && org.people === this.current.people ? this.placement : null;
    this.org = org;
    // The rules' new table is the run's alone (nothing has seen or indexed it): edits may go in place.
    this.unitsOwned = this.trackable;
    if (!placement) return;
    for (const old of tableValues(before)) {
      if (getOwn(org.units, old.id) === old) continue;
      if (old.leadId !== null && placement.get(old.leadId)?.unitId === old.id) placement.delete(old.leadId);
      for (const m of old.memberIds) if (placement.get(m)?.unitId === old.id) placement.delete(m);
    }
    for (const unit of tableValues(org.units)) {
      if (getOwn(before, unit.id) === unit) continue;
      if (unit.leadId !== null) {
        if (placement.has(unit.leadId)) return;
        placement.set(unit.leadId, { unitId: unit.id, role: 'lead' });
      }
      for (const m of unit.memberIds) {
        if (placement.has(m)) return;
        placement.set(m, { unitId: unit.id, role: 'member' });
      }
    }
    this.placement = placement;
  }

  /** `id` now sits at `placement` (a hire, a promotion). */
  place(id: PersonId, placement: Placement): void {
    this.placement?.set(id, placement);
  }

  /** `id` sits nowhere now (a leaver). */
  unplace(id: PersonId): void {
    this.placement?.delete(id);
  }

  /**
   * The tree index of the working org, as `buildTreeIndex` gives it, but kept by the run: children and roots until
   * a units table comes that isn't from `setUnits`, placement kept up to date by the steps (in another order: read
   * it by person, or in an order-free way, as candidate pools do).
   */
  index(): TreeIndex {
    if (!this.trackable) return buildTreeIndex(this.shareUnits());
    if (this.indexed && this.placement) return this.indexed;
    const all = tableValues(this.current.units);
    let children = this.indexed?.children;
    let roots = this.indexed?.roots;
    if (!children || !roots) {
      const kids = new Map<UnitId, UnitId[]>();
      const tops: UnitId[] = [];
      for (const unit of all) kids.set(unit.id, []);
      for (const unit of all) {
        const siblings = unit.parentId === null ? undefined : kids.get(unit.parentId);
        if (siblings) siblings.push(unit.id);
        else tops.push(unit.id);
      }
      children = kids;
      roots = tops;
    }
    if (!this.placement) {
      const placement = new Map<PersonId, Placement>();
      for (const unit of all) {
        if (unit.leadId !== null) {
          if (placement.has(unit.leadId)) this.trackable = false;
          else placement.set(unit.leadId, { unitId: unit.id, role: 'lead' });
        }
        for (const m of unit.memberIds) {
          if (placement.has(m)) this.trackable = false;
          else placement.set(m, { unitId: unit.id, role: 'member' });
        }
      }
      if (!this.trackable) return buildTreeIndex(this.shareUnits());
      this.placement = placement;
    }
    this.indexed = { children, roots, placement: this.placement };
    this.heightsOf = null;
    return this.indexed;
  }

  /** Dates a year or more before the working org's date: still so next month (the date only moves on). */
  private readonly yearPast = new Set<string>();
  /** Whether `date` lies 12 whole months or more before the working org's date (`monthsBetween(date, asOf) >= 12`). */
  isYearPast(date: IsoDate): boolean {
    if (this.yearPast.has(date)) return true;
    if (spanBetween(date, this.current.asOf).months < 12) return false;
    this.yearPast.add(date);
    return true;
  }

  private dottedLines: boolean | null = null;
  /** False once no one in the org has a dotted line: the run never draws new ones (acquired people lose theirs). */
  mayHaveDottedLines(): boolean {
    if (this.dottedLines === false) return false;
    this.dottedLines = tableValues(this.current.people).some((p) => (p.dottedLineManagerIds?.length ?? 0) > 0);
    return this.dottedLines;
  }

  /** Whether the working org places each person at most once (every org the simulation makes does; a damaged file may not). */
  placesEachOnce(): boolean {
    this.index();
    return this.trackable;
  }

  private heightsOf: ReadonlyMap<UnitId, number> | null = null;
  /** `unitHeights` of the working org, kept while the tree is. */
  heights(): ReadonlyMap<UnitId, number> {
    const index = this.index();
    if (index !== this.indexed) return unitHeights(this.current, index);
    return (this.heightsOf ??= unitHeights(this.current, index));
  }

  /**
   * Everyone in the working org, in the people table's order, each with their own random streams once drawn from
   * (`attrition`, `develop`: the run's streams of those families for them, looked up once instead of every month).
   * A table of 1,000+ people is a dictionary-mode object that V8 sorts on every enumeration, so the run mirrors it
   * in a Map (which keeps the same order: ids the run makes are never array indexes) while its steps edit people
   * through `setPerson`, `addPerson`, `removePerson`. Read `slot.person` before a step replaces it.
   */
  slots(): Iterable<Slot> {
    if (!this.roster) {
      const people = this.current.people;
      // One enumeration of the (dictionary-mode) table serves both the check and the mirror.
      const ids = Object.keys(people) as PersonId[];
      if (ids.some(isArrayIndex)) return Object.values(people).map((person) => newSlot(person));
      const roster = new Map<PersonId, Slot>();
      this.hopefulIds = { em: new Set(), mom: new Set() };
      for (const id of ids) {
        const person = people[id]!;
        roster.set(id, newSlot(person));
        this.noteHopeful(person);
      }
      this.roster = roster;
    }
    return this.roster.values();
  }

  /**
   * Stamp the slot of everyone who leads a unit of the working org with a new number, returned (then
   * `slot.lead === it` says whether they lead a unit, without a lookup per person); null when the run keeps no
   * slots to stamp. Read from the units' leads (a few hundred units) rather than from the placement of
   * everyone: in an org that places each person once they are the same people.
   */
  markLeads(): number | null {
    this.slots();
    if (!this.roster) return null;
    const stamp = ++leadStamps;
    for (const unit of tableValues(this.current.units)) {
      if (unit.leadId === null) continue;
      const slot = this.roster.get(unit.leadId);
      if (slot) slot.lead = stamp;
    }
    return stamp;
  }

  /** Everyone in the working org, in the people table's order (a list: safe to edit people while reading it). */
  everyone(): Person[] {
    return Array.from(this.slots(), (slot) => slot.person);
  }

  /** Replace a person's record (same id, same place in the table). */
  setPerson(person: Person): void {
    this.editPeople()[person.id] = person;
    if (!this.roster) return;
    const slot = this.roster.get(person.id);
    if (slot) slot.person = person;
    else this.roster.set(person.id, newSlot(person));
    this.noteHopeful(person);
  }

  /** Add a new person at the end of the table. */
  addPerson(person: Person): void {
    setOwn(this.editPeople(), person.id, person);
    if (!this.roster) return;
    this.roster.set(person.id, newSlot(person));
    this.noteHopeful(person);
  }

  removePerson(id: PersonId): void {
    delete this.editPeople()[id];
    this.roster?.delete(id);
    this.hopefulIds.em.delete(id);
    this.hopefulIds.mom.delete(id);
  }

  /**
   * For each kind of role, everyone in the working org who has ever passed, as a record of theirs the run held,
   * the cheap test of `ready-now` for it (`mightBeReadyNow`): a superset of those who pass it now, for the
   * month's ready-now pools (`candidatePools`' `hopefuls`), kept while the run edits people; null when the run
   * can't keep them (a people table it doesn't mirror).
   */
  hopefuls(): { readonly em: ReadonlySet<PersonId>; readonly mom: ReadonlySet<PersonId> } | null {
    this.slots();
    return this.roster ? this.hopefulIds : null;
  }

  private hopefulIds = { em: new Set<PersonId>(), mom: new Set<PersonId>() };
  private noteHopeful(person: Person): void {
    if (mightBeReadyNow(person, 'em', this.policy)) this.hopefulIds.em.add(person.id);
    if (mightBeReadyNow(person, 'mom', this.policy)) this.hopefulIds.mom.add(person.id);
  }

  /** The people table, to edit in place: copied on the first edit after a snapshot (once a month). */
  editPeople(): Record<PersonId, Person> {
    if (!this.peopleOwned) {
      this.current = { ...this.current, people: copyRecord(this.current.people) };
      this.peopleOwned = true;
    }
    return this.current.people as Record<PersonId, Person>;
  }

  /** The org as it is now, to keep: later edits copy the people table before changing it. */
  snapshot(): Org {
    this.peopleOwned = false;
    this.unitsOwned = false;
    return this.current;
  }

  rng(purpose: string): Rng {
    return this.streams.of(purpose);
  }

  /** Each person's attrition stream (`attrition:<id>`), looked up by id. */
  readonly attritionOf: (id: PersonId) => Rng;
  /** Each person's development stream (`develop:<id>`), looked up by id. */
  readonly developOf: (id: PersonId) => Rng;

  private names: NameBook | null = null;
  /** A hire's name that no one in the run has had (today's org, earlier hires, leavers alike), drawn from `rng`. */
  hireName(rng: Rng): string {
    this.names ??= new NameBook(tableValues(this.org.people).map((p) => nameKey(p.name)));
    return hireName(rng, this.names);
  }

  private personIds: Set<string> | null = null;
  private nextPerson = 0;
  /** A person id no one in the run has had: `p<n>`, as `newId` gives, without rescanning everyone each time. */
  newPersonId(): PersonId {
    if (!this.personIds) {
      this.personIds = new Set(Object.keys(this.org.people));
      this.nextPerson = this.personIds.size + 1;
    }
    while (this.personIds.has(`p${this.nextPerson}`)) this.nextPerson++;
    const id = `p${this.nextPerson++}`;
    this.personIds.add(id);
    return personId(id);
  }

  /** Add an event to the log (a run played without one, `logging` false, keeps none: callers may skip building them). */
  log(kind: SimEventKind, text: string, unitIds: readonly UnitId[] = [], personIds: readonly PersonId[] = [], role?: RoleTitle): void {
    if (!this.logging) return;
    this.events.push({ month: this.month, kind, text, unitIds, personIds, ...(role ? { role } : {}) });
  }

  unitName(id: UnitId): string {
    return this.org.units[id]?.name ?? id;
  }

  personName(id: PersonId): string {
    return this.org.people[id]?.name ?? id;
  }
}

/**
 * `addMonths(date, months)`, remembered: every run of a batch dates the same months from the same start (and its
 * external hires' manager dates from them), and making a date costs a few µs of Date arithmetic each time.
 */
export function monthsAfter(date: IsoDate, months: number): IsoDate {
  let byMonths = shiftedDates.get(date);
  if (!byMonths) {
    if (shiftedDates.size >= 1024) shiftedDates.clear();
    shiftedDates.set(date, (byMonths = new Map()));
  }
  let shifted = byMonths.get(months);
  if (shifted === undefined) byMonths.set(months, (shifted = addMonths(date, months)));
  return shifted;
}

const shiftedDates = new Map<IsoDate, Map<number, IsoDate>>();

/** A person of the run's working org and their streams (each looked up on first use: `run.attritionOf(id)`). */
export interface Slot {
  person: Person;
  attrition: Rng | null;
  develop: Rng | null;
  /** The last stamp `markLeads` gave them (they led a unit then). */
  lead: number;
}

const newSlot = (person: Person): Slot => ({ person, attrition: null, develop: null, lead: 0 });
let leadStamps = 0;

export function childrenNames(run: Run, id: UnitId): string[] {
  return childrenOf(run.index(), id).map((c) => run.unitName(c));
}

/** A new record for a role that emerged; it becomes the unit's open record, the one its next fill completes. */
/** How many candidates a new record lists: three, or in `summary` detail none (only the first with `firstInLine`). */
export function listed(run: Run): number {
  return !run.summary ? 3 : run.firstInLine ? 1 : 0;
}

export function recordEmergent(
  run: Run,
  id: UnitId,
  rule: EmergentRecord['rule'],
  role: RoleTitle,
  above: readonly string[],
  candidates: EmergentRecord['candidates'] = [],
  sourceUnitId?: UnitId,
): void {
  run.openRecord.set(id, run.records.length);
  run.records.push({
    id: `${run.month}:${id}:${run.records.length + 1}`,
    month: run.month,
    unitId: id,
    ...(sourceUnitId ? { sourceUnitId } : {}),
    unit: run.unitName(id),
    above,
    rule,
    role,
    filled: null,
    candidates,
  });
}

// Keys an object lists first, in numeric order, whatever order they were added in ("0", "7", "4294967294").
const isArrayIndex = (key: string): boolean => /^(0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
