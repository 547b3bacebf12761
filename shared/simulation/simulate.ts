/**
 * The monthly simulation (DOMAIN.md "The simulation"), a pure function of (scenario, seed): departures,
 * hires, structural rules 1, 2, 5 and 6, vacancy filling (internal or external, the 90-day plan, cascades),
 * then tenure and signals advance. Every change is recorded as an event a person can read.
 */
import type { FileProblem } from '../ipc';
import { addMonths, monthsBetween } from '../model/dates';
import { plural } from '../model/text';
import { addMembers, assignPerson, mergeUnits, moveUnit, newId, removePeople, removeUnit } from '../model/edits';
import { orgMetrics } from '../model/metrics';
import { copyRecord } from '../model/records';
import { err, ok, type Result } from '../model/result';
import { buildTreeIndex, childrenOf, subtreeUnitIds, type TreeIndex } from '../model/tree';
import { BOOLEAN_SIGNALS, personId, UNKNOWN_SIGNALS, unitId, type Aspiration, type IsoDate, type Org, type Person, type PersonId, type Policy, type Scenario, type ScenarioEvent, type Signals, type Target, type Unit, type UnitId } from '../model/types';
import { candidatePools, nearUnitFor, unitHeights, type CandidatePools, type RoleSpec } from '../forecast/candidates';
import { benchStrength, roleForHeight, titleForRole, type RoleTitle } from '../forecast/forecast';
import type { Band } from '../forecast/readiness';
import { applyStructuralRules, type StructuralStep } from '../forecast/structure';
import { hireName, NameBook, nameKey } from './names';
import { createStreams, type Rng, type Streams } from './rng';
import { fundingHires, validateEvents } from './validate';

export type SimEventKind =
  | 'attrition'
  | 'departure'
  | 'hire'
  | 'backfill'
  | 'funding'
  | 'acquisition'
  | 'downsizing'
  | 'reorg'
  | 'team-split'
  | 'mom-emerged'
  | 'vacancy'
  | 'promotion'
  | 'external-hire'
  | 'promotion-reverted'
  | 'team-merged'
  | 'layer-removed';

/** One thing that happened, in a sentence, with the units and people involved. */
export interface SimEvent {
  readonly month: number;
  readonly kind: SimEventKind;
  readonly text: string;
  readonly unitIds: readonly UnitId[];
  readonly personIds: readonly PersonId[];
  /** For promotions, external hires and reverted promotions: the role filled. */
  readonly role?: RoleTitle;
}

/**
 * A role that appeared during the run, and how it was filled. Each emergence has its own record (`id`), so a
 * later event on the same unit adds a record and never replaces one: the history only grows.
 */
export interface EmergentRecord {
  /** Unique in the run: `<month>:<unit id>:<n>`. */
  readonly id: string;
  readonly month: number;
  readonly unitId: UnitId;
  /** The unit whose rule made it: the team that split, the lead over span, the unit left vacant. */
  readonly sourceUnitId?: UnitId;
  readonly unit: string;
  readonly above: readonly string[];
  readonly rule: 'team-split' | 'span' | 'departure' | 'merger';
  readonly role: RoleTitle;
  readonly filled: { readonly by: string; readonly how: 'internal' | 'external'; readonly month: number } | null;
  /** The best internal candidates when it emerged (three; in `summary` detail none, or only the first with `firstInLine`). */
  readonly candidates: readonly { readonly personId: PersonId; readonly name: string; readonly band: Band }[];
}

export interface MonthMetrics {
  readonly month: number;
  readonly headcount: number;
  readonly teams: number;
  readonly managers: number;
  readonly moms: number;
  readonly layers: number;
  readonly vacancies: number;
  readonly hires: number;
  readonly departures: number;
  /** MoM roles (Director and up) filled this month from inside / from outside. */
  readonly momInternalFills: number;
  readonly momExternalFills: number;
  /** MoM roles filled from inside / all MoM fills so far (the 45-70% reference band); null before the first. */
  readonly internalFillRate: number | null;
  readonly benchStrength: number | null;
}

export interface SimulationResult {
  readonly months: number;
  readonly seed: number;
  /** The org at month 0 (as given) through the last month. */
  readonly orgs: readonly Org[];
  readonly metrics: readonly MonthMetrics[];
  readonly events: readonly SimEvent[];
  readonly emergent: readonly EmergentRecord[];
}

export interface SimulateOptions {
  readonly months?: number;
  readonly seed?: number;
  /** Called after each month, for progress bars. */
  readonly onMonth?: (month: number, of: number) => void;
  /**
   * `summary` (Monte Carlo) leaves out what only a single run shows: the candidates listed on each emergent
   * record and the bench strength. Everything else, the random draws included, is the same as `full` (the default).
   */
  readonly detail?: 'full' | 'summary';
  /** In `summary` detail, still name the first in line for each role that emerges (a person's path needs it). */
  readonly firstInLine?: boolean;
}

/** How many months a role of this kind takes to fill externally. */
export function timeToFill(policy: Policy, role: RoleTitle): number {
  return role === 'EM' ? policy.timeToFillMonths.em : role === 'VP' ? policy.timeToFillMonths.vp : policy.timeToFillMonths.mom;
}

interface Promotion {
  readonly personId: PersonId;
  readonly unitId: UnitId;
  readonly role: RoleTitle;
  readonly from: { readonly unitId: UnitId; readonly role: 'lead' | 'member' } | null;
  readonly month: number;
}

/** Mutable bookkeeping of one run; the orgs themselves are never mutated. */
class Run {
  org: Org;
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

  constructor(
    org: Org,
    readonly start: string,
    readonly policy: Policy,
    readonly streams: Streams,
    readonly summary = false,
    readonly firstInLine = false,
  ) {
    this.org = org;
  }

  rng(purpose: string): Rng {
    return this.streams.of(purpose);
  }

