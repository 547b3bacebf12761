/**
 * Variant operations from the UI (the switcher, the menu, the dialogs). Each calls a pure function from
 * shared/model/variants.ts and stores the scenario it returns through the store's one edit path, so each is one
 * undo step; a refusal shows its message and changes nothing.
 */
import {
  activeVariantName,
  checkVariantName,
  deleteVariant,
  duplicateVariant,
  getOwn,
  renameVariant,
  switchVariant,
  variantNames,
  type Result,
  type Scenario,
} from '../../../shared';
import { cancelSimulation } from '../sim/runSimulation';
import { useStore, type SimulationState, type Store } from '../store/store';

/** Store `result` as the next document state (one undo step), or show why not. Returns whether it applied. */
function apply(result: Result<Scenario, string>, done?: string): boolean {
  const state = useStore.getState();
  if (!result.ok) {
    state.showNotice(result.error);
    return false;
  }
  if (result.value !== state.scenario) state.setScenario(result.value);
  if (done) useStore.getState().showNotice(done);
  return true;
}

/** Edit the variant named `name`. */
export function switchToVariant(name: string): boolean {
  const state = useStore.getState();
  if (name === activeVariantName(state.scenario)) return true;
  return apply(switchVariant(state.scenario, name), `Editing “${name}”`);
}

/** Copy the variant being edited as a new variant named `name`, and edit the copy. */
export function duplicateAsVariant(name: string): boolean {
  const state = useStore.getState();
  const from = activeVariantName(state.scenario);
  return apply(duplicateVariant(state.scenario, name), `“${name.trim()}” is a copy of “${from}”; edits now go to “${name.trim()}”.`);
}

/** Rename the variant named `from`. */
export function renameTheVariant(from: string, to: string): boolean {
  return apply(renameVariant(useStore.getState().scenario, from, to), `Renamed “${from}” to “${to.trim()}”.`);
}

/** Delete the variant named `name` (undo brings it back). */
export function deleteTheVariant(name: string): boolean {
  const state = useStore.getState();
  const result = deleteVariant(state.scenario, name);
  return apply(result, result.ok ? `Deleted “${name}”. Editing “${activeVariantName(result.value)}”.` : undefined);
}

/** Edit the next (or, with `step` −1, the previous) variant in the switcher's order, wrapping around. */
export function stepVariant(step: 1 | -1): void {
  const s = useStore.getState().scenario;
  const names = variantNames(s);
  if (names.length < 2) return useStore.getState().showNotice('This document has one variant: duplicate it to make another.');
  const at = names.indexOf(activeVariantName(s));
  switchToVariant(names[(at + step + names.length) % names.length]!);
}

/**
 * A name for a copy of `from` that no variant has yet: "Series B copy", then "Series B copy 2", …
 * `suggestVariantName(sampleScenario())` → `'Baseline copy'`.
 */
export function suggestVariantName(scenario: Scenario, from = activeVariantName(scenario)): string {
  for (let n = 1; ; n++) {
    const name = `${from} copy${n === 1 ? '' : ` ${n}`}`;
    if (checkVariantName(scenario, name) === null) return name;
    // A very long name can't take a suffix within the length limit: start from a short one instead.
    if (n === 1 && name.length > 60) return suggestVariantName(scenario, 'Variant');
  }
}

const IDLE_SIM: Omit<SimulationState, 'month'> = {
  status: 'idle',
  progress: 0,
  result: null,
  runOf: null,
  problems: [],
  playing: false,
  monteCarlo: null,
  monteCarloOf: null,
};

/**
 * Whether going from `prev` to `next` shows another variant's plan: the variant being edited changed name and
 * what a run depends on (org, events, policy, run settings) changed. A rename keeps the plan; a fresh duplicate
 * shares it, so a run still describes it.
 */
export function isOtherPlan(prev: Scenario, next: Scenario): boolean {
  if (prev === next || activeVariantName(next) === activeVariantName(prev)) return false;
  return next.org !== prev.org || next.events !== prev.events || next.policy !== prev.policy || next.simulation !== prev.simulation;
}

/**
 * Keep the canvas, timeline and panels on the variant being edited, however it changed (the switcher, the menu,
 * undo, redo): a run or a Monte Carlo batch of another variant is dropped (a running one stopped), the canvas
 * goes back to today's org, and a selected unit the other variant doesn't have is deselected. Returns the unsubscribe.
 */
export function followActiveVariant(): () => void {
  return useStore.subscribe((state: Store, prev: Store) => {
    if (!isOtherPlan(prev.scenario, state.scenario)) return;
    if (state.sim.status === 'running') cancelSimulation();
    useStore.setState({ sim: { ...IDLE_SIM, month: 0 } });
    const selected = useStore.getState().selectedUnitId;
    if (selected !== null && !getOwn(state.scenario.org.units, selected)) useStore.getState().selectUnit(null);
    // The viewport stays: variants of one org mostly share its layout, and a fit would zoom out of what was read.
  });
}
