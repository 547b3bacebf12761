/**
 * The monthly simulation (DOMAIN.md "The simulation"), a pure function of (scenario, seed): departures,
 * hires, structural rules 1, 2, 5 and 6, vacancy filling (internal or external, the 90-day plan, cascades),
 * then tenure and signals advance. Every change is recorded as an event a person can read.
 */
import type { FileProblem } from '../ipc';
import { addMonths } from '../model/dates';
import { orgMetrics } from '../model/metrics';
import { err, ok, type Result } from '../model/result';
import { buildTreeIndex } from '../model/tree';
import type { Org, Policy, Scenario, ScenarioEvent, PersonId, UnitId } from '../model/types';
import { benchStrength, type RoleTitle } from '../forecast/forecast';
import type { Band } from '../forecast/readiness';
import { departures } from './departures';
import { advance } from './develop';
import { hires } from './hires';
import { resolveUnknowns } from './priors';
import { reorg, structure } from './restructure';
import { createStreams } from './rng';
import { Run } from './run';
import { fillVacancies } from './vacancies';
import { validateEvents } from './validate';

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
    orgs.push(run.snapshot());
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

