/** Org-design metrics (DOMAIN.md), for the whole org or any subtree. */
import { monthsBetween } from './dates';
import { buildTreeIndex, childrenOf, isManagerOfManagersUnit, isTeam, spanOfControl, type TreeIndex } from './tree';
import type { Org, PersonId, UnitId } from './types';
import { getOwn } from './lookup';

/** An open lead role. */
export interface Vacancy {
  readonly unitId: UnitId;
  /** Whole months the role has been open (from `vacantSince` to the org's date), or null when `vacantSince` is unknown. */
  readonly openMonths: number | null;
}

/** The org-design numbers of DOMAIN.md for an org or a subtree. */
export interface OrgMetrics {
  /** Distinct people placed in the units counted (leads and members). */
  readonly headcount: number;
  /** Units with no child units. */
  readonly teams: number;
  /** Units with child units. */
  readonly groups: number;
  /** Units with a lead. */
  readonly managers: number;
  /** Units with a lead whose child units have leads. */
  readonly moms: number;
  /** Depth of the unit tree, measured from the subtree's root (a single team is 1 layer). */
  readonly layers: number;
  readonly vacancies: readonly Vacancy[];
  /** Individual contributors: distinct members of the units counted. */
  readonly ics: number;
  /** managers / ICs; 0 when there are no ICs. */
  readonly managerToIcRatio: number;
  /** Span of control of each led unit's lead. */
  readonly spans: readonly { readonly unitId: UnitId; readonly span: number }[];
}

/**
 * Metrics of the whole org, or of the subtree under `rootId` (an unknown `rootId` gives all zeros).
 * Pass a prebuilt `index` to avoid rebuilding it. `orgMetrics(org).headcount` → the number of people placed in units.
 */
export function orgMetrics(org: Org, rootId?: UnitId, index: TreeIndex = buildTreeIndex(org)): OrgMetrics {
  const starts = rootId === undefined ? index.roots : getOwn(org.units, rootId) ? [rootId] : [];
  const people = new Set<PersonId>();
  const members = new Set<PersonId>();
  let units = 0;
  let teams = 0;
  let managers = 0;
  let moms = 0;
  let layers = 0;
  const vacancies: Vacancy[] = [];
  const spans: { unitId: UnitId; span: number }[] = [];
  // Depth-first in drawing order, depth counted from the start; `seen` keeps a damaged (cyclic) org finite.
  const seen = new Set<UnitId>();
  const stack: Array<[UnitId, number]> = [...starts].reverse().map((id) => [id, 1]);
  while (stack.length > 0) {
    const [id, depth] = stack.pop()!;
    const unit = getOwn(org.units, id);
    if (!unit || seen.has(id)) continue;
    seen.add(id);
    units++;
    layers = Math.max(layers, depth);
    if (isTeam(index, id)) teams++;
    for (const m of unit.memberIds) {
      people.add(m);
      members.add(m);
    }
    if (unit.leadId === null) {
      vacancies.push({ unitId: id, openMonths: unit.vacantSince ? Math.max(0, monthsBetween(unit.vacantSince, org.asOf)) : null });
    } else {
      people.add(unit.leadId);
      managers++;
      if (isManagerOfManagersUnit(org, index, id)) moms++;
      spans.push({ unitId: id, span: spanOfControl(org, index, id) });
    }
    const kids = childrenOf(index, id);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, depth + 1]);
  }
  return {
    headcount: people.size,
    teams,
    groups: units - teams,
    managers,
    moms,
    layers,
    vacancies,
    ics: members.size,
    managerToIcRatio: members.size === 0 ? 0 : managers / members.size,
    spans,
  };
}
