/**
 * The run keeps its own tree index (placement updated by leavers, hires, fills and reverts, carried over the
 * structural rules' new trees) and hands out units tables it edits in place. Whenever a step asks for the index,
 * it must say what a fresh `buildTreeIndex` of the working org says.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTreeIndex } from '../model/tree';
import { DEFAULT_POLICY, EMPTY_VIEW, type Scenario, type ScenarioEvent } from '../model/types';
import { generateOrg } from '../sample/generateOrg';
import { sampleScenario } from '../sample/sampleScenario';
import { calibrationScenarios } from './calibrate';
import { monteCarloRun } from './monteCarlo';
import { Run } from './run';
import { simulate } from './simulate';

function eventful(): Scenario {
  const org = generateOrg({ size: 300, seed: 11, asOf: sampleScenario().org.asOf });
  const units = Object.values(org.units);
  const root = units.find((u) => u.parentId === null)!.id;
  const teams = units.filter((u) => !units.some((c) => c.parentId === u.id));
  const events: ScenarioEvent[] = [
    { kind: 'growth', id: 'g', fromMonth: 1, toMonth: 24, perMonth: 3, target: { kind: 'spread' } },
    { kind: 'downsizing', id: 'd', month: 8, share: 0.3, rule: 'random', target: { kind: 'spread' } },
    { kind: 'acquisition', id: 'a', month: 14, underUnitId: root, mode: 'integrate', source: { kind: 'generated', size: 60 } },
    { kind: 'reorg', id: 'r', month: 5, unitId: teams[2]!.id, newParentId: root },
  ];
  return {
    name: 'e',
    org,
    policy: { ...DEFAULT_POLICY, annualAttrition: 0.2, promotionRevertChance: 0.3 },
    events,
    simulation: { months: 24, seed: 1 },
    view: EMPTY_VIEW,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the run's own tree index", { timeout: 60_000 }, () => {
  it('always agrees with a fresh index of the working org (placement by person, children, roots)', () => {
    const original = Run.prototype.index;
    let checked = 0;
    vi.spyOn(Run.prototype, 'index').mockImplementation(function (this: Run) {
      const index = original.call(this);
      const fresh = buildTreeIndex({ ...this.org, units: { ...this.org.units } });
      expect(new Map([...index.placement].sort(([a], [b]) => (a < b ? -1 : 1)))).toEqual(new Map([...fresh.placement].sort(([a], [b]) => (a < b ? -1 : 1))));
      expect([...index.children]).toEqual([...fresh.children]);
      expect(index.roots).toEqual(fresh.roots);
      checked++;
      return index;
    });
    for (const seed of [1, 2, 3]) expect(simulate(eventful(), { months: 24, seed }).ok).toBe(true);
    const generated = calibrationScenarios(24)[2]!.scenario;
    for (const run of [0, 1]) expect(monteCarloRun(generated, run, 24).ok).toBe(true);
    expect(checked).toBeGreaterThan(500);
  });
});
