/**
 * The month loop behind `simulate` (DOMAIN.md "The simulation"): departures, hires, reorgs, structural rules,
 * vacancy filling, development, then the month's figures. Monte Carlo plays runs through it too, keeping only the
 * units tables its digests read instead of whole orgs, so a run's people table is never copied and its units
 * table only in the months it keeps.
 */
import type { FileProblem } from '../ipc';
import { orgMetrics } from '../model/metrics';
import { err, ok, type Result } from '../model/result';
import { getOwn } from '../model/lookup';
import { buildTreeIndex, type TreeIndex } from '../model/tree';
import type { Org, Scenario, ScenarioEvent, UnitId } from '../model/types';
import { benchStrength } from '../forecast/forecast';
import { departures } from './departures';
import { advance } from './develop';
import { hires } from './hires';
import { resolveUnknowns } from './priors';
import { reorg, structure } from './restructure';
import { createStreams } from './rng';
import { monthsAfter, Run } from './run';
import type { EmergentRecord, MonthMetrics, SimEvent, SimulateOptions } from './types';
import { fillVacancies } from './vacancies';
import { validateEvents } from './validate';

/** A run played: what `simulate` returns, with each month's org (`orgs`) or only each month's units table (`units`). */
export interface Played {
  readonly months: number;
  readonly seed: number;
  /** Month 0 (the org as given) through the last month; empty when only units were kept. */
  readonly orgs: readonly Org[];
  /**
   * Each month's units table (month m's is `orgs[m].units`); when played keeping `lines`, only the tables of the
   * months in which a MoM role (not an EM one) emerged, and null for the other months.
   */
  readonly units: readonly (Org['units'] | null)[];
  readonly metrics: readonly MonthMetrics[];
  readonly events: readonly SimEvent[];
  readonly emergent: readonly EmergentRecord[];
}

/**
 * Play `scenario` as `simulate` does, keeping whole orgs or only their units tables; with `log` false, no events
 * (`events` is empty; everything else is the same: the log draws nothing).
 */
export function play(scenario: Scenario, options: SimulateOptions, keep: 'orgs' | 'units' | 'lines', log = true): Result<Played, FileProblem[]> {
  const months = options.months ?? scenario.simulation.months;
  const seed = options.seed ?? scenario.simulation.seed;
  const problems = validateEvents(scenario, Math.max(months, 1));
  if (problems.length > 0 && months > 0) return err(problems);
  if (!Number.isSafeInteger(seed))
    return err([
      { path: 'simulation.seed', message: `The seed ${seed} is not a whole number OrgSim can repeat exactly (use one from 0 to 9,007,199,254,740,991).` },
    ]);
  const run = new Run(scenario.org, scenario.org.asOf, scenario.policy, createStreams(seed), options.detail === 'summary', options.firstInLine === true, log);
  run.org = resolveUnknowns(run, scenario.org);
  const orgs: Org[] = keep === 'orgs' ? [scenario.org] : [];
  const units: (Org['units'] | null)[] = [scenario.org.units];
  const metrics: MonthMetrics[] = [measure(run)];
  for (let m = 1; m <= months; m++) {
    run.month = m;
    // Month m happens on the start date plus m months, computed from the start each time (never from the
    // previous month, so a run from the 31st doesn't drift to the 28th); what opens or joins in month m is dated so.
    run.org = { ...run.org, asOf: monthsAfter(run.start, m) };
    run.hires = 0;
    run.departures = 0;
    run.momInternal = 0;
    run.momExternal = 0;
    const recordsBefore = run.records.length;
    const due = scenario.events.filter((e) => startsIn(e, m));
    departures(run, due);
    hires(run, scenario.events, due);
    const downsized = due.some((e) => e.kind === 'downsizing');
    for (const e of due) if (e.kind === 'reorg') reorg(run, e);
    structure(run, downsized);
    fillVacancies(run);
    advance(run);
    if (keep === 'orgs') orgs.push(run.snapshot());
    // A table kept is shared (the run's later edits copy it); one not kept stays the run's to edit in place.
    units.push(keep !== 'lines' || emergedMom(run.records, recordsBefore) ? run.shareUnits().units : null);
    metrics.push(measure(run));
    options.onMonth?.(m, months);
  }
  return ok({ months, seed, orgs, units, metrics, events: run.events, emergent: [...run.records].sort((a, b) => a.month - b.month) });
}

