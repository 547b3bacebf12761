/**
 * The monthly simulation (DOMAIN.md "The simulation"), a pure function of (scenario, seed): departures,
 * hires, structural rules 1, 2, 5 and 6, vacancy filling (internal or external, the 90-day plan, cascades),
 * then tenure and signals advance. Every change is recorded as an event a person can read.
 *
 * This module is the public entry; its types and `timeToFill` are in `types.ts` (re-exported here, so the month's
 * steps can use them without a cycle), and a month's steps live beside it, one module per step:
 * `play.ts` (the month loop and a month's figures), `run.ts` (a run's bookkeeping and its working org: a people
 * table edited in place, copied once a month for the month's org, and a tree index it keeps up to date),
 * `priors.ts` (unknowns drawn once per run), `departures.ts`, `hires.ts`, `acquisition.ts`, `restructure.ts`
 * (reorgs, rule 5, rules 1 and 2), `vacancies.ts` (fills, cascades, the 90-day plan) and `develop.ts`.
 */
import type { FileProblem } from '../ipc';
import { ok, type Result } from '../model/result';
import type { Scenario } from '../model/types';
import { play } from './play';

export * from './types';
import type { SimulateOptions, SimulationResult } from './types';

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
