import { describe, expect, it } from 'vitest';
import { duplicateVariant, removeUnit, renameVariant, sampleScenario, switchVariant, type Scenario, type UnitId } from '../../../shared';
import { sameDocument, sameRunInputs, sameView, viewAfterTravel } from './history';

const u = (id: string) => id as UnitId;
const base = sampleScenario();
const withView = (s: Scenario, collapsed: string[], positions: Record<string, { x: number; y: number }> = {}): Scenario => ({
  ...s,
  view: { collapsed: collapsed.map(u), positions },
});

describe('sameRunInputs and sameDocument', () => {
  it.each<[string, Scenario, boolean, boolean]>([
    ['the view', withView(base, ['u02']), true, true],
    ['the name', { ...base, name: 'Other' }, true, false],
    ['the run settings, same values', { ...base, simulation: { ...base.simulation } }, true, false],
    ['the seed', { ...base, simulation: { ...base.simulation, seed: 9 } }, false, false],
    ['the org', { ...base, org: { ...base.org } }, false, false],
    ['the policy', { ...base, policy: { ...base.policy } }, false, false],
    ['the events', { ...base, events: [] }, false, false],
    ['the variants (a duplicate, the same plan)', (duplicateVariant(base, 'B') as { value: Scenario }).value, true, false],
    ['the variant’s name', (renameVariant(base, 'Baseline', 'Today') as { value: Scenario }).value, true, false],
  ])('changing %s: same run %s, same document %s', (_, changed, run, document) => {
    expect(sameRunInputs(base, changed)).toBe(run);
    expect(sameDocument(base, changed)).toBe(document);
  });
});

describe('sameView', () => {
  it('ignores the order of the collapsed list and compares positions by value', () => {
    expect(sameView(withView(base, ['u02', 'u03']).view, withView(base, ['u03', 'u02']).view)).toBe(true);
    expect(sameView(withView(base, [], { u13: { x: 1, y: 2 } }).view, withView(base, [], { u13: { x: 1, y: 2 } }).view)).toBe(true);
    expect(sameView(withView(base, [], { u13: { x: 1, y: 2 } }).view, withView(base, [], { u13: { x: 1, y: 3 } }).view)).toBe(false);
    expect(sameView(withView(base, ['u02']).view, withView(base, []).view)).toBe(false);
  });
});

describe('viewAfterTravel', () => {
  it('keeps the current view for units both orgs have, and the old view for units the step brings back', () => {
    const removed = removeUnit(base.org, u('u13'), 'to-parent');
    if (!removed.ok) throw new Error(removed.error.message);
    const before = withView(base, ['u13', 'u02'], { u13: { x: 5, y: 5 } });
    const current = withView({ ...base, org: removed.value }, ['u03'], { u10: { x: 1, y: 1 } });
    const restored = viewAfterTravel(current, before);
    expect(restored.org).toBe(base.org);
    expect([...restored.view.collapsed].sort()).toEqual(['u03', 'u13']);
    expect(restored.view.positions).toEqual({ u10: { x: 1, y: 1 }, u13: { x: 5, y: 5 } });
  });

  it('returns the restored scenario itself when the view shows the same (so undoing to the saved file is clean)', () => {
    const restored = withView(base, ['u02']);
    expect(viewAfterTravel(withView({ ...base, name: 'x' }, ['u02']), restored)).toBe(restored);
  });
});

describe('viewAfterTravel across variants', () => {
  it('undoing a switch brings the other variant back with its own view', () => {
    const two = (duplicateVariant(base, 'B') as { value: Scenario }).value;
    const onB = withView({ ...two, org: { ...two.org } }, ['u03']);
    const onA = (switchVariant(onB, 'Baseline') as { value: Scenario }).value;
    expect(viewAfterTravel(onA, onB)).toBe(onB);
  });
});
