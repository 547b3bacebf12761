/** What a simulation run says about each unit at a month: how an emerged role came and was filled, or that the unit is new. */
import { getOwn } from '../model/lookup';
import type { UnitId } from '../model/types';
import type { SimulationResult } from '../simulation/simulate';

/**
 * One line per unit of the month's org that the run touched, by the first that applies: an emerged or vacated
 * role ("Director · emerged m4 · filled m7 inside", "EM · vacated m2 · open"), a unit new since month 0
 * ("new in month 3"), a team that split ("split in month 5"), one that grew by a merge. Month 0 (today) and
 * units not in that month's org (a forecast ghost, a unit since removed) have none.
 * `unitHistory(result, 6).get('u14')` → `'Director · emerged m4 · filled m6 inside'`.
 */
export function unitHistory(result: SimulationResult, month: number): ReadonlyMap<UnitId, string> {
  const history = new Map<UnitId, string>();
  const shown = result.orgs[month];
  if (month <= 0 || !shown) return history;
  const say = (id: UnitId, text: string) => {
    if (getOwn(shown.units, id) && !history.has(id)) history.set(id, text);
  };
  for (const record of result.emergent) {
    if (record.month > month) continue;
    const filled =
      record.filled && record.filled.month <= month
        ? ` · filled m${record.filled.month} ${record.filled.how === 'internal' ? 'inside' : 'outside'}`
        : ' · open';
    say(record.unitId, `${record.role} · ${record.rule === 'departure' ? 'vacated' : 'emerged'} m${record.month}${filled}`);
  }
  const today = result.orgs[0]!.units;
  for (let m = 1; m <= month; m++) for (const id of Object.keys(result.orgs[m]!.units) as UnitId[]) if (!getOwn(today, id)) say(id, `new in month ${m}`);
  // Splits before merges: a team that split and later took in another reads as split.
  for (const e of result.events) if (e.month <= month && e.unitIds[0] && e.kind === 'team-split') say(e.unitIds[0], `split in month ${e.month}`);
  for (const e of result.events) if (e.month <= month && e.unitIds[0] && e.kind === 'team-merged') say(e.unitIds[0], `grew by a merge in month ${e.month}`);
  return history;
}
