// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activeVariantName, duplicateVariant, sampleScenario, variantNames, type Scenario, type UnitId } from '../../../shared';
import { undo, useStore } from '../store/store';
import {
  deleteTheVariant,
  duplicateAsVariant,
  followActiveVariant,
  isOtherPlan,
  renameTheVariant,
  stepVariant,
  suggestVariantName,
  switchToVariant,
} from './variantActions';
import { runCommand } from '../commands/registry';
import { useVariantsUi } from './variantsUi';

const history = () => useStore.temporal.getState().pastStates.length;
const scenario = () => useStore.getState().scenario;
const unwrap = (r: { ok: true; value: Scenario } | { ok: false; error: string }): Scenario => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

beforeEach(() => {
  useStore.getState().newDocument('sample');
  useStore.getState().showNotice(null);
  useVariantsUi.setState({ dialog: null, compareOpen: false });
});

describe('variant operations from the UI', () => {
  it.each([
    ['duplicate', () => duplicateAsVariant('Series B'), ['Baseline', 'Series B'], 'Series B'],
    ['rename', () => renameTheVariant('Baseline', 'Today'), ['Today'], 'Today'],
  ] as const)('%s is one undo step, and undo restores the document exactly', (_, act, names, active) => {
    const before = scenario();
    expect(act()).toBe(true);
    expect(variantNames(scenario())).toEqual(names);
    expect(activeVariantName(scenario())).toBe(active);
    expect(history()).toBe(1);
    undo();
    expect(scenario()).toBe(before);
  });

  it('switch and delete are one undo step each; the notice says what is edited now', () => {
    duplicateAsVariant('Series B');
    expect(switchToVariant('Baseline')).toBe(true);
    expect(useStore.getState().notice).toBe('Editing “Baseline”');
    expect(history()).toBe(2);
    expect(deleteTheVariant('Baseline')).toBe(true);
    expect(variantNames(scenario())).toEqual(['Series B']);
    expect(useStore.getState().notice).toBe('Deleted “Baseline”. Editing “Series B”.');
    expect(history()).toBe(3);
    undo();
    expect(variantNames(scenario())).toEqual(['Baseline', 'Series B']);
    expect(activeVariantName(scenario())).toBe('Baseline');
  });

  it('switching to the variant already edited records nothing', () => {
    expect(switchToVariant('Baseline')).toBe(true);
    expect(history()).toBe(0);
  });

  it.each([
    ['a taken name, in another case', () => duplicateAsVariant(' baseline '), 'There is already a variant named “Baseline”.'],
    ['an empty name', () => renameTheVariant('Baseline', '   '), 'A variant needs a name.'],
    ['the last variant', () => deleteTheVariant('Baseline'), 'A document keeps at least one variant.'],
    ['a variant nobody has', () => switchToVariant('Acme'), 'There is no variant named “Acme”.'],
  ])('refuses %s with a message and changes nothing', (_, act, message) => {
    const before = scenario();
    expect(act()).toBe(false);
    expect(scenario()).toBe(before);
    expect(history()).toBe(0);
    expect(useStore.getState().notice).toBe(message);
  });

  it('steps through the variants in the switcher’s order, wrapping around', () => {
    duplicateAsVariant('B');
    duplicateAsVariant('C');
    switchToVariant('Baseline');
    stepVariant(-1);
    expect(activeVariantName(scenario())).toBe('C');
    stepVariant(1);
    stepVariant(1);
    expect(activeVariantName(scenario())).toBe('B');
  });

  it('the commands (menu, keys) open the dialogs and the compare view; Delete and Next need a second variant', () => {
    expect(runCommand('variant-delete')).toBe(false);
    expect(runCommand('variant-next')).toBe(false);
    expect(runCommand('variant-duplicate')).toBe(true);
    expect(useVariantsUi.getState().dialog).toEqual({ kind: 'duplicate' });
    runCommand('variant-rename');
    expect(useVariantsUi.getState().dialog).toEqual({ kind: 'rename', name: 'Baseline' });
    runCommand('compare-variants');
    expect(useVariantsUi.getState().compareOpen).toBe(true);
    duplicateAsVariant('B');
    expect(runCommand('variant-previous')).toBe(true);
    expect(activeVariantName(scenario())).toBe('Baseline');
  });
});

describe('suggestVariantName', () => {
  it.each([
    [[], 'Baseline copy'],
    [['Baseline copy'], 'Baseline copy 2'],
    [['Baseline copy', 'baseline COPY 2'], 'Baseline copy 3'],
  ])('with %j taken → %s', (taken, expected) => {
    let s = sampleScenario();
    for (const name of taken) s = unwrap(duplicateVariant(s, name));
    // Suggest a copy of Baseline whichever variant is being edited.
    expect(suggestVariantName(s, 'Baseline')).toBe(expected);
  });

  it('a name too long for a suffix suggests a short one', () => {
    const s = unwrap(duplicateVariant(sampleScenario(), 'x'.repeat(58)));
    expect(suggestVariantName(s)).toBe('Variant copy');
  });
});

describe('the canvas follows the variant being edited', () => {
  let stop: () => void = () => undefined;
  afterEach(() => stop());

  it('isOtherPlan: a switch is; a rename, a duplicate or an edit is not', () => {
    const base = sampleScenario();
    const two = unwrap(duplicateVariant(base, 'B'));
    const edited: Scenario = { ...two, org: { ...two.org } };
    expect(isOtherPlan(two, edited)).toBe(false);
    expect(isOtherPlan(base, two)).toBe(false); // the copy starts from the same org
    expect(isOtherPlan(edited, { ...edited, variant: 'Baseline', org: base.org })).toBe(true);
    expect(isOtherPlan(two, { ...two, variant: 'Baseline', events: [] })).toBe(true); // the same org, other events
    expect(isOtherPlan(two, { ...two, variant: 'C' })).toBe(false); // a rename
  });

  it('switching (or undoing a switch) drops another variant’s run and a selection it lacks', () => {
    stop = followActiveVariant();
    duplicateAsVariant('B');
    // Edit B: remove a unit, and select a unit only Baseline has.
    const s = scenario();
    const gone = Object.keys(s.org.units).find((id) => s.org.units[id as UnitId]!.parentId !== null) as UnitId;
    const { [gone]: _, ...units } = s.org.units;
    useStore.getState().setScenario({ ...s, org: { ...s.org, units } });
    useStore.getState().simulationStarted(scenario());
    useStore.setState({ sim: { ...useStore.getState().sim, status: 'done', month: 3 } });
    switchToVariant('Baseline');
    useStore.getState().selectUnit(gone);
    expect(useStore.getState().sim).toMatchObject({ status: 'idle', result: null, runOf: null, month: 0 });
    undo(); // back to B, which lacks the unit
    expect(activeVariantName(scenario())).toBe('B');
    expect(useStore.getState().selectedUnitId).toBeNull();
  });
});
