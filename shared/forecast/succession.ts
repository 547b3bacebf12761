/**
 * Succession: for every manager of managers today, the ranked bench for their role (the people who could step
 * in if they left: leads one layer down, near ones first, as the forecast ranks candidates), how many are ready
 * now or in 6-12 months, and whether the bench matching covers the role (DOMAIN.md "Bench strength": one
 * person ready for three roles is a bench of one). Roles with no one ready now are at risk.
 */
import { buildTreeIndex, isManagerOfManagersUnit } from '../model/tree';
import type { Org, PersonId, Policy, UnitId } from '../model/types';
import { candidatePools, nearUnitFor, unitHeights, type Candidate } from './candidates';
import { forecastEmergence, roleForHeight, type Forecast, type RoleTitle } from './forecast';
import type { Band } from './readiness';

/** `none`: no one inside is even 6-12 months away; `later`: someone is, no one is ready now; `ready`: someone is ready now. */
export type SuccessionRisk = 'none' | 'later' | 'ready';

export interface Succession {
  readonly unitId: UnitId;
  readonly unit: string;
  readonly role: RoleTitle;
  readonly holder: { readonly id: PersonId; readonly name: string; readonly title: string };
  /** The best few successors, ranked. */
  readonly bench: readonly Candidate[];
  readonly counts: Record<Band, number>;
  readonly total: number;
  readonly risk: SuccessionRisk;
  /** Whether the matching of ready-now people to all MoM roles (filled, vacant, emergent) leaves one for this role. */
  readonly covered: boolean;
}

const RISK_ORDER: Record<SuccessionRisk, number> = { none: 0, later: 1, ready: 2 };

/**
 * Every filled MoM role of today's org with its bench, the riskiest first (then the higher roles):
 * `successionOf(org, policy)[0].risk` → `'none'` when some MoM has no successor in sight.
 */
export function successionOf(org: Org, policy: Policy, forecast: Forecast = forecastEmergence(org, policy), benchSize = 5): Succession[] {
  const index = buildTreeIndex(org);
  const heights = unitHeights(org, index);
  const pools = candidatePools(org, policy, index, heights);
  const covered = new Map<UnitId, boolean>();
  // Existing roles come first in `momRoles`: the first entry of a unit is its own role.
  for (const r of forecast.momRoles) if (!covered.has(r.unitId)) covered.set(r.unitId, r.covered);
  const out: Succession[] = [];
  for (const unit of Object.values(org.units)) {
    if (unit.leadId === null || !isManagerOfManagersUnit(org, index, unit.id)) continue;
    const holder = org.people[unit.leadId];
    if (!holder) continue;
    const height = heights.get(unit.id) ?? 1;
    const ranked = pools.rank({ kind: 'mom', nearUnitId: nearUnitFor(org, unit.id), height, excludePersonIds: [holder.id] }, benchSize);
    const risk: SuccessionRisk = ranked.counts['ready-now'] > 0 ? 'ready' : ranked.counts['ready-6-12'] > 0 ? 'later' : 'none';
    out.push({
      unitId: unit.id,
      unit: unit.name,
      role: roleForHeight(height),
      holder: { id: holder.id, name: holder.name, title: holder.title },
      bench: ranked.candidates,
      counts: ranked.counts,
      total: ranked.total,
      risk,
      covered: covered.get(unit.id) ?? false,
    });
  }
  return out.sort(
    (a, b) =>
      RISK_ORDER[a.risk] - RISK_ORDER[b.risk] ||
      Number(a.covered) - Number(b.covered) ||
      (heights.get(b.unitId) ?? 0) - (heights.get(a.unitId) ?? 0) ||
      a.unit.localeCompare(b.unit),
  );
}
