import { describe, expect, it } from 'vitest';
import { buildTreeIndex, forecastEmergence, sampleScenario, type MonteCarloResult, type UnitId } from '../../../shared';
import { useStore } from '../store/store';
import { selectHeat, selectUnitHeat } from './heat';

const sample = sampleScenario();
const root = buildTreeIndex(sample.org).roots[0]!;

describe('selectHeat / selectUnitHeat (the store as the canvas reads it)', () => {
  it('is off until turned on, then gives the top of the sample the darkest level of the forecast', () => {
    expect(selectHeat(useStore.getState())).toBeNull();
    expect(selectUnitHeat(useStore.getState(), root)).toEqual({ heat: null, heatTitle: null });
    useStore.getState().toggleHeat();
    const moms = forecastEmergence(sample.org, sample.policy).emergent.filter((e) => e.kind === 'mom').length;
    const heat = selectHeat(useStore.getState())!;
    expect(heat.by).toBe('forecast');
    expect(heat.values.get(root)).toBe(moms);
    expect(selectUnitHeat(useStore.getState(), root)).toEqual({
      heat: heat.bins.at(-1)!.level,
      heatTitle: `${moms} MoM ${moms === 1 ? 'role emerges' : 'roles emerge'} in this line (forecast)`,
    });
    // Memoized: the same object while nothing it depends on changes.
    expect(selectHeat(useStore.getState())).toBe(heat);
  });

  it('colours by Monte Carlo odds when asked and a batch is in, and falls back to the forecast without one', () => {
    useStore.getState().setHeatBy('monte-carlo');
    expect(selectHeat(useStore.getState())!.by).toBe('forecast');
    const result: MonteCarloResult = {
      runs: 10,
      months: 24,
      units: [{ unitId: root as UnitId, name: 'root', probability: 0.7, medianMonth: 3, internalFill: 0.5 }],
      fan: [],
    };
    useStore.getState().monteCarloStarted(useStore.getState().scenario);
    useStore.getState().monteCarloDone(result);
    const heat = selectHeat(useStore.getState())!;
    expect(heat.by).toBe('monte-carlo');
    expect(selectUnitHeat(useStore.getState(), root)).toEqual({ heat: 4, heatTitle: '70% odds a MoM role emerges in this line' });
    expect(heat.stale).toBe(false);
  });
});
