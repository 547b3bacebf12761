/**
 * Facts derived from the unit tree: children, team vs group, manager vs manager of managers, depth.
 * Derived on demand so they can never disagree with the tree.
 */
import type { Org, PersonId, Unit, UnitId } from './types';
import { getOwn } from './lookup';

/** Where a person sits: leading a unit or a member (IC) of one. */
export interface Placement {
  readonly unitId: UnitId;
  readonly role: 'lead' | 'member';
}

/** Lookups built once per org; pass it around instead of rescanning the org. */
export interface TreeIndex {
  /** Child unit ids of each unit, in the org's unit order. Every unit has an entry. */
  readonly children: ReadonlyMap<UnitId, readonly UnitId[]>;
  /** Units without a parent (or whose parent is missing), in order. */
  readonly roots: readonly UnitId[];
  /** Where each placed person sits. People in no unit are absent. */
  readonly placement: ReadonlyMap<PersonId, Placement>;
}

// Orgs are immutable values, so an org's index is built once and remembered (the forecast, metrics and report
// each ask for it; on a 100,000-unit org that is most of their time). The index reads only the units table, so
// it is remembered per units table: orgs that share one (a new date, people edited) share the index.
const indexes = new WeakMap<Org['units'], TreeIndex>();

/** `buildTreeIndex(org).children.get(rootId)` → the root's child unit ids. Built once per units table. */
export function buildTreeIndex(org: Org): TreeIndex {
  let index = indexes.get(org.units);
  if (!index) indexes.set(org.units, (index = indexOf(org)));
  return index;
}

function indexOf(org: Org): TreeIndex {
  const children = new Map<UnitId, UnitId[]>();
  const roots: UnitId[] = [];
  const placement = new Map<PersonId, Placement>();
  for (const unit of Object.values(org.units)) children.set(unit.id, []);
  for (const unit of Object.values(org.units)) {
    const siblings = unit.parentId === null ? undefined : children.get(unit.parentId);
    if (siblings) siblings.push(unit.id);
    else roots.push(unit.id);
    if (unit.leadId !== null && !placement.has(unit.leadId)) placement.set(unit.leadId, { unitId: unit.id, role: 'lead' });
    for (const m of unit.memberIds) if (!placement.has(m)) placement.set(m, { unitId: unit.id, role: 'member' });
  }
  return { children, roots, placement };
}

/** The child units of `id` (empty for a team or an unknown id). */
export function childrenOf(index: TreeIndex, id: UnitId): readonly UnitId[] {
  return index.children.get(id) ?? [];
}

/** A team is a unit with no child units. */
export function isTeam(index: TreeIndex, id: UnitId): boolean {
  return childrenOf(index, id).length === 0;
}

/** A group is a unit with child units. */
export function isGroup(index: TreeIndex, id: UnitId): boolean {
  return childrenOf(index, id).length > 0;
}

/**
 * Child units that count toward a lead's managed span: every child unit (a vacant child still needs managing).
 * `managedChildren(org, index, id).length` is the number of managers (or manager roles) reporting to the lead.
 */
export function managedChildren(org: Org, index: TreeIndex, id: UnitId): readonly Unit[] {
  return childrenOf(index, id).flatMap((c) => getOwn(org.units, c) ?? []);
}

/** Span of control of a unit's lead: ICs reporting to them plus leads (or lead roles) of child units. */
export function spanOfControl(org: Org, index: TreeIndex, id: UnitId): number {
  const unit = getOwn(org.units, id);
  return unit ? unit.memberIds.length + childrenOf(index, id).length : 0;
}

/** A manager of managers leads a unit whose child units have leads (DOMAIN.md). */
export function isManagerOfManagersUnit(org: Org, index: TreeIndex, id: UnitId): boolean {
  return managedChildren(org, index, id).some((child) => child.leadId !== null);
}

/** Depth of every unit, roots at 1. Units on a cycle are not reached and so are absent. */
export function unitDepths(index: TreeIndex): ReadonlyMap<UnitId, number> {
  const depth = new Map<UnitId, number>();
  const stack: Array<[UnitId, number]> = index.roots.map((r) => [r, 1]);
  while (stack.length > 0) {
    const [id, d] = stack.pop()!;
    if (depth.has(id)) continue;
    depth.set(id, d);
    for (const c of childrenOf(index, id)) stack.push([c, d + 1]);
  }
  return depth;
}

/** All unit ids in the subtree rooted at `id`, `id` first, depth-first in drawing order. */
export function subtreeUnitIds(index: TreeIndex, id: UnitId): UnitId[] {
  const out: UnitId[] = [];
  const seen = new Set<UnitId>();
  const stack: UnitId[] = [id];
  while (stack.length > 0) {
    const u = stack.pop()!;
    if (seen.has(u)) continue;
    seen.add(u);
    out.push(u);
    const kids = childrenOf(index, u);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** Parent chain of `id`, nearest first, stopping at a root or a repeat (so a cycle can't loop forever). */
export function ancestorsOf(org: Org, id: UnitId): UnitId[] {
  const out: UnitId[] = [];
  const seen = new Set<UnitId>([id]);
  let parent = getOwn(org.units, id)?.parentId ?? null;
  while (parent !== null && !seen.has(parent) && getOwn(org.units, parent)) {
    out.push(parent);
    seen.add(parent);
    parent = getOwn(org.units, parent)!.parentId;
  }
  return out;
}

/** True when `candidate` is `id` itself or lies below it: moving `id` under `candidate` would make a cycle. */
export function isSelfOrDescendant(org: Org, id: UnitId, candidate: UnitId): boolean {
  return candidate === id || ancestorsOf(org, candidate).includes(id);
}

/** People of a unit: the lead (if any) then the members. */
export function peopleOfUnit(org: Org, id: UnitId): PersonId[] {
  const unit = getOwn(org.units, id);
  if (!unit) return [];
  return unit.leadId === null ? [...unit.memberIds] : [unit.leadId, ...unit.memberIds];
}
