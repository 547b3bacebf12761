/** Selectors, declared once at module level. Derived data is memoized on the org it comes from. */
import { buildTreeIndex, layoutOrg, orgMetrics, type Org, type OrgLayout, type OrgMetrics, type TreeIndex, type UnitId } from '../../../shared';
import type { Store } from './store';

export const selectOrg = (s: Store): Org => s.scenario.org;
export const selectCollapsed = (s: Store): readonly UnitId[] => s.scenario.view.collapsed;
export const selectSelectedUnitId = (s: Store): UnitId | null => s.selectedUnitId;
export const selectProblems = (s: Store) => s.problems;
export const selectFitRequest = (s: Store): number => s.fitRequest;

/** One-entry memo: recompute only when the argument object changes (the store replaces, never mutates). */
function memoOn<A extends object, R>(fn: (a: A) => R): (a: A) => R {
  let lastArg: A | undefined;
  let lastResult: R;
  return (a) => {
    if (a !== lastArg) {
      lastResult = fn(a);
      lastArg = a;
    }
    return lastResult;
  };
}

export const treeIndexOf: (org: Org) => TreeIndex = memoOn(buildTreeIndex);
export const metricsOf: (org: Org) => OrgMetrics = memoOn((org: Org) => orgMetrics(org, undefined, treeIndexOf(org)));

let layoutMemo: { org: Org; collapsed: readonly UnitId[]; layout: OrgLayout } | null = null;
/** The layout for an org and its collapsed units, memoized on both. */
export function layoutOf(org: Org, collapsed: readonly UnitId[]): OrgLayout {
  if (layoutMemo?.org !== org || layoutMemo.collapsed !== collapsed) layoutMemo = { org, collapsed, layout: layoutOrg(org, { collapsed }, treeIndexOf(org)) };
  return layoutMemo.layout;
}

/** True when the document has changed since it was last saved or opened (edits always make a new scenario). */
export const selectDirty = (s: Store): boolean => s.scenario !== s.savedScenario;

/** The name shown in the title bar: the file's name, or the scenario's name until it is saved. */
export const selectDocumentName = (s: Store): string => s.fileName ?? s.scenario.name;
