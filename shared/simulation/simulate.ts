/**
 * The monthly simulation (DOMAIN.md "The simulation"), a pure function of (scenario, seed): departures,
 * hires, structural rules 1, 2, 5 and 6, vacancy filling (internal or external, the 90-day plan, cascades),
 * then tenure and signals advance. Every change is recorded as an event a person can read.
 */
import type { FileProblem } from '../ipc';
import { addMonths, monthsBetween } from '../model/dates';
import { addPerson, assignPerson, mergeUnits, moveUnit, newId, removePerson, removeUnit, updatePerson } from '../model/edits';
import { orgMetrics } from '../model/metrics';
import { err, ok, type Result } from '../model/result';
import { buildTreeIndex, childrenOf, subtreeUnitIds } from '../model/tree';
import { NO_SIGNALS, personId, unitId, type Org, type Person, type PersonId, type Policy, type Scenario, type ScenarioEvent, type Target, type Unit, type UnitId } from '../model/types';
import { nearUnitFor, rankCandidates, unitHeights } from '../forecast/candidates';
import { forecastEmergence, materializeEmergent, promoteCandidate, roleForHeight, type Emergent, type RoleTitle } from '../forecast/forecast';
import type { Band } from '../forecast/readiness';
import { hireName } from './names';
import { createRng, type Rng } from './rng';
import { fundingHires, validateEvents } from './validate';

export type SimEventKind =
  | 'attrition'
  | 'departure'
  | 'hire'
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
}

/** A manager-of-managers (or EM) role that appeared during the run, and how it was filled. */
export interface EmergentRecord {
  readonly month: number;
  readonly unitId: UnitId;
  readonly unit: string;
  readonly above: readonly string[];
  readonly rule: 'team-split' | 'span' | 'departure' | 'merger';
  readonly role: RoleTitle;
  readonly filled: { readonly by: string; readonly how: 'internal' | 'external'; readonly month: number } | null;
  readonly candidates: readonly { readonly name: string; readonly band: Band }[];
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
  /** Internal fills / all fills so far; null before the first fill. */
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
}

/** How many months a role of this kind takes to fill externally. */
export function timeToFill(policy: Policy, role: RoleTitle): number {
  return role === 'EM' ? policy.timeToFillMonths.em : role === 'VP' ? policy.timeToFillMonths.vp : policy.timeToFillMonths.mom;
}

interface Promotion {
  readonly personId: PersonId;
  readonly unitId: UnitId;
  readonly from: { readonly unitId: UnitId; readonly role: 'lead' | 'member' } | null;
  readonly month: number;
}

/** Mutable bookkeeping of one run; the orgs themselves are never mutated. */
class Run {
  org: Org;
  month = 0;
  readonly events: SimEvent[] = [];
  readonly emergent = new Map<UnitId, EmergentRecord>();
  readonly promotions: Promotion[] = [];
  readonly acquiredAt = new Map<PersonId, number>();
  internal = 0;
  external = 0;
  hires = 0;
  departures = 0;
  growthCarry = new Map<string, number>();

  constructor(
    org: Org,
    readonly policy: Policy,
    readonly rng: Rng,
  ) {
    this.org = org;
  }

