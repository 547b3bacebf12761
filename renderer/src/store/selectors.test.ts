import { describe, expect, it } from 'vitest';
import { unitId, type UnitId } from '../../../shared';
import { candidatesIn, isUnitCollapsed, selectDisplay, selectForecastFor } from './selectors';
import { useStore, type Store } from './store';

const storeWith = (collapsed: readonly UnitId[]) => ({ scenario: { view: { collapsed } } }) as unknown as Store;

describe('isUnitCollapsed', () => {
  it('reads the current collapsed list, also after it is replaced', () => {
    const first = storeWith([unitId('a'), unitId('b')]);
    expect([isUnitCollapsed(first, unitId('a')), isUnitCollapsed(first, unitId('c'))]).toEqual([true, false]);
    const next = storeWith([unitId('c')]);
    expect([isUnitCollapsed(next, unitId('a')), isUnitCollapsed(next, unitId('c'))]).toEqual([false, true]);
  });
});

describe('selectDisplay', () => {
  it('hands back the same display while its inputs are the same, and a new one when the forecast is turned off', () => {
    useStore.getState().newDocument('sample');
    const first = selectDisplay(useStore.getState());
    expect(first.ghosts.size).toBeGreaterThan(0);
    useStore.getState().selectUnit(unitId('u04'));
    expect(selectDisplay(useStore.getState())).toBe(first);
    if (useStore.getState().showForecast) useStore.getState().toggleForecast();
    const off = selectDisplay(useStore.getState());
    expect(off).not.toBe(first);
    expect(off.ghosts.size).toBe(0);
    expect(off.org).toBe(useStore.getState().scenario.org);
    useStore.getState().toggleForecast();
    expect(selectDisplay(useStore.getState()).ghosts.size).toBe(first.ghosts.size);
  });
});

describe('candidatesIn', () => {
  it('lists the candidates of a ghost and of a vacancy, and none for a filled unit', () => {
    useStore.getState().newDocument('sample');
    if (!useStore.getState().showForecast) useStore.getState().toggleForecast();
    const display = selectDisplay(useStore.getState());
    const [ghostId, ghost] = [...display.ghosts][0]!;
    expect(candidatesIn(display, ghostId)).toBe(ghost.candidates);
    const vacant = Object.values(display.org.units).find((u) => u.leadId === null && !display.ghosts.has(u.id))!;
    expect(candidatesIn(display, vacant.id)).toEqual(display.forecast!.vacancies.find((v) => v.unitId === vacant.id)!.candidates);
    const filled = Object.values(display.org.units).find((u) => u.leadId !== null)!;
    expect(candidatesIn(display, filled.id)).toBeNull();
  });
});

describe('selectForecastFor', () => {
  it('keeps the forecasts of two orgs asked side by side (a simulated month on the chart, today in the health panel)', () => {
    useStore.getState().newDocument('sample');
    const state = useStore.getState();
    const today = state.scenario.org;
    const month = { ...today, asOf: '2027-01-01' };
    const a = selectForecastFor(state, today).forecast;
    const b = selectForecastFor(state, month).forecast;
    expect(b).not.toBe(a);
    expect(selectForecastFor(state, today).forecast).toBe(a);
    expect(selectForecastFor(state, month).forecast).toBe(b);
  });
});