/** Whether a record from `from` on is for a MoM role (what a Monte Carlo digest reads a month's units for). */
function emergedMom(records: readonly EmergentRecord[], from: number): boolean {
  for (let i = from; i < records.length; i++) if (records[i]!.role !== 'EM') return true;
  return false;
}

const startsIn = (e: ScenarioEvent, m: number): boolean => (e.kind === 'growth' ? false : e.month === m);

function measure(run: Run): MonthMetrics {
  const m = run.placesEachOnce() ? countOrg(run.org, run.index()) : orgMetrics(run.org, undefined, run.index());
  const fills = run.momInternalTotal + run.momExternalTotal;
  return {
    month: run.month,
    headcount: m.headcount,
    teams: m.teams,
    managers: m.managers,
    moms: m.moms,
    layers: m.layers,
    vacancies: typeof m.vacancies === 'number' ? m.vacancies : m.vacancies.length,
    hires: run.hires,
    departures: run.departures,
    momInternalFills: run.momInternal,
    momExternalFills: run.momExternal,
    internalFillRate: fills === 0 ? null : run.momInternalTotal / fills,
    // The bench's matching reads people in the order the org places them: a fresh index, not the run's.
    benchStrength: run.summary ? null : benchStrength(run.org, run.policy, buildTreeIndex(run.shareUnits())),
  };
}

/**
 * The figures of `orgMetrics` a month records, for an org that places each person once (then people are counted
 * by adding up units, without a set of everyone): the same walk from the roots, so units on a cycle count as
 * they do there.
 */
export function countOrg(org: Org, index: TreeIndex): { headcount: number; teams: number; managers: number; moms: number; layers: number; vacancies: number } {
  const { order, teams, layers } = treeWalk(org, index);
  let headcount = 0;
  let managers = 0;
  let moms = 0;
  let vacancies = 0;
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    const unit = getOwn(org.units, id)!;
    headcount += unit.memberIds.length;
    if (unit.leadId === null) vacancies++;
    else {
      headcount++;
      managers++;
      const kids = index.children.get(id) ?? [];
      for (let k = 0; k < kids.length; k++) {
        const child = getOwn(org.units, kids[k]!);
        if (child !== undefined && child.leadId !== null) {
          moms++;
          break;
        }
      }
    }
  }
  return { headcount, teams, managers, moms, layers, vacancies };
}

/**
 * The units a walk from the roots reaches (each once, so units on a cycle count as `orgMetrics` counts them),
 * with the teams and layers among them: all of it depends only on the tree, so it is remembered per children
 * map and roots (a run keeps those while its tree is unchanged; the units they name stay in the table).
 */
function treeWalk(org: Org, index: TreeIndex): { readonly order: readonly UnitId[]; readonly teams: number; readonly layers: number } {
  const known = walks.get(index.children);
  if (known && known.roots === index.roots) return known;
  let teams = 0;
  let layers = 0;
  const order: UnitId[] = [];
  const seen = new Set<UnitId>();
  const ids: UnitId[] = [...index.roots];
  const depths: number[] = ids.map(() => 1);
  while (ids.length > 0) {
    const id = ids.pop()!;
    const depth = depths.pop()!;
    const unit = getOwn(org.units, id);
    if (!unit || seen.has(id)) continue;
    seen.add(id);
    order.push(id);
    if (depth > layers) layers = depth;
    const kids = index.children.get(id) ?? [];
    if (kids.length === 0) teams++;
    for (const c of kids) {
      ids.push(c);
      depths.push(depth + 1);
    }
  }
  const walk = { roots: index.roots, order, teams, layers };
  walks.set(index.children, walk);
  return walk;
}

const walks = new WeakMap<TreeIndex['children'], { roots: TreeIndex['roots']; order: readonly UnitId[]; teams: number; layers: number }>();
