import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../sample/sampleScenario';
import { removePerson } from './edits';
import type { Scenario } from './types';
import {
  DEFAULT_VARIANT,
  activeVariantName,
  allVariants,
  checkVariantName,
  deleteVariant,
  duplicateVariant,
  findVariant,
  renameVariant,
  switchVariant,
  variantNames,
  variantScenario,
  withoutVariants,
} from './variants';

const must = <T, E>(r: { ok: true; value: T } | { ok: false; error: E }): T => {
  if (!r.ok) throw new Error(String(r.error));
  return r.value;
};

/** The sample with a Series B variant whose run is 6 months long, edited now. */
const withSeriesB = (): Scenario => {
  const copy = must(duplicateVariant(sampleScenario(), 'Series B'));
  return { ...copy, simulation: { ...copy.simulation, months: 6 } };
};

describe('variants', () => {
  it('a document without variants is one, named Baseline', () => {
    const s = sampleScenario();
    expect(activeVariantName(s)).toBe(DEFAULT_VARIANT);
    expect(variantNames(s)).toEqual(['Baseline']);
    expect(variantScenario(s, 'Baseline')).toEqual(s);
  });

  it('duplicating copies the plan being edited, places the copy after it and edits the copy', () => {
    const base = sampleScenario();
    const s = must(duplicateVariant(base, '  Series B '));
    expect(variantNames(s)).toEqual(['Baseline', 'Series B']);
    expect(activeVariantName(s)).toBe('Series B');
    expect(s.org).toBe(base.org);
    expect(variantScenario(s, 'Baseline')).toEqual(base);
  });

  it('switching keeps each variant’s own edits and the order of the list', () => {
    const b = withSeriesB();
    const back = must(switchVariant(b, 'Baseline'));
    expect(back.simulation.months).toBe(sampleScenario().simulation.months);
    expect(variantNames(back)).toEqual(['Baseline', 'Series B']);
    const again = must(switchVariant(back, 'Series B'));
    expect(again.simulation.months).toBe(6);
    expect(must(switchVariant(again, 'Series B'))).toBe(again);
    expect(switchVariant(again, 'Nope').ok).toBe(false);
  });

  it('an edit to one variant leaves the others as they were', () => {
    const b = withSeriesB();
    const someone = Object.keys(b.org.people)[3] as keyof typeof b.org.people;
    const edited = { ...b, org: must(removePerson(b.org, someone)) };
    expect(variantScenario(edited, 'Baseline')!.org.people[someone]).toBeDefined();
    expect(variantScenario(edited, 'Series B')!.org.people[someone]).toBeUndefined();
  });

  it('names are unique without case or surrounding spaces, and not blank', () => {
    const b = withSeriesB();
    expect(checkVariantName(b, ' series b')).toBe('There is already a variant named “Series B”.');
    expect(checkVariantName(b, '  ')).toBe('A variant needs a name.');
    expect(checkVariantName(b, 'x'.repeat(61))).toMatch(/at most 60/);
    expect(checkVariantName(b, 'series b', 'Series B')).toBeNull();
    expect(duplicateVariant(b, 'BASELINE').ok).toBe(false);
    expect(findVariant(b, ' series B ')).toBe('Series B');
    expect(findVariant(b, 'Series C')).toBeNull();
  });

  it('renames any variant, the one being edited or another', () => {
    const b = withSeriesB();
    const r1 = must(renameVariant(b, 'Baseline', 'Do nothing'));
    expect(variantNames(r1)).toEqual(['Do nothing', 'Series B']);
    expect(activeVariantName(r1)).toBe('Series B');
    const r2 = must(renameVariant(r1, 'Series B', 'Series B (big)'));
    expect(activeVariantName(r2)).toBe('Series B (big)');
    expect(r2.simulation.months).toBe(6);
    expect(renameVariant(r2, 'Do nothing', 'series b (BIG)').ok).toBe(false);
  });

  it('deletes a variant; deleting the one being edited edits its neighbour; the last one stays', () => {
    const b = withSeriesB();
    const three = must(duplicateVariant(b, 'Acquire Acme'));
    expect(variantNames(three)).toEqual(['Baseline', 'Series B', 'Acquire Acme']);
    const gone = must(deleteVariant(three, 'Acquire Acme'));
    expect(activeVariantName(gone)).toBe('Series B');
    expect(variantNames(gone)).toEqual(['Baseline', 'Series B']);
    const other = must(deleteVariant(three, 'Baseline'));
    expect(activeVariantName(other)).toBe('Acquire Acme');
    expect(variantNames(other)).toEqual(['Series B', 'Acquire Acme']);
    const one = must(deleteVariant(b, 'Series B'));
    expect(one).toEqual(sampleScenario()); // back to a document that never had variants
    expect(deleteVariant(one, 'Baseline').ok).toBe(false);
  });

  it('a standalone variant scenario carries no variants', () => {
    const b = withSeriesB();
    const s = variantScenario(b, 'Baseline')!;
    expect(s.variants).toBeUndefined();
    expect(s.variant).toBeUndefined();
    expect(s.name).toBe(b.name);
    expect(variantScenario(b, 'nope')).toBeNull();
    expect(withoutVariants(b)).toEqual(variantScenario(b, 'Series B'));
    expect(allVariants(b).map((v) => v.simulation.months)).toEqual([sampleScenario().simulation.months, 6]);
  });
});
