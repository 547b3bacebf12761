/** The store's document rules: what is an undo step, what makes the document dirty, what makes a run stale. */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  moveUnit,
  removeUnit,
  renameUnit,
  setPosition,
  toggleCollapsed,
  type MonteCarloResult,
  type Scenario,
  type SimulationResult,
  type UnitId,
} from '../../../shared';
import { editOrg, editView } from '../editing';
import { selectDirty } from './selectors';
import { canRedo, canUndo, redo, undo, useStore } from './store';

const u = (id: string) => id as UnitId;
const state = () => useStore.getState();
const doc = () => state().scenario;
const parentOf = (id: string) => doc().org.units[u(id)]!.parentId;
const collapse = (id: string) => editView((view) => toggleCollapsed(view, u(id)));
/** The run is current: its inputs are the document's (what the Timeline and the heat legend check). */
const runIsCurrent = () => state().sim.runOf === doc();
const monteCarloIsCurrent = () => state().sim.monteCarloOf === doc();

beforeEach(() => state().newDocument('sample'));

describe('undo history: document edits are steps, view changes are not', () => {
  it('an org edit is one undo step; undo and redo walk it', () => {
    expect(canUndo()).toBe(false);
    editOrg((org) => moveUnit(org, u('u13'), u('u02')));
    expect(parentOf('u13')).toBe('u02');
    expect(canUndo()).toBe(true);
    undo();
    expect(parentOf('u13')).toBe('u03');
    expect(canUndo()).toBe(false);
    expect(canRedo()).toBe(true);
    redo();
    expect(parentOf('u13')).toBe('u02');
  });

  it('collapsing a unit or pinning one is not a step', () => {
    collapse('u02');
    editView((view) => setPosition(view, u('u13'), { x: 10, y: 20 }));
    expect(doc().view.collapsed).toEqual(['u02']);
    expect(canUndo()).toBe(false);
  });

  it('undo steps the org back and leaves the view as it is', () => {
    editOrg((org) => renameUnit(org, u('u04'), 'Payments Core'));
    collapse('u02');
    editView((view) => setPosition(view, u('u13'), { x: 10, y: 20 }));
    undo();
    expect(doc().org.units[u('u04')]!.name).toBe('Payments');
    expect(doc().view.collapsed).toEqual(['u02']);
    expect(doc().view.positions[u('u13')]).toEqual({ x: 10, y: 20 });
    redo();
    expect(doc().org.units[u('u04')]!.name).toBe('Payments Core');
    expect(doc().view.collapsed).toEqual(['u02']);
  });

  it('a unit that undo brings back has the view it had (a collapsed unit comes back collapsed)', () => {
    collapse('u13');
    editOrg((org) => removeUnit(org, u('u13'), 'to-parent'));
    expect(doc().view.collapsed).toEqual([]);
    undo();
    expect(doc().org.units[u('u13')]).toBeDefined();
    expect(doc().view.collapsed).toEqual(['u13']);
  });

  it("setScenario with capture 'never' changes the document without a step", () => {
    state().setScenario({ ...doc(), name: 'Renamed' }, 'never');
    expect(doc().name).toBe('Renamed');
    expect(canUndo()).toBe(false);
    state().setScenario({ ...doc(), name: 'Renamed again' });
    expect(canUndo()).toBe(true);
  });

  it('opening or starting a document starts a fresh history', () => {
    editOrg((org) => renameUnit(org, u('u04'), 'X'));
    state().openScenario(doc(), 'handle', 'x.orgsim.json');
    expect(canUndo()).toBe(false);
    editOrg((org) => renameUnit(org, u('u04'), 'Y'));
    state().newDocument('empty');
    expect(canUndo()).toBe(false);
    expect(Object.keys(doc().org.units)).toEqual([]);
  });
});

describe('dirty: any change to what the file holds, the view included', () => {
  it('a fresh document is clean; an edit makes it dirty; undoing back to it makes it clean', () => {
    expect(selectDirty(state())).toBe(false);
    editOrg((org) => renameUnit(org, u('u04'), 'X'));
    expect(selectDirty(state())).toBe(true);
    undo();
    expect(selectDirty(state())).toBe(false);
  });

  it('collapsing a unit makes it dirty (the file saves the view); expanding it again makes it clean', () => {
    collapse('u02');
    expect(selectDirty(state())).toBe(true);
    collapse('u02');
    expect(selectDirty(state())).toBe(false);
  });

  it('undoing an edit made before a collapse leaves the document dirty (the collapse is still unsaved)', () => {
    editOrg((org) => renameUnit(org, u('u04'), 'X'));
    collapse('u02');
    undo();
    expect(selectDirty(state())).toBe(true);
  });

  it('saving makes it clean; an import never saved is dirty', () => {
    editOrg((org) => renameUnit(org, u('u04'), 'X'));
    state().markSaved('handle', 'x.orgsim.json', doc());
    expect(selectDirty(state())).toBe(false);
    state().adoptScenario(doc());
    expect(selectDirty(state())).toBe(true);
  });
});

describe('stale runs: only the run inputs count', () => {
  const result = { months: 24 } as SimulationResult;
  const batch = { runs: 50, months: 24 } as MonteCarloResult;
  const run = () => {
    state().simulationStarted(doc());
    state().simulationDone(result);
    state().monteCarloStarted(doc());
    state().monteCarloDone(batch);
  };

  it.each<[string, () => void]>([
    ['collapsing a unit', () => collapse('u02')],
    ['pinning a unit', () => editView((view) => setPosition(view, u('u13'), { x: 1, y: 2 }))],
    ['renaming the scenario', () => state().setScenario({ ...doc(), name: 'Another name' })],
    ['the same run settings written again', () => state().setScenario({ ...doc(), simulation: { ...doc().simulation } })],
  ])('%s leaves the run and the Monte Carlo batch current', (_, change) => {
    run();
    change();
    expect(runIsCurrent()).toBe(true);
    expect(monteCarloIsCurrent()).toBe(true);
  });

  it.each<[string, (s: Scenario) => Scenario]>([
    ['an org edit', (s) => ({ ...s, org: { ...s.org } })],
    ['a policy change', (s) => ({ ...s, policy: { ...s.policy } })],
    ['an event', (s) => ({ ...s, events: [] })],
    ['another seed', (s) => ({ ...s, simulation: { ...s.simulation, seed: 2 } })],
    ['more months', (s) => ({ ...s, simulation: { ...s.simulation, months: 36 } })],
  ])('%s makes them stale', (_, change) => {
    run();
    state().setScenario(change(doc()));
    expect(runIsCurrent()).toBe(false);
    expect(monteCarloIsCurrent()).toBe(false);
  });

  it('undoing the edit that made a run stale makes it current again, whatever the view did meanwhile', () => {
    run();
    editOrg((org) => renameUnit(org, u('u04'), 'X'));
    collapse('u02');
    expect(runIsCurrent()).toBe(false);
    undo();
    expect(runIsCurrent()).toBe(true);
    expect(monteCarloIsCurrent()).toBe(true);
  });

  it('a new document drops the runs', () => {
    run();
    state().newDocument('sample');
    expect(state().sim.result).toBeNull();
    expect(state().sim.runOf).toBeNull();
  });
});
