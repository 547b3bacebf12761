/**
 * A person's odds over time (issue "each person's path to MoM"), by Monte Carlo: over many runs of the scenario,
 * how often a role emerges with them first in line, and how often they are promoted, within 12 and 24 months
 * and by the end, with the median month. Runs are numbered as in `monteCarlo` (seed = the scenario's + run) and
 * summarised in run order, so the odds don't depend on how many workers ran them.
 */
import type { FileProblem } from '../ipc';
import type { RoleTitle } from '../forecast/forecast';
import { hasOwn } from '../model/lookup';
import { err, ok, type Result } from '../model/result';
import type { PersonId, Scenario } from '../model/types';
import { quantile } from './monteCarlo';
import { simulate } from './simulate';

/** What happened to the person in one run: months are -1 when it never happened. */
export interface PathDigest {
  readonly run: number;
  /** The first month a MoM role (Director and up) emerged or opened with them first in line. */
  readonly firstInLineMom: number;
  /** The first month an EM role emerged or opened with them first in line. */
  readonly firstInLineEm: number;
  /** The month they were promoted into a MoM role, and which. */
  readonly promotedMom: number;
  readonly promotedMomRole: RoleTitle | null;
  /** The month they were promoted into an EM role. */
  readonly promotedEm: number;
  /** The month they left (attrition or a scheduled departure). */
  readonly left: number;
}

/** How often one thing happened over the runs. */
export interface Odds {
  /** Share of runs in which it happened by month 12, by month 24, and by the end of the run. */
  readonly within12: number;
  readonly within24: number;
  readonly byEnd: number;
  /** The median month it happened, over the runs where it did. */
  readonly medianMonth: number | null;
}

export interface PathOdds {
  readonly personId: PersonId;
  readonly runs: number;
  readonly months: number;
  readonly firstInLineMom: Odds;
  readonly firstInLineEm: Odds;
  readonly promotedMom: Odds;
  readonly promotedEm: Odds;
  /** The MoM roles they were promoted into, with the share of runs for each. */
  readonly momRoles: Partial<Record<RoleTitle, number>>;
  readonly left: Odds;
}

/** Run number `run` for the person: a pure function of (scenario, person, run, months). */
export function pathRun(scenario: Scenario, personId: PersonId, run: number, months: number): Result<PathDigest, FileProblem[]> {
  const result = simulate(scenario, { months, seed: scenario.simulation.seed + run, detail: 'summary', firstInLine: true });
  if (!result.ok) return err(result.error);
  const earliest = (months: readonly number[]): number => (months.length === 0 ? -1 : Math.min(...months));
  const inLine = result.value.emergent.filter((r) => r.candidates[0]?.personId === personId);
  const promotions = result.value.events.filter((e) => e.kind === 'promotion' && e.personIds.includes(personId));
  const mom = promotions.find((e) => e.role !== undefined && e.role !== 'EM');
  const leaving = result.value.events.find(
    (e) => (e.kind === 'attrition' || e.kind === 'departure' || e.kind === 'downsizing') && e.personIds.includes(personId),
  );
  return ok({
    run,
    firstInLineMom: earliest(inLine.filter((r) => r.role !== 'EM').map((r) => r.month)),
    firstInLineEm: earliest(inLine.filter((r) => r.role === 'EM').map((r) => r.month)),
    promotedMom: mom?.month ?? -1,
    promotedMomRole: mom?.role ?? null,
    promotedEm: promotions.find((e) => e.role === 'EM')?.month ?? -1,
    left: leaving?.month ?? -1,
  });
}

/** The odds from the runs' digests, in any order. */
export function summarizePath(personId: PersonId, months: number, digests: readonly PathDigest[]): PathOdds {
  const ordered = [...digests].sort((a, b) => a.run - b.run);
  const runs = ordered.length;
  const odds = (month: (d: PathDigest) => number): Odds => {
    const hits = ordered.map(month).filter((m) => m >= 0);
    const share = (n: number) => (runs === 0 ? 0 : hits.filter((m) => m <= n).length / runs);
    return {
      within12: share(12),
      within24: share(24),
      byEnd: share(Infinity),
      medianMonth:
        hits.length === 0
          ? null
          : quantile(
              [...hits].sort((a, b) => a - b),
              0.5,
            ),
    };
  };
  const momRoles: Partial<Record<RoleTitle, number>> = {};
  for (const d of ordered) if (d.promotedMomRole) momRoles[d.promotedMomRole] = (momRoles[d.promotedMomRole] ?? 0) + 1 / runs;
  return {
    personId,
    runs,
    months,
    firstInLineMom: odds((d) => d.firstInLineMom),
    firstInLineEm: odds((d) => d.firstInLineEm),
    promotedMom: odds((d) => d.promotedMom),
    promotedEm: odds((d) => d.promotedEm),
    momRoles,
    left: odds((d) => d.left),
  };
}

/** `pathOdds(scenario, 'p7', { runs: 200 })`: the person's odds over `runs` runs on this thread. */
export function pathOdds(
  scenario: Scenario,
  personId: PersonId,
  options: { runs: number; months?: number; onRun?: (done: number, of: number) => void },
): Result<PathOdds, FileProblem[]> {
  if (!hasOwn(scenario.org.people, personId)) return err([{ path: 'person', message: `There is no person ${personId} in the org.` }]);
  const months = options.months ?? scenario.simulation.months;
  const runs = Math.max(1, Math.floor(options.runs));
  const digests: PathDigest[] = [];
  for (let r = 0; r < runs; r++) {
    const d = pathRun(scenario, personId, r, months);
    if (!d.ok) return err(d.error);
    digests.push(d.value);
    options.onRun?.(r + 1, runs);
  }
  return ok(summarizePath(personId, months, digests));
}
