/** Variants in the file (version 3): saved and read back whole, old files as one variant, bad variants refused with a path. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileProblem } from '../ipc';
import { duplicateVariant, renameVariant, switchVariant, variantNames } from '../model/variants';
import type { Scenario } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { arbitraryScenario } from '../testing/arbitraries';
import { parseScenarioFile, serializeScenario } from './scenarioFile';

type Json = any; // these tests build broken files on purpose

const must = <T, E>(r: { ok: true; value: T } | { ok: false; error: E }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const problemsOf = (text: string): readonly FileProblem[] => {
  const r = parseScenarioFile(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.error;
};
/** The sample with three variants: Baseline, Series B (6-month runs, edited), Acquire Acme. */
const threeVariants = (): Scenario => {
  const b = must(duplicateVariant(sampleScenario(), 'Series B'));
  const edited = { ...b, simulation: { ...b.simulation, months: 6 } };
  return must(switchVariant(must(duplicateVariant(edited, 'Acquire Acme')), 'Series B'));
};
const fileOf = (s: Scenario): Json => JSON.parse(serializeScenario(s));

describe('variants in the file', () => {
  it('saves every variant and reads them back the same, with the one open and its place', () => {
    const s = threeVariants();
    const back = must(parseScenarioFile(serializeScenario(s)));
    expect(back).toEqual(s);
    expect(variantNames(back)).toEqual(['Baseline', 'Series B', 'Acquire Acme']);
    expect(back.variant).toBe('Series B');
    expect(serializeScenario(back)).toBe(serializeScenario(s));
    const file = fileOf(s);
    expect(file.variant).toBe('Series B');
    expect(file.variantAt).toBe(1);
    expect(file.variants.map((v: Json) => v.name)).toEqual(['Baseline', 'Acquire Acme']);
    expect(Object.keys(file.variants[0])).toEqual(['name', 'org', 'policy', 'events', 'simulation', 'view']);
  });

  it('a document of one variant named Baseline reads back as one that never had variants', () => {
    const s = sampleScenario();
    const back = must(parseScenarioFile(serializeScenario(s)));
    expect(back).toEqual(s);
    expect('variants' in back).toBe(false);
    const renamed = must(renameVariant(s, 'Baseline', 'Today'));
    expect(must(parseScenarioFile(serializeScenario(renamed)))).toEqual(renamed);
  });

  it('round-trips any scenario given variants', () => {
    fc.assert(
      fc.property(arbitraryScenario(), fc.constantFrom('B', 'Series B', 'Ünïcode ✓'), (scenario, name) => {
        const s = must(duplicateVariant(scenario, name));
        expect(must(parseScenarioFile(serializeScenario(s)))).toEqual(s);
      }),
      { numRuns: 25 },
    );
  });

  it('a version-2 file opens as one variant named Baseline', () => {
    const file = fileOf(sampleScenario());
    const { variant: _v, variantAt: _a, variants: _o, ...v2 } = { ...file, version: 2 };
    const back = must(parseScenarioFile(JSON.stringify(v2)));
    expect(back).toEqual(sampleScenario());
    expect(variantNames(back)).toEqual(['Baseline']);
  });

  it('refuses two variants of the same name, naming both', () => {
    const file = fileOf(threeVariants());
    file.variants[1].name = ' series b';
    expect(problemsOf(JSON.stringify(file))).toEqual([
      {
        path: 'variants[1].name',
        message: 'Two variants are named “ series b”: this one and the variant open in the file (“variant”). Each variant needs its own name.',
      },
    ]);
  });

  it('checks a variant’s org like the main one, with the path into the variant', () => {
    const file = fileOf(threeVariants());
    file.variants[1].org.units[2].parentId = 'nowhere';
    file.variants[0].org.people[1].level = 12;
    const problems = problemsOf(JSON.stringify(file));
    expect(problems.map((p) => p.path)).toEqual(['variants[0].org.people[1].level', 'variants[1].org.units[2].parentId']);
    expect(problems[1]!.message).toMatch(/nowhere/);
  });

  it('refuses a variant without a name or without an org, and a list that is not a list', () => {
    const file = fileOf(threeVariants());
    file.variants[0].name = '  ';
    delete file.variants[1].org;
    expect(problemsOf(JSON.stringify(file)).map((p) => p.path)).toEqual(['variants[0].name', 'variants[1].org']);
    expect(problemsOf(JSON.stringify({ ...fileOf(sampleScenario()), variants: 'Series B' }))[0]!.path).toBe('variants');
  });

  it('a place beyond the list is read as the end, not refused', () => {
    const file = fileOf(threeVariants());
    file.variantAt = 99;
    expect(variantNames(must(parseScenarioFile(JSON.stringify(file))))).toEqual(['Baseline', 'Acquire Acme', 'Series B']);
  });
});
