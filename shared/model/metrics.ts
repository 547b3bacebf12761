/** Org-design metrics (DOMAIN.md), for the whole org or any subtree. */
import { monthsBetween } from './dates';
import { buildTreeIndex, isManagerOfManagersUnit, isTeam, spanOfControl, subtreeUnitIds, unitDepths, type TreeIndex } from './tree';
import type { Org, PersonId, UnitId } from './types';

export interface Vacancy {
  readonly unitId: UnitId;
  /** Whole months the role has been open, when known. */
  readonly openMonths: number | null;
}

export interface OrgMetrics {
  readonly headcount: number;
  readonly teams: number;
  readonly groups: number;
  /** Units with a lead. */
  readonly managers: number;
  /** Units with a lead whose child units have leads. */
  readonly moms: number;
  /** Depth of the unit tree (a single team is 1 layer). */
  readonly layers: number;
  readonly vacancies: readonly Vacancy[];
  /** Individual contributors (members of units). */
  readonly ics: number;
  /** managers / ICs; 0 when there are no ICs. */
  readonly managerToIcRatio: number;
  /** Span of control of each led unit's lead. */
  readonly spans: readonly { readonly unitId: UnitId; readonly span: number }[];
}

/**
 * Metrics of the whole org, or of the subtree under `rootId`.
 * `orgMetrics(org).headcount` → the number of people placed in units.
 */
export function orgMetrics(org: Org, rootId?: UnitId, index: TreeIndex = buildTreeIndex(org)): OrgMetrics {
  const unitIds = rootId === undefined ? index.roots.flatMap((r) => subtreeUnitIds(index, r)) : org.units[rootId] ? subtreeUnitIds(index, rootId) : [];
  const depths = unitDepths(index);
  const baseDepth = rootId === undefined ? 0 : (depths.get(rootId) ?? 1) - 1;
  const people = new Set<PersonId>();
  let teams = 0;
  let managers = 0;
  let moms = 0;
  let ics = 0;
  let layers = 0;
  const vacancies: Vacancy[] = [];
  const spans: { unitId: UnitId; span: number }[] = [];
  for (const id of unitIds) {
    const unit = org.units[id]!;
    if (isTeam(index, id)) teams++;
    layers = Math.max(layers, (depths.get(id) ?? 1) - baseDepth);
    for (const m of unit.memberIds) people.add(m);
    ics += unit.memberIds.length;
    if (unit.leadId === null) {
      vacancies.push({ unitId: id, openMonths: unit.vacantSince ? Math.max(0, monthsBetween(unit.vacantSince, org.asOf)) : null });
    } else {
      people.add(unit.leadId);
      managers++;
      if (isManagerOfManagersUnit(org, index, id)) moms++;
      spans.push({ unitId: id, span: spanOfControl(org, index, id) });
    }
  }
  return {
    headcount: people.size,
    teams,
    groups: unitIds.length - teams,
    managers,
    moms,
    layers,
    vacancies,
    ics,
    managerToIcRatio: ics === 0 ? 0 : managers / ics,
    spans,
  };
}
