/**
 * The monthly simulation (DOMAIN.md "The simulation"), a pure function of (scenario, seed): departures,
 * hires, structural rules 1, 2, 5 and 6, vacancy filling (internal or external, the 90-day plan, cascades),
 * then tenure and signals advance. Every change is recorded as an event a person can read.
 *
 * This module is the public entry and its types; a month's steps live beside it, one module per step:
 * `play.ts` (the month loop and a month's figures), `run.ts` (a run's bookkeeping and its working org: a people
 * table edited in place, copied once a month for the month's org, and a tree index it keeps up to date),
 * `priors.ts` (unknowns drawn once per run), `departures.ts`, `hires.ts`, `acquisition.ts`, `restructure.ts`
 * (reorgs, rule 5, rules 1 and 2), `vacancies.ts` (fills, cascades, the 90-day plan) and `develop.ts`.
 */
import type { FileProblem } from '../ipc';
import { ok, type Result } from '../model/result';
import type { Org, PersonId, Policy, Scenario, UnitId } from '../model/types';
import type { RoleTitle } from '../forecast/forecast';
import type { Band } from '../forecast/readiness';
import { play } from './play';

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
  const played = play(scenario, options, 'orgs');
  if (!played.ok) return played;
  const { months, seed, orgs, metrics, events, emergent } = played.value;
  return ok({ months, seed, orgs, metrics, events, emergent });
}
