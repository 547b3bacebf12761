import { describe, expect, it } from 'vitest';
import { buildTreeIndex, DEFAULT_POLICY, DEFAULT_SIMULATION, EMPTY_VIEW, layoutOrg, sampleScenario, unitDepths, type Scenario } from '../../../shared';
import { generateOrg } from '../../../shared/sample/generateOrg';
import { collapseToFit, collapseToFitList } from './collapseToFit';

const pane = { width: 1400, height: 800 };
const scenarioOf = (size: number): Scenario => ({
  name: 'g',
  org: generateOrg({ size, seed: 1, asOf: '2026-11-01' }),
  policy: DEFAULT_POLICY,
  events: [],
  simulation: DEFAULT_SIMULATION,
  view: EMPTY_VIEW,
});

describe('collapseToFit', () => {
  it('leaves a small org expanded', () => {
    const sample = sampleScenario();
    expect(collapseToFit(sample, pane)).toBe(sample);
    expect(collapseToFitList(scenarioOf(300).org, pane)).toBeNull();
  });

  it('collapses a 1,500-person org (244 units, but 22,000 px wide) to what fits', () => {
    const opened = collapseToFit(scenarioOf(1_500), pane);
    expect(opened.view.collapsed.length).toBeGreaterThan(0);
    expect(layoutOrg(opened.org, { collapsed: opened.view.collapsed }).nodes.length).toBeLessThan(100);
  });

  it.each([1_500, 2_500, 5_000, 10_000])('collapses a %i-person org to one depth, showing far fewer units', (size) => {
    const scenario = scenarioOf(size);
    const opened = collapseToFit(scenario, pane);
    expect(opened.view.collapsed.length).toBeGreaterThan(0);
    const depths = unitDepths(buildTreeIndex(opened.org));
    const levels = new Set(opened.view.collapsed.map((id) => depths.get(id)));
    expect(levels.size).toBe(1);
    expect([...levels][0]).toBeGreaterThanOrEqual(2);
    const shown = layoutOrg(opened.org, { collapsed: opened.view.collapsed }).nodes.length;
    expect(shown).toBeLessThan(Object.keys(opened.org.units).length / 4);
  });

  it('keeps a saved collapsed state', () => {
    const scenario = scenarioOf(10_000);
    const root = Object.values(scenario.org.units).find((u) => u.parentId === null)!.id;
    const saved = { ...scenario, view: { ...scenario.view, collapsed: [root] } };
    expect(collapseToFit(saved, pane)).toBe(saved);
  });
});