  private names: NameBook | null = null;
  /** A hire's name that no one in the run has had (today's org, earlier hires, leavers alike), drawn from `rng`. */
  hireName(rng: Rng): string {
    this.names ??= new NameBook(Object.values(this.org.people).map((p) => nameKey(p.name)));
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

  log(kind: SimEventKind, text: string, unitIds: readonly UnitId[] = [], personIds: readonly PersonId[] = [], role?: RoleTitle): void {
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
 * Play a scenario forward month by month. Refuses (with every problem) when its events name missing units or
 * people or months outside the run. `simulate(sampleScenario(), { months: 12 })`.
 */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Result<SimulationResult, FileProblem[]> {
  const months = options.months ?? scenario.simulation.months;
  const seed = options.seed ?? scenario.simulation.seed;
  const problems = validateEvents(scenario, Math.max(months, 1));
  if (problems.length > 0 && months > 0) return err(problems);
  if (!Number.isSafeInteger(seed)) return err([{ path: 'simulation.seed', message: `The seed ${seed} is not a whole number OrgSim can repeat exactly (use one from 0 to 9,007,199,254,740,991).` }]);
  const run = new Run(scenario.org, scenario.org.asOf, scenario.policy, createStreams(seed), options.detail === 'summary', options.firstInLine === true);
  run.org = resolveUnknowns(run, scenario.org);
  const orgs: Org[] = [scenario.org];
  const metrics: MonthMetrics[] = [measure(run)];
  for (let m = 1; m <= months; m++) {
    run.month = m;
    // Month m happens on the start date plus m months, computed from the start each time (never from the
    // previous month, so a run from the 31st doesn't drift to the 28th); what opens or joins in month m is dated so.
    run.org = { ...run.org, asOf: addMonths(run.start, m) };
    run.hires = 0;
    run.departures = 0;
    run.momInternal = 0;
    run.momExternal = 0;
    const due = scenario.events.filter((e) => startsIn(e, m));
    departures(run, due);
    hires(run, scenario.events, due);
    const downsized = due.some((e) => e.kind === 'downsizing');
    for (const e of due) if (e.kind === 'reorg') reorg(run, e);
    structure(run, downsized);
    fillVacancies(run);
    advance(run);
    orgs.push(run.org);
    metrics.push(measure(run));
    options.onMonth?.(m, months);
  }
  return ok({ months, seed, orgs, metrics, events: run.events, emergent: [...run.records].sort((a, b) => a.month - b.month) });
}

const startsIn = (e: ScenarioEvent, m: number): boolean => (e.kind === 'growth' ? false : e.month === m);

function measure(run: Run): MonthMetrics {
  const index = buildTreeIndex(run.org);
  const m = orgMetrics(run.org, undefined, index);
  const fills = run.momInternalTotal + run.momExternalTotal;
  return {
    month: run.month,
    headcount: m.headcount,
    teams: m.teams,
    managers: m.managers,
    moms: m.moms,
    layers: m.layers,
    vacancies: m.vacancies.length,
    hires: run.hires,
    departures: run.departures,
    momInternalFills: run.momInternal,
    momExternalFills: run.momExternal,
    internalFillRate: fills === 0 ? null : run.momInternalTotal / fills,
    benchStrength: run.summary ? null : benchStrength(run.org, run.policy, index),
  };
}

// ── Unknowns and priors ─────────────────────────────────────────────────────

const leads = (org: Org): Set<PersonId> => new Set(Object.values(org.units).flatMap((u) => (u.leadId ? [u.leadId] : [])));

/** Each unknown signal met with the policy's prior; launches known as 2 (a track record) or 0. */
function drawSignals(rng: Rng, signals: Signals, prior: number): Signals {
  const out: Record<string, number | boolean | null> = { ...signals };
  if (signals.launches === null) out.launches = rng.chance(prior) ? 2 : 0;
  for (const key of BOOLEAN_SIGNALS) if (signals[key] === null) out[key] = rng.chance(prior);
  return out as unknown as Signals;
}

/** An unknown aspiration drawn with its prior: a manager wants a MoM role, an IC wants to manage. */
function drawAspiration(rng: Rng, policy: Policy, isLead: boolean): Aspiration {
  return isLead ? (rng.chance(policy.priorWantsMom) ? 'mom' : 'manager') : rng.chance(policy.priorWantsManager) ? 'manager' : 'ic';
}

/**
 * DOMAIN.md "Unknown at the start": each unknown signal and aspiration is drawn once per run with the policy's
 * priors, from the person's own stream, so the same person draws the same whatever else the scenario holds.
 */
function resolveUnknowns(run: Run, org: Org): Org {
  const led = leads(org);
  let people: Record<PersonId, Person> | null = null;
  for (const person of Object.values(org.people)) {
    const unknownSignal = person.signals.launches === null || BOOLEAN_SIGNALS.some((k) => person.signals[k] === null);
    if (!unknownSignal && person.aspiration !== 'unknown' && !person.tenureUnknown) continue;
    const rng = run.rng(`priors:${person.id}`);
    people ??= copyRecord(org.people);
    const drawn: Person = {
      ...person,
      signals: drawSignals(rng, person.signals, run.policy.priorSignalMet),
      aspiration: person.aspiration === 'unknown' ? drawAspiration(rng, run.policy, led.has(person.id)) : person.aspiration,
    };
    people[person.id] = person.tenureUnknown ? drawDates(rng, drawn, led.has(person.id), org.asOf, run.policy) : drawn;
  }
  return people ? { ...org, people } : org;
}

/**
 * Dates nobody knows, drawn once per run like any unknown signal: the time-based signal (years as an EM for a
 * lead, a year in the company for an IC) is met with the policy's prior for unknown signals, and the time is
 * spread evenly on the side drawn (met: 0-4 years past the threshold; not met: up to it).
 */
function drawDates(rng: Rng, person: Person, isLead: boolean, asOf: IsoDate, policy: Policy): Person {
  const { tenureUnknown: _unknown, managerSince: _since, ...known } = person;
  if (isLead) {
    const threshold = Math.round(policy.readyNowYearsAsEm * 12);
    const months = rng.chance(policy.priorSignalMet) ? threshold + rng.int(0, 48) : rng.int(0, Math.max(0, threshold - 1));
    const managerSince = addMonths(asOf, -months);
    return { ...known, managerSince, hireDate: addMonths(managerSince, -rng.int(0, 48)) };
  }
  const months = rng.chance(policy.priorSignalMet) ? 12 + rng.int(0, 60) : rng.int(0, 11);
  return { ...known, hireDate: addMonths(asOf, -months) };
}

// ── Departures ──────────────────────────────────────────────────────────────

/** People leaving together: each with the kind of departure and the reason the log gives. */
type Leaver = { readonly id: PersonId; readonly kind: 'attrition' | 'departure' | 'downsizing'; readonly why: string };

/**
 * People leave, all in one edit (linear in the org, however many go). Each gets a log line; an IC who leaves
 * is backfilled into the same team after the IC time to fill (DOMAIN.md "Backfill"; cuts are not backfilled);
 * a lead's role becomes a vacancy, and a MoM's has a record with its candidates.
 */
function leaveAll(run: Run, leavers: readonly Leaver[]): void {
  const seen = new Set<PersonId>();
  const going = leavers.filter((l) => run.org.people[l.id] && !seen.has(l.id) && seen.add(l.id));
  if (going.length === 0) return;
  const index = buildTreeIndex(run.org);
  const before = going.map((l) => ({ ...l, name: run.personName(l.id), placement: index.placement.get(l.id) }));
  run.org = removePeople(run.org, new Set(going.map((l) => l.id)));
  const heights = unitHeights(run.org, index);
  let pools: CandidatePools | null = null;
  for (const l of before) {
    const led = l.placement?.role === 'lead' ? run.org.units[l.placement.unitId] : undefined;
    run.departures++;
    run.log(l.kind, `${l.name} left (${l.why})${led ? `; ${led.name} is now vacant` : ''}.`, l.placement ? [l.placement.unitId] : [], [l.id]);
    if (l.placement?.role === 'member' && l.kind !== 'downsizing' && run.policy.backfillLeavers)
      run.backfills.push({ unitId: l.placement.unitId, due: run.month + Math.max(0, Math.round(run.policy.timeToFillMonths.ic)), replaces: l.name });
    const height = led ? (heights.get(led.id) ?? 0) : 0;
    if (led && height >= 1) {
      const limit = listed(run);
      if (limit > 0) pools ??= candidatePools(run.org, run.policy, index, heights);
      const top = pools?.rank({ kind: 'mom', nearUnitId: nearUnitFor(run.org, led.id), height }, limit).candidates ?? [];
      recordEmergent(run, led.id, 'departure', roleForHeight(height), (index.children.get(led.id) ?? []).map((c) => run.unitName(c)), top.map((c) => ({ personId: c.personId, name: c.name, band: c.band })));
    }
  }
}

function departures(run: Run, due: readonly ScenarioEvent[]): void {
  const monthly = 1 - Math.pow(1 - run.policy.annualAttrition, 1 / 12);
  const root = buildTreeIndex(run.org).roots[0];
  const rootLead = root ? run.org.units[root]?.leadId : null;
  const leavers: Leaver[] = [];
  for (const person of Object.values(run.org.people)) {
    const acquired = run.acquiredAt.get(person.id);
    const risk = person.flightRisk ? run.policy.flightRiskMultiplier[person.flightRisk] : 1;
    const p = Math.min(1, monthly * risk * (acquired !== undefined && run.month - acquired <= 12 ? run.policy.acquiredAttritionMultiplier : 1));
    // Each person has their own stream and draws once in every month they are here, so whoever else joins,
    // leaves or is reordered (another variant's events), a person's fate in a month is the same draw.
    const left = run.rng(`attrition:${person.id}`).next() < p;
    if (left && person.id !== rootLead) leavers.push({ id: person.id, kind: 'attrition', why: 'attrition' });
  }
  leaveAll(run, leavers);
  const scheduled: Leaver[] = [];
  for (const e of due) if (e.kind === 'departure' && run.org.people[e.personId]) scheduled.push({ id: e.personId, kind: 'departure', why: 'scheduled departure' });
  leaveAll(run, scheduled);
  for (const e of due) if (e.kind === 'downsizing') downsize(run, e);
}

function downsize(run: Run, e: Extract<ScenarioEvent, { kind: 'downsizing' }>): void {
  const scope = peopleIn(run.org, e.target);
  const root = buildTreeIndex(run.org).roots[0];
  const rootLead = root ? run.org.units[root]?.leadId : null;
  const pool = scope.filter((id) => id !== rootLead);
  const cut = Math.round(pool.length * e.share);
  let order: PersonId[];
  if (e.rule === 'recent-hires') order = [...pool].sort((a, b) => run.org.people[b]!.hireDate.localeCompare(run.org.people[a]!.hireDate));
  else if (e.rule === 'lowest-rating') order = [...pool].sort((a, b) => (run.org.people[a]!.rating ?? 3) - (run.org.people[b]!.rating ?? 3));
  else order = shuffle(run.rng(`downsize:${e.id}`), pool);
  run.log('downsizing', `Downsizing: ${cut} of ${pool.length} people leave (${Math.round(e.share * 100)}%, ${e.rule.replace('-', ' ')}).`);
  leaveAll(run, order.slice(0, cut).map((id) => ({ id, kind: 'downsizing', why: 'downsizing' })));
}

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function peopleIn(org: Org, target: Target): PersonId[] {
  const index = buildTreeIndex(org);
  const units = target.kind === 'spread' ? (Object.keys(org.units) as UnitId[]) : target.unitIds.flatMap((id) => (org.units[id] ? subtreeUnitIds(index, id) : []));
  return [
    ...new Set(
      units.flatMap((id) => {
        const u = org.units[id]!;
        return u.leadId ? [u.leadId, ...u.memberIds] : [...u.memberIds];
      }),
    ),
  ];
}

// ── Hires ───────────────────────────────────────────────────────────────────

/**
 * One month's hires, gathered and then added in one edit: teams for each target are worked out once, and each
 * hire's team is drawn by weight (team size + 1) with the sizes kept up to date as hires land.
 */
class Hiring {
  private readonly index: TreeIndex;
  private readonly teams = new Map<string, UnitId[]>();
  private readonly size = new Map<UnitId, number>();
  readonly joining: { person: Person; unitId: UnitId }[] = [];

  constructor(private readonly run: Run) {
    this.index = buildTreeIndex(run.org);
  }

  isTeam(id: UnitId): boolean {
    return !!this.run.org.units[id] && childrenOf(this.index, id).length === 0;
  }

  private teamsOf(target: Target): UnitId[] {
    const key = target.kind === 'spread' ? '*' : target.unitIds.join(',');
    let teams = this.teams.get(key);
    if (!teams) {
      const org = this.run.org;
      const scope = target.kind === 'spread' ? (Object.keys(org.units) as UnitId[]) : target.unitIds.flatMap((id) => (org.units[id] ? subtreeUnitIds(this.index, id) : []));
      this.teams.set(key, (teams = scope.filter((id) => childrenOf(this.index, id).length === 0)));
    }
    return teams;
  }

  private sizeOf(id: UnitId): number {
    return this.size.get(id) ?? this.run.org.units[id]!.memberIds.length;
  }

  hire(target: Target, why: string, purpose: string): void {
    const run = this.run;
    const rng = run.rng(purpose);
    const teams = this.teamsOf(target);
    if (teams.length === 0) return;
    // Spread by weight: bigger teams get more of the hires, every team some chance.
    let total = 0;
    for (const id of teams) total += this.sizeOf(id) + 1;
    let r = rng.next() * total;
    let team = teams[teams.length - 1]!;
    for (const id of teams) {
      r -= this.sizeOf(id) + 1;
      if (r < 0) {
        team = id;
        break;
      }
    }
    const person = newHire(run, rng, { title: 'Software Engineer', level: rng.int(3, 5), isLead: false, tag: `hired in month ${run.month}` });
    this.joining.push({ person, unitId: team });
    this.size.set(team, this.sizeOf(team) + 1);
    run.hires++;
    run.log(purpose === 'backfill' ? 'backfill' : 'hire', `${person.name} joined ${run.unitName(team)} (${why}).`, [team], [person.id]);
  }

  flush(): void {
    const added = addMembers(this.run.org, this.joining);
    if (added.ok) this.run.org = added.value;
  }
}

function hires(run: Run, all: readonly ScenarioEvent[], due: readonly ScenarioEvent[]): void {
  const hiring = new Hiring(run);
  backfill(run, hiring);
  for (const e of all) {
    if (e.kind === 'growth' && run.month >= e.fromMonth && run.month <= e.toMonth) hireWithCarry(run, hiring, e.id, e.perMonth, e.target, 'growth');
    if (e.kind === 'funding' && run.month >= e.month && run.month < e.month + e.rampMonths) {
      const total = fundingHires(e);
      if (run.month === e.month) run.log('funding', `Funding round: ${total} engineering hires over ${e.rampMonths} ${e.rampMonths === 1 ? 'month' : 'months'}.`);
      hireWithCarry(run, hiring, e.id, total / e.rampMonths, e.target, 'funding round');
    }
  }
  hiring.flush();
  for (const e of due) if (e.kind === 'acquisition') acquire(run, e);
}

/** Backfills whose time has come join their team; a team that is gone sends its backfill to the teams by weight. */
function backfill(run: Run, hiring: Hiring): void {
  const now = run.backfills.filter((b) => b.due <= run.month);
  if (now.length === 0) return;
  run.backfills = run.backfills.filter((b) => b.due > run.month);
  for (const b of now) hiring.hire(hiring.isTeam(b.unitId) ? { kind: 'units', unitIds: [b.unitId] } : { kind: 'spread' }, `backfill for ${b.replaces}`, 'backfill');
}

function hireWithCarry(run: Run, hiring: Hiring, key: string, rate: number, target: Target, why: string): void {
  const carry = (run.growthCarry.get(key) ?? 0) + rate;
  const count = Math.floor(carry + 1e-9);
  run.growthCarry.set(key, carry - count);
  for (let i = 0; i < count; i++) hiring.hire(target, why, `hires:${key}`);
}

/** A new person with signals and aspiration drawn from the policy's priors (DOMAIN.md "New hires"). */
function newHire(run: Run, rng: Rng, fields: { title: string; level: number; managerSince?: string; isLead: boolean; tag: string }): Person {
  return {
    id: run.newPersonId(),
    name: run.hireName(rng),
    title: fields.title,
    level: fields.level,
    hireDate: run.org.asOf,
    ...(fields.managerSince ? { managerSince: fields.managerSince } : {}),
    aspiration: drawAspiration(rng, run.policy, fields.isLead),
    rating: rng.int(2, 5),
    signals: drawSignals(rng, UNKNOWN_SIGNALS, run.policy.priorSignalMet),
    tags: [fields.tag],
  };
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function acquire(run: Run, scheduled: Extract<ScenarioEvent, { kind: 'acquisition' }>): void {
  // The unit it was to join may have gone since (merged or removed): then it joins at the top.
  const root = buildTreeIndex(run.org).roots[0];
  const under = run.org.units[scheduled.underUnitId] ? scheduled.underUnitId : root;
  if (under === undefined) return run.log('acquisition', 'Acquisition skipped: the org has no units to attach it to.');
  const e = { ...scheduled, underUnitId: under };
  const rng = run.rng(`acquisition:${e.id}`);
  const raw = e.source.kind === 'generated' ? generateOrg(run, rng, e.source.size) : e.source.org;
  const source = resolveUnknowns(run, raw);
  // Fresh ids so the acquired org can't collide with ours.
  const personMap = new Map<string, PersonId>();
  const unitMap = new Map<string, UnitId>();
  const people: Record<PersonId, Person> = copyRecord(run.org.people);
  const units: Record<UnitId, Unit> = copyRecord(run.org.units);
  const takenU = new Set<string>(Object.keys(units));
  const fresh = (prefix: string, taken: Set<string>): string => {
    const id = newId(prefix, taken);
    taken.add(id);
    return id;
  };
  for (const p of Object.values(source.people)) {
    const id = run.newPersonId();
    personMap.set(p.id, id);
    people[id] = { ...p, id, dottedLineManagerIds: undefined, tags: [...p.tags, `acquired in month ${run.month}`] };
    run.acquiredAt.set(id, run.month);
  }
  const index = buildTreeIndex(source);
  const sourceRoots = new Set(index.roots);
  const ours = Object.values(run.org.units);
  const notes: { text: string; unitIds: UnitId[]; personIds: PersonId[] }[] = [];
  const stays: PersonId[] = [];
  // Integrated: units with the same name or function as one of ours merge into it; the acquirer's lead keeps the
  // merged unit, and the other lead stays as a candidate for the next role (if they want one) or leaves.
  const mergedInto = new Map<string, UnitId>();
  const otherLead = (leadId: PersonId | null, into: string, role: string): void => {
    if (!leadId) return;
    const id = personMap.get(leadId)!;
    const p = people[id]!;
    if (p.aspiration === 'mom' || p.aspiration === 'manager') {
      stays.push(id);
      notes.push({ text: `${p.name}, who led the acquired ${role}, stays in ${into} as a candidate for the next ${role === 'org' ? 'MoM role' : 'role'}.`, unitIds: [], personIds: [id] });
    } else {
      delete people[id];
      notes.push({ text: `${p.name}, who led the acquired ${role}, leaves: ${into} keeps its lead.`, unitIds: [], personIds: [id] });
    }
  };
  for (const u of Object.values(source.units)) {
    if (e.mode !== 'integrate') continue;
    if (sourceRoots.has(u.id)) {
      mergedInto.set(u.id, e.underUnitId);
      otherLead(u.leadId, units[e.underUnitId]!.name, 'org');
      continue;
    }
    const match = ours.find((o) => sameName(o.name, u.name) || (!!u.function?.trim() && !!o.function?.trim() && sameName(o.function, u.function)));
    if (match) {
      mergedInto.set(u.id, match.id);
      otherLead(u.leadId, match.name, (index.children.get(u.id)?.length ?? 0) > 0 ? 'group' : 'team');
      notes.push({ text: `${u.name} (acquired) merged into ${match.name}.`, unitIds: [match.id], personIds: [] });
    }
  }
  for (const u of Object.values(source.units)) if (!mergedInto.has(u.id)) unitMap.set(u.id, unitId(fresh('u', takenU)));
  const target = (id: string): UnitId => mergedInto.get(id) ?? unitMap.get(id)!;
  let attached = 0;
  for (const u of Object.values(source.units)) {
    const members = u.memberIds.map((m) => personMap.get(m)!).filter((m) => people[m]);
    const into = mergedInto.get(u.id);
    if (into) {
      const keep = units[into]!;
      const extra = [...members, ...(u.leadId && stays.includes(personMap.get(u.leadId)!) ? [personMap.get(u.leadId)!] : [])];
      units[into] = { ...keep, memberIds: [...keep.memberIds, ...extra] };
      continue;
    }
    const id = unitMap.get(u.id)!;
    const parentId = u.parentId === null || !source.units[u.parentId] ? e.underUnitId : target(u.parentId);
    const leadId = u.leadId ? personMap.get(u.leadId)! : null;
    units[id] = { id, name: u.name, leadId, memberIds: members, parentId, ...(u.function ? { function: u.function } : {}), ...(leadId ? {} : { vacantSince: run.org.asOf }) };
    attached++;
  }
  const joined = Object.keys(people).length - Object.keys(run.org.people).length;
  run.org = { ...run.org, people, units };
  run.hires += joined;
  run.log('acquisition', `Acquisition: ${plural(joined, 'person joins', 'people join')} under ${run.unitName(e.underUnitId)} (${e.mode === 'division' ? 'kept as a division' : `integrated: ${plural(mergedInto.size, 'unit')} merged, ${attached} attached`}).`, [e.underUnitId]);
  for (const n of notes) run.log('acquisition', n.text, n.unitIds, n.personIds);
  const heights = unitHeights(run.org, buildTreeIndex(run.org));
  for (const id of unitMap.values()) {
    const unit = run.org.units[id];
    if (unit && unit.leadId === null) recordEmergent(run, id, 'merger', roleForHeight(heights.get(id) ?? 0), childrenNames(run, id));
  }
}

/** A small company of about `size` people: a head, teams of about seven with their EMs; signals unknown, as an HR export. */
function generateOrg(run: Run, rng: Rng, size: number): Org {
  const people: Record<PersonId, Person> = {};
  const units: Record<UnitId, Unit> = {};
  const make = (title: string, level: number, managerSince?: string): PersonId => {
    const id = personId(`a${Object.keys(people).length + 1}`);
    people[id] = { id, name: run.hireName(rng), title, level, hireDate: addMonths(run.org.asOf, -rng.int(6, 60)), ...(managerSince ? { managerSince } : {}), aspiration: 'unknown', rating: rng.int(2, 5), signals: UNKNOWN_SIGNALS, tags: [] };
    return id;
  };
  const head = make('Head of Engineering', 8, addMonths(run.org.asOf, -48));
  units[unitId('r')] = { id: unitId('r'), name: 'Acquired Engineering', leadId: head, memberIds: [], parentId: null };
  let left = size - 1;
  let n = 0;
  while (left > 0) {
    n++;
    const teamSize = Math.min(left, 7);
    const lead = teamSize >= 3 ? make('Engineering Manager', 6, addMonths(run.org.asOf, -rng.int(6, 48))) : null;
    const members = Array.from({ length: teamSize - (lead ? 1 : 0) }, () => make('Software Engineer', rng.int(3, 6)));
    units[unitId(`t${n}`)] = { id: unitId(`t${n}`), name: `Acquired Team ${n}`, leadId: lead, memberIds: members, parentId: unitId('r') };
    left -= teamSize;
  }
  return { asOf: run.org.asOf, people, units };
}

function reorg(run: Run, e: Extract<ScenarioEvent, { kind: 'reorg' }>): void {
  const moved = moveUnit(run.org, e.unitId, e.newParentId);
  if (!moved.ok) return run.log('reorg', `Reorg skipped: ${moved.error.message}`, [e.unitId]);
  run.org = moved.value;
  run.log('reorg', `Reorg: ${run.unitName(e.unitId)} now reports to ${run.unitName(e.newParentId)}.`, [e.unitId, e.newParentId]);
}

// ── Structure ───────────────────────────────────────────────────────────────

function childrenNames(run: Run, id: UnitId): string[] {
  return childrenOf(buildTreeIndex(run.org), id).map((c) => run.unitName(c));
}

/** A new record for a role that emerged; it becomes the unit's open record, the one its next fill completes. */
/** How many candidates a new record lists: three, or in `summary` detail none (only the first with `firstInLine`). */
function listed(run: Run): number {
  return !run.summary ? 3 : run.firstInLine ? 1 : 0;
}

function recordEmergent(run: Run, id: UnitId, rule: EmergentRecord['rule'], role: RoleTitle, above: readonly string[], candidates: EmergentRecord['candidates'] = [], sourceUnitId?: UnitId): void {
  run.openRecord.set(id, run.records.length);
  run.records.push({ id: `${run.month}:${id}:${run.records.length + 1}`, month: run.month, unitId: id, ...(sourceUnitId ? { sourceUnitId } : {}), unit: run.unitName(id), above, rule, role, filled: null, candidates });
}

/**
 * Rule 5 in downsizing months, then rules 1 and 2 to a fixed point (the same function the forecast shows);
 * rule 6 only flags. Every step is logged and every new role gets a record.
 */
function structure(run: Run, downsized: boolean): void {
  if (downsized) shrink(run);
  const before = run.org;
  const { org, steps } = applyStructuralRules(run.org, run.policy);
  if (steps.length === 0) return;
  run.org = org;
  const index = buildTreeIndex(org);
  const heights = unitHeights(org, index);
  let pools: CandidatePools | null = null;
  const top = (spec: RoleSpec): EmergentRecord['candidates'] => {
    const limit = listed(run);
    if (limit === 0) return [];
    pools ??= candidatePools(before, run.policy);
    return pools.rank(spec, limit).candidates.map((c) => ({ personId: c.personId, name: c.name, band: c.band }));
  };
  for (const step of steps) logStep(run, before, index, heights, step, top);
}

function logStep(run: Run, before: Org, index: TreeIndex, heights: ReadonlyMap<UnitId, number>, step: StructuralStep, top: (spec: RoleSpec) => EmergentRecord['candidates']): void {
  const names = (ids: readonly UnitId[]) => ids.map((id) => run.unitName(id));
  const list = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
  if (step.kind === 'team-split') {
    const parts = step.parts.map((p) => p.unitId);
    run.log('team-split', `${step.teamName} (${step.ics} ICs) split into ${list(names(parts))}.`, parts);
    const near = before.units[step.teamId] ? step.teamId : null;
    const candidates = top({ kind: 'em', nearUnitId: near });
    for (const p of step.parts.slice(1)) recordEmergent(run, p.unitId, 'team-split', 'EM', [], candidates, step.teamId);
    if (step.groupAbove) {
      const g = step.groupAbove.unitId;
      const role = roleForHeight(heights.get(g) ?? 1);
      run.log('mom-emerged', `${role} node emerged above ${list(names(parts))} (${run.unitName(g)}, a new top: the team at the top of the org split).`, [g]);
      recordEmergent(run, g, 'team-split', role, names(childrenOf(index, g)), top({ kind: 'mom', nearUnitId: near, height: heights.get(g) ?? 1 }), step.teamId);
    }
    return;
  }
  const made = step.mode === 'sideways' ? step.parts.slice(1) : step.parts;
  for (const part of made) {
    const role = roleForHeight(heights.get(part.unitId) ?? 1);
    const children = names(childrenOf(index, part.unitId));
    const where = step.mode === 'sideways' ? `beside ${run.unitName(step.unitId)}, under ${step.parentId ? run.unitName(step.parentId) : 'the top'}` : `a new layer under ${run.unitName(step.unitId)}`;
    run.log('mom-emerged', `${role} node emerged above ${list(children.length > 6 ? [...children.slice(0, 6), `${children.length - 6} more`] : children)} (${run.unitName(part.unitId)}, ${where}; ${step.unitName} led ${step.managed} units).`, [part.unitId, step.unitId]);
    const nearId = step.mode === 'sideways' ? step.parentId : step.unitId;
    const near = nearId && before.units[nearId] ? nearId : before.units[step.unitId] ? step.unitId : null;
    recordEmergent(run, part.unitId, 'span', role, children, top({ kind: 'mom', nearUnitId: near, height: heights.get(part.unitId) ?? 1 }), step.unitId);
  }
}

/** Rule 5: teams under the minimum merge into a sibling; a group left with fewer than two units collapses. */
function shrink(run: Run): void {
  for (let guard = 0; guard < 10_000; guard++) {
    const index = buildTreeIndex(run.org);
    const small = Object.values(run.org.units).find((u) => childrenOf(index, u.id).length === 0 && u.parentId !== null && u.memberIds.length < run.policy.minTeamSize && childrenOf(index, u.parentId).some((s) => s !== u.id && childrenOf(index, s).length === 0));
    if (small) {
      const sibling = childrenOf(index, small.parentId!)
        .filter((s) => s !== small.id && childrenOf(index, s).length === 0)
        .sort((a, b) => run.org.units[a]!.memberIds.length - run.org.units[b]!.memberIds.length)[0]!;
      const merged = mergeUnits(run.org, sibling, small.id);
      if (!merged.ok) return;
      run.log('team-merged', `${small.name} (${plural(small.memberIds.length, 'IC')}, under the minimum of ${run.policy.minTeamSize}) merged into ${run.unitName(sibling)}.`, [sibling]);
      run.org = merged.value;
      continue;
    }
    const thin = Object.values(run.org.units).find((u) => u.parentId !== null && childrenOf(index, u.id).length === 1);
    if (!thin) return;
    const removed = removeUnit(run.org, thin.id, 'to-parent');
    if (!removed.ok) return;
    run.log('layer-removed', `Layer removed: ${thin.name} had one unit left below it; it now reports to ${run.unitName(thin.parentId!)} directly.`, [thin.parentId!]);
    run.org = removed.value;
  }
}

// ── Vacancies ───────────────────────────────────────────────────────────────

function fillVacancies(run: Run): void {
  revertFailedPromotions(run);
  const rng = run.rng('fill');
  const names = run.rng('names');
  const index = buildTreeIndex(run.org);
  const heights = unitHeights(run.org, index);
  // Candidate pools are built once per month; people promoted this month are out of them for the rest of it.
  const pools = candidatePools(run.org, run.policy, index, heights, { readyNowOnly: true });
  const promotedNow = new Set<PersonId>();
  // This month's fills edit fresh copies of the people and units records in place (earlier months' orgs keep
  // theirs): one copy a month instead of one per promotion, which is quadratic in a big org.
  const units: Record<UnitId, Unit> = copyRecord(run.org.units);
  const people: Record<PersonId, Person> = copyRecord(run.org.people);
  run.org = { ...run.org, units, people };
  const asOf = run.org.asOf;
  const queue: UnitId[] = Object.values(run.org.units).flatMap((u) => (u.leadId === null ? [u.id] : []));
  const tried = new Set<UnitId>();
  for (let q = 0; q < queue.length; q++) {
    const vacant = run.org.units[queue[q]!];
    if (!vacant || vacant.leadId !== null || tried.has(vacant.id)) continue;
    tried.add(vacant.id);
    const height = heights.get(vacant.id) ?? 0;
    const role = roleForHeight(height);
    const coolingOff = [...run.coolOff].filter(([key, until]) => until >= run.month && key.endsWith(`:${vacant.id}`)).map(([key]) => personId(key.slice(0, key.length - vacant.id.length - 1)));
    // The same nearness as the forecast: a MoM role's candidates are near anywhere under its parent.
    const spec = height === 0 ? ({ kind: 'em', nearUnitId: vacant.id } as const) : ({ kind: 'mom', nearUnitId: nearUnitFor(run.org, vacant.id), height } as const);
    const [top] = pools.rank({ ...spec, excludePersonIds: [...coolingOff, ...promotedNow] }, 1).candidates;
    const best = top?.band === 'ready-now' ? top : undefined;
    // The internal preference is drawn once per opening, not every month: drawn monthly, any preference above
    // ~0.3 would fill nearly every role from inside whenever someone is ready (1 - 0.2^4 at 0.8 over a 4-month
    // search), which no source reports. Clear career tracks raise it (DOMAIN.md "Filling vacancies").
    let inside = run.looksInside.get(vacant.id);
    if (inside === undefined) {
      const preference = Math.min(0.95, run.policy.internalPreference + (run.policy.clearCareerTracks ? 0.1 : 0));
      run.looksInside.set(vacant.id, (inside = rng.next() < preference));
    }
    const person = people[best?.personId ?? ('' as PersonId)];
    if (best && inside && person) {
      const from = index.placement.get(best.personId) ?? null;
      // The promotion (as `promoteCandidate` does it): they leave their old place, which opens in turn (the
      // cascade), take the role and its title, and become a manager today if they weren't one.
      let left: UnitId | null = null;
      if (from) {
        const old = units[from.unitId]!;
        if (from.role === 'lead') {
          units[old.id] = { ...old, leadId: null, vacantSince: asOf };
          left = old.id;
        } else units[old.id] = { ...old, memberIds: old.memberIds.filter((m) => m !== best.personId) };
      }
      const { vacantSince: _filled, ...filled } = units[vacant.id]!;
      units[vacant.id] = { ...filled, leadId: best.personId };
      // Someone who reached the role they wanted next wants… what the prior says (a new EM may aim for MoM).
      const nextWant: Aspiration = from?.role === 'member' && person.aspiration === 'manager' ? (run.rng(`develop:${person.id}`).chance(run.policy.priorWantsMom) ? 'mom' : 'manager') : person.aspiration;
      people[person.id] = { ...person, title: titleForRole(role), aspiration: nextWant, ...(person.managerSince ? {} : { managerSince: asOf }) };
      promotedNow.add(best.personId);
      if (from?.role === 'member' && run.policy.backfillLeavers) run.backfills.push({ unitId: from.unitId, due: run.month + Math.max(0, Math.round(run.policy.timeToFillMonths.ic)), replaces: best.name });
      run.promotions.push({ personId: best.personId, unitId: vacant.id, role, from, month: run.month });
      if (role !== 'EM') {
        run.momInternal++;
        run.momInternalTotal++;
      }
      run.log('promotion', `${best.name} promoted to ${role} of ${vacant.name} (internal)${left ? `; ${run.unitName(left)} is now vacant` : ''}.`, left ? [vacant.id, left] : [vacant.id], [best.personId], role);
      markFilled(run, vacant.id, best.name, 'internal');
      // The cascade: the role they left is tried this month too. (The index stays as it was: only people
      // promoted this month have moved, and they are out of the pools.)
      if (left) queue.push(left);
      continue;
    }
    const open = vacant.vacantSince ? monthsBetween(vacant.vacantSince, run.org.asOf) : timeToFill(run.policy, role);
    if (open >= timeToFill(run.policy, role)) {
      const title = role === 'EM' ? 'Engineering Manager' : role === 'VP' ? 'VP Engineering' : `${role} of Engineering`;
      const hire = newHire(run, names, { title, level: role === 'EM' ? 6 : role === 'VP' ? 9 : 8, managerSince: addMonths(run.org.asOf, -36), isLead: true, tag: `external hire, month ${run.month}` });
      people[hire.id] = hire;
      const { vacantSince: _filled, ...filled } = units[vacant.id]!;
      units[vacant.id] = { ...filled, leadId: hire.id };
      if (role !== 'EM') {
        run.momExternal++;
        run.momExternalTotal++;
      }
      run.hires++;
      run.log('external-hire', `External hire: ${hire.name} joins as ${role} of ${vacant.name} after ${open} ${open === 1 ? 'month' : 'months'} open.`, [vacant.id], [hire.id], role);
      markFilled(run, vacant.id, hire.name, 'external');
    }
  }
  // A new units table once the records are done changing: nothing derived from the half-edited one (tree
  // indexes are remembered per units table) can be mistaken for this month's.
  run.org = { ...run.org, units: copyRecord(run.org.units) };
}

function markFilled(run: Run, id: UnitId, by: string, how: 'internal' | 'external'): void {
  run.looksInside.delete(id);
  const i = run.openRecord.get(id);
  if (i === undefined) return;
  const record = run.records[i]!;
  if (record.filled === null) run.records[i] = { ...record, unit: run.unitName(id), filled: { by, how, month: run.month } };
}

/**
 * The 90-day plan: three months after a promotion it sometimes doesn't work out; the person returns amicably to
 * their old role (when it is still there to return to) and is not offered this role again for the cool-off.
 */
function revertFailedPromotions(run: Run): void {
  const rng = run.rng('revert');
  for (const p of run.promotions.filter((x) => run.month - x.month === 3)) {
    const fails = rng.next() < run.policy.promotionRevertChance;
    if (!fails) continue;
    const unit = run.org.units[p.unitId];
    if (!unit || unit.leadId !== p.personId || !p.from || !run.org.units[p.from.unitId]) continue;
    const back = run.org.units[p.from.unitId]!;
    if (p.from.role === 'lead' && back.leadId !== null) continue;
    const moved = assignPerson(run.org, p.personId, { unitId: back.id, role: p.from.role });
    if (!moved.ok) continue;
    run.org = { ...moved.value, units: { ...moved.value.units, [unit.id]: { ...moved.value.units[unit.id]!, vacantSince: run.org.asOf } } };
    run.coolOff.set(`${p.personId}:${unit.id}`, run.month + run.policy.revertCoolOffMonths);
    run.log('promotion-reverted', `${run.personName(p.personId)}'s 90-day plan as lead of ${unit.name} didn't work out; they return amicably to ${back.name} and ${unit.name} is vacant again (not offered to them again for ${plural(run.policy.revertCoolOffMonths, 'month')}).`, [unit.id, back.id], [p.personId], p.role);
    recordEmergent(run, unit.id, 'departure', p.role, childrenNames(run, unit.id));
  }
}

// ── Time ────────────────────────────────────────────────────────────────────

/**
 * The month's end: people grow (DOMAIN.md "Development"), each from their own stream: every EM ships something
 * notable now and then; each unmet signal of an EM with a year or more as EM can become met; a senior IC starts
 * mentoring; ICs move up a level now and then.
 */
function advance(run: Run): void {
  const asOf = run.org.asOf;
  const p = run.policy;
  const led = leads(run.org);
  const people: Record<PersonId, Person> = copyRecord(run.org.people);
  for (const person of Object.values(run.org.people)) {
    const rng = run.rng(`develop:${person.id}`);
    let next = person;
    if (led.has(person.id)) {
      const s = person.signals;
      const patch: Record<string, number | boolean | null> = {};
      if (rng.chance(1 / p.monthsPerLaunch)) patch.launches = (s.launches ?? 0) + 1;
      const seasoned = person.managerSince !== undefined && monthsBetween(person.managerSince, asOf) >= 12;
      for (const key of BOOLEAN_SIGNALS) {
        if (key === 'mentorsOthers') continue;
        const draw = rng.next();
        if (seasoned && s[key] !== true && draw < 1 / p.monthsPerSignal) patch[key] = true;
      }
      if (Object.keys(patch).length > 0) next = { ...person, signals: { ...s, ...patch } as Signals };
    } else {
      const mentor = rng.next();
      const up = rng.next();
      let signals = person.signals;
      let level = person.level;
      if (person.level >= p.seniorIcLevel && person.signals.mentorsOthers !== true && mentor < 1 / p.monthsToStartMentoring) signals = { ...signals, mentorsOthers: true };
      if (person.level < p.icLevelCap && up < 1 / p.monthsPerIcLevel) level = person.level + 1;
      if (signals !== person.signals || level !== person.level) next = { ...person, signals, level };
    }
    if (next !== person) people[person.id] = next;
  }
  run.org = { ...run.org, people };
}
