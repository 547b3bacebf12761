/** Dotted-line (matrix) reporting drawn between units: from the unit a matrix manager sits in to the person's unit. */
import { buildTreeIndex, type TreeIndex } from './tree';
import type { Org, PersonId, UnitId } from './types';

/** One person's dotted line to a matrix manager. */
export interface DottedPair {
  readonly managerId: PersonId;
  readonly personId: PersonId;
}

/** A dotted line as an edge between two units, with a stable id (`dotted:<manager>-><person>`). */
export interface DottedEdge extends DottedPair {
  readonly id: string;
  /** The unit the matrix manager leads (or sits in). */
  readonly source: UnitId;
  /** The person's unit. */
  readonly target: UnitId;
}

// People don't change when units move or collapse: the pairs are remembered per people table.
const pairsByPeople = new WeakMap<Org['people'], readonly DottedPair[]>();

/**
 * Every dotted line of an org's people, in people order, each person's managers in their order.
 * `dottedPairs(people)` → `[{ managerId: 'p1', personId: 'p7' }, …]`.
 */
export function dottedPairs(people: Org['people']): readonly DottedPair[] {
  let pairs = pairsByPeople.get(people);
  if (!pairs) {
    const found: DottedPair[] = [];
    for (const person of Object.values(people)) for (const managerId of person.dottedLineManagerIds ?? []) found.push({ managerId, personId: person.id });
    pairsByPeople.set(people, (pairs = found));
  }
  return pairs;
}

/**
 * The dotted lines to draw between the units `isShown` accepts. A line is left out when either end isn't
 * placed in a unit, both sit in the same unit, or either unit isn't shown (collapsed away).
 * `dottedEdges(org, (id) => visible.has(id))` → `[{ id: 'dotted:p1->p7', source: 'u1', target: 'u4', … }]`.
 */
export function dottedEdges(org: Org, isShown: (id: UnitId) => boolean, index: TreeIndex = buildTreeIndex(org)): DottedEdge[] {
  const edges: DottedEdge[] = [];
  for (const pair of dottedPairs(org.people)) {
    const source = index.placement.get(pair.managerId)?.unitId;
    const target = index.placement.get(pair.personId)?.unitId;
    if (!source || !target || source === target || !isShown(source) || !isShown(target)) continue;
    edges.push({ id: `dotted:${pair.managerId}->${pair.personId}`, ...pair, source, target });
  }
  return edges;
}