  log(kind: SimEventKind, text: string, unitIds: readonly UnitId[] = [], personIds: readonly PersonId[] = []): void {
    this.events.push({ month: this.month, kind, text, unitIds, personIds });
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
  const run = new Run(scenario.org, scenario.policy, createRng(seed));
  const orgs: Org[] = [scenario.org];
  const metrics: MonthMetrics[] = [measure(run)];
  for (let m = 1; m <= months; m++) {
    run.month = m;
    run.hires = 0;
    run.departures = 0;
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
  return ok({ months, seed, orgs, metrics, events: run.events, emergent: [...run.emergent.values()].sort((a, b) => a.month - b.month) });
}

const startsIn = (e: ScenarioEvent, m: number): boolean => (e.kind === 'growth' ? false : e.month === m);

function measure(run: Run): MonthMetrics {
  const m = orgMetrics(run.org);
  const fills = run.internal + run.external;
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
    internalFillRate: fills === 0 ? null : run.internal / fills,
    benchStrength: forecastEmergence(run.org, run.policy).benchStrength,
  };
}

// ── Departures ──────────────────────────────────────────────────────────────

function leave(run: Run, id: PersonId, kind: 'attrition' | 'departure' | 'downsizing', why: string): void {
  const led = Object.values(run.org.units).find((u) => u.leadId === id);
  const name = run.personName(id);
  const result = removePerson(run.org, id);
  if (!result.ok) return;
  run.org = result.value;
  run.departures++;
  run.log(kind, `${name} left (${why})${led ? `; ${led.name} is now vacant` : ''}.`, led ? [led.id] : [], [id]);
  if (led) {
    const height = unitHeights(run.org, buildTreeIndex(run.org)).get(led.id) ?? 0;
    if (height >= 1) recordEmergent(run, led.id, 'departure', roleForHeight(height), childrenNames(run, led.id));
  }
}

function departures(run: Run, due: readonly ScenarioEvent[]): void {
  const monthly = 1 - Math.pow(1 - run.policy.annualAttrition, 1 / 12);
  const root = buildTreeIndex(run.org).roots[0];
  const rootLead = root ? run.org.units[root]?.leadId : null;
  for (const id of Object.keys(run.org.people) as PersonId[]) {
    const acquired = run.acquiredAt.get(id);
    const p = acquired !== undefined && run.month - acquired <= 12 ? Math.min(1, monthly * run.policy.acquiredAttritionMultiplier) : monthly;
    if (id !== rootLead && run.rng.chance(p)) leave(run, id, 'attrition', 'attrition');
  }
  for (const e of due) {
    if (e.kind === 'departure' && run.org.people[e.personId]) leave(run, e.personId, 'departure', 'scheduled departure');
    if (e.kind === 'downsizing') downsize(run, e);
  }
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
  else order = shuffle(run.rng, pool);
  run.log('downsizing', `Downsizing: ${cut} of ${pool.length} people leave (${Math.round(e.share * 100)}%, ${e.rule.replace('-', ' ')}).`);
  for (const id of order.slice(0, cut)) leave(run, id, 'downsizing', 'downsizing');
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
  const units = target.kind === 'spread' ? Object.keys(org.units) as UnitId[] : target.unitIds.flatMap((id) => (org.units[id] ? subtreeUnitIds(index, id) : []));
  return [...new Set(units.flatMap((id) => { const u = org.units[id]!; return u.leadId ? [u.leadId, ...u.memberIds] : [...u.memberIds]; }))];
}

// ── Hires ───────────────────────────────────────────────────────────────────

function hires(run: Run, all: readonly ScenarioEvent[], due: readonly ScenarioEvent[]): void {
  for (const e of all) {
    if (e.kind === 'growth' && run.month >= e.fromMonth && run.month <= e.toMonth) hireWithCarry(run, e.id, e.perMonth, e.target, 'growth');
    if (e.kind === 'funding' && run.month >= e.month && run.month < e.month + e.rampMonths) {
      const total = fundingHires(e);
      if (run.month === e.month) run.log('funding', `Funding round: ${total} engineering hires over ${e.rampMonths} ${e.rampMonths === 1 ? 'month' : 'months'}.`);
      hireWithCarry(run, e.id, total / e.rampMonths, e.target, 'funding round');
    }
  }
  for (const e of due) if (e.kind === 'acquisition') acquire(run, e);
}

function hireWithCarry(run: Run, key: string, rate: number, target: Target, why: string): void {
  const carry = (run.growthCarry.get(key) ?? 0) + rate;
  const count = Math.floor(carry + 1e-9);
  run.growthCarry.set(key, carry - count);
  for (let i = 0; i < count; i++) hireOne(run, target, why);
}

function hireOne(run: Run, target: Target, why: string): void {
  const index = buildTreeIndex(run.org);
  const scope = target.kind === 'spread' ? (Object.keys(run.org.units) as UnitId[]) : target.unitIds.flatMap((id) => (run.org.units[id] ? subtreeUnitIds(index, id) : []));
  const teams = scope.filter((id) => childrenOf(index, id).length === 0);
  if (teams.length === 0) return;
  // Spread by weight: bigger teams get more of the hires, every team some chance.
  const weights = teams.map((id) => run.org.units[id]!.memberIds.length + 1);
  let r = run.rng.next() * weights.reduce((a, b) => a + b, 0);
  let team = teams[teams.length - 1]!;
  for (let i = 0; i < teams.length; i++) {
    r -= weights[i]!;
    if (r < 0) {
      team = teams[i]!;
      break;
    }
  }
  const id = personId(newId('p', Object.keys(run.org.people)));
  const person: Person = {
    id,
    name: hireName(run.rng),
    title: 'Software Engineer',
    level: run.rng.int(3, 5),
    hireDate: run.org.asOf,
    aspiration: run.rng.pick(['ic', 'ic', 'manager', 'unknown'] as const),
    rating: run.rng.int(2, 5),
    signals: NO_SIGNALS,
    tags: [`hired in month ${run.month}`],
  };
  const added = addPerson(run.org, person, { unitId: team, role: 'member' });
  if (!added.ok) return;
  run.org = added.value;
  run.hires++;
  run.log('hire', `${person.name} joined ${run.unitName(team)} (${why}).`, [team], [id]);
}

function acquire(run: Run, scheduled: Extract<ScenarioEvent, { kind: 'acquisition' }>): void {
  // The unit it was to join may have gone since (merged or removed): then it joins at the top.
  const root = buildTreeIndex(run.org).roots[0];
  const under = run.org.units[scheduled.underUnitId] ? scheduled.underUnitId : root;
  if (under === undefined) return run.log('acquisition', 'Acquisition skipped: the org has no units to attach it to.');
  const e = { ...scheduled, underUnitId: under };
  const source = e.source.kind === 'generated' ? generateOrg(run, e.source.size) : e.source.org;
  // Fresh ids so the acquired org can't collide with ours.
  const personMap = new Map<string, PersonId>();
  const unitMap = new Map<string, UnitId>();
  let people: Record<PersonId, Person> = { ...run.org.people };
  let units: Record<UnitId, Unit> = { ...run.org.units };
  for (const p of Object.values(source.people)) {
    const id = personId(newId('p', Object.keys(people)));
    personMap.set(p.id, id);
    people = { ...people, [id]: { ...p, id, dottedLineManagerIds: undefined, tags: [...p.tags, `acquired in month ${run.month}`] } };
    run.acquiredAt.set(id, run.month);
  }
  for (const u of Object.values(source.units)) unitMap.set(u.id, unitId(newId('u', [...Object.keys(units), ...unitMap.values()])));
  const index = buildTreeIndex(source);
  const sourceRoots = new Set(index.roots);
  let attached = 0;
  const dropped: PersonId[] = [];
  for (const u of Object.values(source.units)) {
    const id = unitMap.get(u.id)!;
    const isRoot = sourceRoots.has(u.id);
    if (e.mode === 'integrate' && isRoot) {
      // Integrated: the acquired org's top unit dissolves into ours; its leader is a duplicate lead and leaves.
      if (u.leadId) dropped.push(personMap.get(u.leadId)!);
      continue;
    }
    const parentId = u.parentId === null || (e.mode === 'integrate' && sourceRoots.has(u.parentId)) ? e.underUnitId : unitMap.get(u.parentId)!;
    units = { ...units, [id]: { id, name: u.name, leadId: u.leadId ? personMap.get(u.leadId)! : null, memberIds: u.memberIds.map((m) => personMap.get(m)!), parentId, ...(u.function ? { function: u.function } : {}), ...(u.leadId ? {} : { vacantSince: run.org.asOf }) } };
    attached++;
  }
  for (const id of dropped) delete people[id];
  run.org = { ...run.org, people, units };
  run.hires += Object.keys(source.people).length - dropped.length;
  run.log('acquisition', `Acquisition: ${Object.keys(source.people).length - dropped.length} people in ${attached} units join under ${run.unitName(e.underUnitId)} (${e.mode === 'division' ? 'kept as a division' : 'integrated'}).`, [e.underUnitId]);
  for (const id of unitMap.values()) {
    const unit = run.org.units[id];
    if (unit && unit.leadId === null) recordEmergent(run, id, 'merger', roleForHeight(unitHeights(run.org, buildTreeIndex(run.org)).get(id) ?? 0), childrenNames(run, id));
  }
}

/** A small company of about `size` people: a head, teams of about seven with their EMs. */
function generateOrg(run: Run, size: number): Org {
  const people: Record<PersonId, Person> = {};
  const units: Record<UnitId, Unit> = {};
  const make = (title: string, level: number, managerSince?: string): PersonId => {
    const id = personId(`a${Object.keys(people).length + 1}`);
    people[id] = { id, name: hireName(run.rng), title, level, hireDate: addMonths(run.org.asOf, -run.rng.int(6, 60)), ...(managerSince ? { managerSince } : {}), aspiration: run.rng.pick(['ic', 'manager', 'mom', 'unknown'] as const), rating: run.rng.int(2, 5), signals: { ...NO_SIGNALS, launches: managerSince ? run.rng.int(0, 3) : 0, strongReferences: run.rng.chance(0.4) }, tags: [] };
    return id;
  };
  const head = make('Head of Engineering', 8, addMonths(run.org.asOf, -48));
  units[unitId('r')] = { id: unitId('r'), name: 'Acquired Engineering', leadId: head, memberIds: [], parentId: null };
  let left = size - 1;
  let n = 0;
  while (left > 0) {
    n++;
    const teamSize = Math.min(left, 7);
    const lead = teamSize >= 3 ? make('Engineering Manager', 6, addMonths(run.org.asOf, -run.rng.int(6, 48))) : null;
    const members = Array.from({ length: teamSize - (lead ? 1 : 0) }, () => make('Software Engineer', run.rng.int(3, 6)));
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

function recordEmergent(run: Run, id: UnitId, rule: EmergentRecord['rule'], role: RoleTitle, above: readonly string[], candidates: EmergentRecord['candidates'] = []): void {
  run.emergent.set(id, { month: run.month, unitId: id, unit: run.unitName(id), above, rule, role, filled: null, candidates });
}

/**
 * Rules 1 and 2, and in downsizing months rule 5; rule 6 only flags. Each pass applies one forecast whole —
 * its team splits, then every MoM group of the same partition — and passes repeat until nothing emerges.
 */
function structure(run: Run, downsized: boolean): void {
  if (downsized) shrink(run);
  for (let pass = 0; pass < 20; pass++) {
    const forecast = forecastEmergence(run.org, run.policy);
    if (forecast.emergent.length === 0) return;
    const newHalf = new Map<UnitId, UnitId>();
    for (const next of forecast.emergent) {
      if (next.kind !== 'team-split') continue;
      const made = materializeEmergent(run.org, next);
      if (!made.ok) continue;
      const before = run.org.units[next.teamId]?.name ?? next.teamId;
      run.org = made.value.org;
      newHalf.set(next.teamId, made.value.unitId);
      run.log('team-split', `${before} split into ${run.unitName(next.teamId)} and ${run.unitName(made.value.unitId)}.`, [next.teamId, made.value.unitId]);
      recordEmergent(run, made.value.unitId, 'team-split', 'EM', [], topCandidates(next));
    }
    for (const next of forecast.emergent) {
      if (next.kind !== 'mom') continue;
      // The halves of teams that split this pass already exist: the group sits above them directly.
      const above = [...next.aboveUnitIds, ...next.splitTeamIds.flatMap((t) => (newHalf.has(t) ? [newHalf.get(t)!] : []))];
      const made = materializeEmergent(run.org, { ...next, aboveUnitIds: above, splitTeamIds: next.splitTeamIds.filter((t) => !newHalf.has(t)) });
      if (!made.ok) continue;
      run.org = made.value.org;
      const names = childrenNames(run, made.value.unitId);
      run.log('mom-emerged', `${next.role} node emerged above ${names.join(', ')} (${run.unitName(made.value.unitId)}, under ${run.unitName(next.parentUnitId)}).`, [made.value.unitId, next.parentUnitId]);
      recordEmergent(run, made.value.unitId, 'span', next.role, names, topCandidates(next));
    }
  }
}

const topCandidates = (e: Emergent): EmergentRecord['candidates'] => e.candidates.slice(0, 3).map((c) => ({ name: c.name, band: c.band }));

/** Rule 5: teams under the minimum merge into a sibling; a group left with fewer than two units collapses. */
function shrink(run: Run): void {
  for (let guard = 0; guard < 200; guard++) {
    const index = buildTreeIndex(run.org);
    const small = Object.values(run.org.units).find((u) => childrenOf(index, u.id).length === 0 && u.parentId !== null && u.memberIds.length < run.policy.minTeamSize && childrenOf(index, u.parentId).some((s) => s !== u.id && childrenOf(index, s).length === 0));
    if (small) {
      const sibling = childrenOf(index, small.parentId!).filter((s) => s !== small.id && childrenOf(index, s).length === 0).sort((a, b) => run.org.units[a]!.memberIds.length - run.org.units[b]!.memberIds.length)[0]!;
      const merged = mergeUnits(run.org, sibling, small.id);
      if (!merged.ok) return;
      run.log('team-merged', `${small.name} (${small.memberIds.length} ICs, under the minimum of ${run.policy.minTeamSize}) merged into ${run.unitName(sibling)}.`, [sibling]);
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
  const tried = new Set<UnitId>();
  for (let guard = 0; guard < 500; guard++) {
    const index = buildTreeIndex(run.org);
    const vacant = Object.values(run.org.units).find((u) => u.leadId === null && !tried.has(u.id));
    if (!vacant) return;
    tried.add(vacant.id);
    const height = unitHeights(run.org, index).get(vacant.id) ?? 0;
    const role = roleForHeight(height);
    // The same nearness as the forecast: a MoM role's candidates are near anywhere under its parent.
    const candidates = rankCandidates(run.org, run.policy, height === 0 ? { kind: 'em', nearUnitId: vacant.id } : { kind: 'mom', nearUnitId: nearUnitFor(run.org, vacant.id), height }, index);
    const best = candidates.find((c) => c.band === 'ready-now');
    const preference = Math.min(0.95, run.policy.internalPreference + (run.policy.clearCareerTracks ? 0.1 : 0));
    if (best && run.rng.chance(preference)) {
      const from = index.placement.get(best.personId) ?? null;
      const promoted = promoteCandidate(run.org, { unitId: vacant.id, personId: best.personId, role });
      if (!promoted.ok) continue;
      run.org = promoted.value.org;
      run.internal++;
      run.promotions.push({ personId: best.personId, unitId: vacant.id, from, month: run.month });
      const left = promoted.value.leftVacant;
      run.log('promotion', `${best.name} promoted to ${role} of ${vacant.name} (internal)${left ? `; ${run.unitName(left)} is now vacant` : ''}.`, left ? [vacant.id, left] : [vacant.id], [best.personId]);
      markFilled(run, vacant.id, best.name, 'internal');
      continue;
    }
    const open = vacant.vacantSince ? monthsBetween(vacant.vacantSince, run.org.asOf) : timeToFill(run.policy, role);
    if (open >= timeToFill(run.policy, role)) {
      const id = personId(newId('p', Object.keys(run.org.people)));
      const person: Person = { id, name: hireName(run.rng), title: role === 'EM' ? 'Engineering Manager' : role === 'VP' ? 'VP Engineering' : `${role} of Engineering`, level: role === 'EM' ? 6 : role === 'VP' ? 9 : 8, hireDate: run.org.asOf, managerSince: addMonths(run.org.asOf, -36), aspiration: 'unknown', signals: NO_SIGNALS, tags: [`external hire, month ${run.month}`] };
      const added = addPerson(run.org, person, { unitId: vacant.id, role: 'lead' });
      if (!added.ok) continue;
      run.org = added.value;
      run.external++;
      run.hires++;
      run.log('external-hire', `External hire: ${person.name} joins as ${role} of ${vacant.name} after ${open} ${open === 1 ? 'month' : 'months'} open.`, [vacant.id], [id]);
      markFilled(run, vacant.id, person.name, 'external');
    }
  }
}

function markFilled(run: Run, id: UnitId, by: string, how: 'internal' | 'external'): void {
  const record = run.emergent.get(id);
  if (record && record.filled === null) run.emergent.set(id, { ...record, unit: run.unitName(id), filled: { by, how, month: run.month } });
}

/** The 90-day plan: three months after a promotion, it sometimes doesn't work out and the person returns. */
function revertFailedPromotions(run: Run): void {
  for (const p of run.promotions.filter((x) => run.month - x.month === 3)) {
    if (!run.rng.chance(run.policy.promotionRevertChance)) continue;
    const unit = run.org.units[p.unitId];
    if (!unit || unit.leadId !== p.personId || !p.from || !run.org.units[p.from.unitId]) continue;
    const back = run.org.units[p.from.unitId]!;
    if (p.from.role === 'lead' && back.leadId !== null) continue;
    const moved = assignPerson(run.org, p.personId, { unitId: back.id, role: p.from.role });
    if (!moved.ok) continue;
    run.org = moved.value;
    run.internal = Math.max(0, run.internal - 1);
    run.log('promotion-reverted', `${run.personName(p.personId)}'s 90-day plan as lead of ${unit.name} didn't work out; they return amicably to ${back.name} and ${unit.name} is vacant again.`, [unit.id, back.id], [p.personId]);
    const record = run.emergent.get(unit.id);
    if (record) run.emergent.set(unit.id, { ...record, filled: null });
  }
}

// ── Time ────────────────────────────────────────────────────────────────────

/** A month passes: the org's date moves on, and each EM ships something notable now and then. */
function advance(run: Run): void {
  const asOf = addMonths(run.org.asOf, 1);
  let org: Org = { ...run.org, asOf };
  for (const unit of Object.values(org.units)) {
    if (unit.leadId === null || !run.rng.chance(1 / run.policy.monthsPerLaunch)) continue;
    const lead = org.people[unit.leadId]!;
    const updated = updatePerson(org, lead.id, { signals: { ...lead.signals, launches: lead.signals.launches + 1 } });
    if (updated.ok) org = updated.value;
  }
  run.org = org;
}
