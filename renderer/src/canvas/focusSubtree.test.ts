import { describe, expect, it } from 'vitest';
import { ancestorsOf, buildTreeIndex, layoutOrg, sampleScenario, subtreeUnitIds, type UnitId } from '../../../shared';
import { focusedView } from './focusSubtree';

describe('focusedView', () => {
  const { org, view } = sampleScenario();
  const index = buildTreeIndex(org);
  // A team two or more levels down: its line of ancestors, its siblings and their cousins are all in the sample.
  const team = Object.values(org.units).find((u) => (index.children.get(u.id)?.length ?? 0) === 0 && ancestorsOf(org, u.id).length >= 2)!.id;

  it('shows the line from the top to the unit and its subtree, and collapses the rest', () => {
    const focused = focusedView(org, view, team);
    const shown = new Set(layoutOrg(org, { collapsed: focused.collapsed }).nodes.map((n) => n.id));
    for (const id of [team, ...ancestorsOf(org, team), ...subtreeUnitIds(index, team)]) expect(shown.has(id)).toBe(true);
    expect(shown.size).toBeLessThan(Object.keys(org.units).length);
    for (const id of focused.collapsed) expect(ancestorsOf(org, team)).not.toContain(id);
  });

  it('expands a collapsed ancestor, and changes nothing when already focused', () => {
    const parent = org.units[team]!.parentId as UnitId;
    const focused = focusedView(org, { ...view, collapsed: [parent] }, team);
    expect(focused.collapsed).not.toContain(parent);
    expect(focusedView(org, focused, team)).toBe(focused);
  });
});
