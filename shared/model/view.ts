/** Pure edits of the view (manual positions, collapsed units) and org search. */
import { buildTreeIndex, childrenOf, unitDepths, ancestorsOf } from './tree';
import type { Org, PersonId, UnitId, ViewState, XY } from './types';
import { getOwn } from './lookup';

/** Pin a unit where the user dropped it. */
export function setPosition(view: ViewState, id: UnitId, xy: XY): ViewState {
  return { ...view, positions: { ...view.positions, [id]: { x: Math.round(xy.x), y: Math.round(xy.y) } } };
}

/** Forget manual positions (all, or the given units): they return to the automatic layout. */
export function clearPositions(view: ViewState, ids?: readonly UnitId[]): ViewState {
  if (!ids) return Object.keys(view.positions).length === 0 ? view : { ...view, positions: {} };
  const positions = { ...view.positions };
  for (const id of ids) delete positions[id];
  return { ...view, positions };
}

/** Collapse or expand one unit's subtree. */
export function toggleCollapsed(view: ViewState, id: UnitId): ViewState {
  return { ...view, collapsed: view.collapsed.includes(id) ? view.collapsed.filter((c) => c !== id) : [...view.collapsed, id] };
}

/** Show the tree down to depth `depth` (1 = the top units only); `Infinity` expands everything. */
export function expandToDepth(org: Org, view: ViewState, depth: number): ViewState {
  const index = buildTreeIndex(org);
  const depths = unitDepths(index);
  const collapsed = [...depths].filter(([id, d]) => d === depth && childrenOf(index, id).length > 0).map(([id]) => id);
  return { ...view, collapsed };
}

/** Expand every collapsed ancestor of `id`, so it is visible. */
export function revealUnit(org: Org, view: ViewState, id: UnitId): ViewState {
  const ancestors = new Set(ancestorsOf(org, id));
  const collapsed = view.collapsed.filter((c) => !ancestors.has(c));
  return collapsed.length === view.collapsed.length ? view : { ...view, collapsed };
}

/** One search hit: a unit by its name, or a person (by name or title) in their unit. */
export interface SearchHit {
  readonly unitId: UnitId;
  readonly personId: PersonId | null;
  readonly label: string;
  readonly detail: string;
}

/**
 * Units and people whose name or title contains `query` (case- and accent-insensitive), units first.
 * `searchOrg(org, 'ana')` → Ana Ruiz in Payments, …
 */
export function searchOrg(org: Org, query: string, limit = 50): SearchHit[] {
  const q = fold(query.trim());
  if (q === '') return [];
  const hits: SearchHit[] = [];
  for (const unit of Object.values(org.units))
    if (fold(unit.name).includes(q)) hits.push({ unitId: unit.id, personId: null, label: unit.name, detail: 'unit' });
  for (const unit of Object.values(org.units)) {
    for (const id of unit.leadId === null ? unit.memberIds : [unit.leadId, ...unit.memberIds]) {
      const person = getOwn(org.people, id);
      if (person && (fold(person.name).includes(q) || fold(person.title).includes(q)))
        hits.push({ unitId: unit.id, personId: id, label: person.name, detail: `${person.title} · ${unit.name}` });
    }
  }
  return hits.slice(0, limit);
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
