import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  DEFAULT_SIMULATION,
  EMPTY_VIEW,
  personId,
  unitId,
  type Org,
  type Scenario,
  type ScenarioEvent,
  type UnitId,
  type XY,
} from '../model/types';
import { duplicateVariant, peopleInAllVariants, switchVariant } from '../model/variants';
import { generateOrg } from '../sample/generateOrg';
import { sampleScenario } from '../sample/sampleScenario';
import { arbitraryScenario } from '../testing/arbitraries';
import { COMPACT_ABOVE_PEOPLE, serializeScenario } from './scenarioFile';
import { SaveAborted, serializeScenarioSliced } from './slicedSave';

const must = <T, E>(r: { ok: true; value: T } | { ok: false; error: E }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

/** A yield that doesn't wait, counting how often it is called. */
const counting = () => {
  const calls = { count: 0 };
  return { calls, yieldNow: () => Promise.resolve(calls.count++) };
};

/** The sliced text, slices as short as possible (every 64 items), so every seam between slices is exercised. */
const sliced = (scenario: Scenario) => serializeScenarioSliced(scenario, { yieldNow: () => Promise.resolve(), sliceMs: 0 });

const generated = (size: number, seed = 1): Scenario => ({
  name: `Generated ${size}`,
  org: generateOrg({ size, seed, asOf: '2026-11-01' }),
  policy: DEFAULT_POLICY,
  events: [],
  simulation: DEFAULT_SIMULATION,
  view: EMPTY_VIEW,
});

/** Every third unit pinned somewhere, every fifth collapsed (some twice, as a view may hold), one entry for a unit that is gone. */
const withView = (scenario: Scenario): Scenario => {
  const ids = Object.keys(scenario.org.units).map(unitId);
  const positions: Record<UnitId, XY> = {};
  ids.forEach((id, i) => {
    if (i % 3 === 0) positions[id] = { x: i * 1.5, y: -i };
  });
  positions[unitId('gone')] = { x: 1, y: 2 };
  const collapsed = ids.filter((_, i) => i % 5 === 0);
  return { ...scenario, view: { positions, collapsed: [...collapsed, ...collapsed.slice(0, 2), unitId('gone')] } };
};

/** Events of every kind, an acquisition of a whole org among them. */
const withEvents = (scenario: Scenario, acquired: Org): Scenario => {
  const [first, second] = Object.keys(scenario.org.units).map(unitId);
  const someone = personId(Object.keys(scenario.org.people)[3]!);
  const events: ScenarioEvent[] = [
    { kind: 'growth', id: 'e1', fromMonth: 1, toMonth: 6, perMonth: 2.5, target: { kind: 'spread' } },
    {
      kind: 'funding',
      id: 'e2',
      month: 3,
      amount: 5e6,
      engineeringShare: 0.6,
      costPerEngineer: 200_000,
      runwayMonths: 18,
      rampMonths: 6,
      target: { kind: 'units', unitIds: [first!] },
    },
    { kind: 'acquisition', id: 'e3', month: 4, underUnitId: first!, mode: 'division', source: { kind: 'org', org: acquired } },
    { kind: 'acquisition', id: 'e4', month: 5, underUnitId: second!, mode: 'integrate', source: { kind: 'generated', size: 40 } },
    { kind: 'downsizing', id: 'e5', month: 7, share: 0.1, target: { kind: 'spread' }, rule: 'lowest-rating' },
    { kind: 'departure', id: 'e6', month: 8, personId: someone },
    { kind: 'reorg', id: 'e7', month: 9, unitId: second!, newParentId: first! },
  ];
  return { ...scenario, events };
};

/** The sample with two more variants, the second one open. */
const withVariants = (scenario: Scenario): Scenario =>
  must(switchVariant(must(duplicateVariant(must(duplicateVariant(scenario, 'Series B')), 'Acquire Acme')), 'Series B'));

/** Names, titles and tags full of what JSON escapes or keeps: quotes, backslashes, control characters, line separators, emoji. */
const oddStrings = (scenario: Scenario): Scenario => {
  const odd = ['Zoë "Z" O\'Neil', 'back\\slash\tand\nnewline', 'line\u2028sep\u2029para', '😀 emoji ∑ and \u0000 nul', '</script>', 'lone \ud800 surrogate'];
  const people = Object.fromEntries(
    Object.entries(scenario.org.people).map(([id, person], i) => [
      id,
      { ...person, name: odd[i % odd.length]!, title: odd[(i + 1) % odd.length]!, tags: [odd[(i + 2) % odd.length]!] },
    ]),
  );
  const units = Object.fromEntries(Object.entries(scenario.org.units).map(([id, unit], i) => [id, { ...unit, name: `${odd[i % odd.length]} ${i}` }]));
  return { ...scenario, name: 'Odd “name”\n\u2028', org: { ...scenario.org, people, units } };
};

describe('writing a file in slices', () => {
  it('writes the sample exactly as serializeScenario does', async () => {
    expect(await sliced(sampleScenario())).toBe(serializeScenario(sampleScenario()));
    expect(await serializeScenarioSliced(sampleScenario())).toBe(serializeScenario(sampleScenario()));
  });

  it('writes a small generated org (indented) exactly, with a view, events, variants and odd strings', async () => {
    const small = generated(600);
    const cases = [
      small,
      withView(small),
      withEvents(small, generated(50, 2).org),
      withVariants(withView(small)),
      oddStrings(withEvents(withView(small), generated(30, 3).org)),
    ];
    for (const scenario of cases) {
      const text = serializeScenario(scenario);
      expect(text.split('\n').length).toBeGreaterThan(1000);
      expect(await sliced(scenario)).toBe(text);
    }
  });

  it('writes the empty parts exactly: no people, no units, no events, no positions', async () => {
    const empty: Scenario = { ...generated(1), org: { asOf: '2026-11-01', people: {}, units: {} } };
    expect(await sliced(empty)).toBe(serializeScenario(empty));
  });

  it('writes a big org (over 20,000 people, compact) exactly, with a view, events, variants and odd strings', async () => {
    const big = withView(generated(21_000));
    expect(peopleInAllVariants(big)).toBeGreaterThan(COMPACT_ABOVE_PEOPLE);
    const text = serializeScenario(big);
    expect(text.split('\n').length).toBe(2);
    expect(await sliced(big)).toBe(text);
    const odd = oddStrings(withEvents(big, generated(200, 4).org));
    expect(await sliced(odd)).toBe(serializeScenario(odd));
    // Two variants of 12,000 people each: compact together, though each alone would be indented.
    const twice = withVariants(generated(8_000));
    expect(peopleInAllVariants(twice)).toBeGreaterThan(COMPACT_ABOVE_PEOPLE);
    expect(await sliced(twice)).toBe(serializeScenario(twice));
  });

  it('writes any valid scenario exactly, with any text in ids and names, and with variants', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryScenario(), async (scenario) => {
        expect(await sliced(scenario)).toBe(serializeScenario(scenario));
      }),
      { numRuns: 100 },
    );
    await fc.assert(
      fc.asyncProperty(arbitraryScenario(6, 12, { ids: 'any', text: 'any' }), async (scenario) => {
        expect(await sliced(scenario)).toBe(serializeScenario(scenario));
        const variants = withVariants(scenario);
        expect(await sliced(variants)).toBe(serializeScenario(variants));
      }),
      { numRuns: 100 },
    );
  });

  it('hands the thread back many times on a big org, reporting progress up to 1', async () => {
    const big = generated(21_000);
    const { calls, yieldNow } = counting();
    const progress: number[] = [];
    // A clock that moves 1 ms per reading (it is read every 64 items): a 10 ms slice ends about every 600 items.
    let clock = 0;
    const text = await serializeScenarioSliced(big, { yieldNow, now: () => clock++, onProgress: (p) => progress.push(p) });
    expect(text).toBe(serializeScenario(big));
    expect(calls.count).toBeGreaterThan(30);
    expect(progress.length).toBe(calls.count + 1);
    expect(progress.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= progress[i - 1]!))).toBe(true);
    expect(progress.at(-2)).toBeGreaterThan(0.95);
    expect(progress.at(-1)).toBe(1);
    // With the real clock and a real setTimeout too.
    let real = 0;
    await serializeScenarioSliced(big, { onProgress: () => real++ });
    expect(real).toBeGreaterThan(1);
  });

  it('counts a variant’s people in the progress, so it reaches 1 only at the end', async () => {
    const twice = withVariants(generated(8_000));
    const progress: number[] = [];
    await serializeScenarioSliced(twice, { yieldNow: () => Promise.resolve(), sliceMs: 0, onProgress: (p) => progress.push(p) });
    expect(progress.filter((p) => p === 1)).toHaveLength(1);
    expect(progress.at(-2)).toBeGreaterThan(0.95);
  });

  it('writes a document of at most `wholeUpTo` people at once, with no pause', async () => {
    const { calls, yieldNow } = counting();
    const progress: number[] = [];
    const small = generated(3_000);
    const text = await serializeScenarioSliced(small, { yieldNow, sliceMs: 0, wholeUpTo: 5_000, onProgress: (p) => progress.push(p) });
    expect(text).toBe(serializeScenario(small));
    expect(calls.count).toBe(0);
    expect(progress).toEqual([1]);
    expect(await serializeScenarioSliced(small, { yieldNow, sliceMs: 0, wholeUpTo: 2_000 })).toBe(text);
    expect(calls.count).toBeGreaterThan(10);
  });

  it('stops when its signal is aborted', async () => {
    const big = generated(21_000);
    const controller = new AbortController();
    const { calls, yieldNow } = counting();
    const stopped = serializeScenarioSliced(big, {
      yieldNow,
      sliceMs: 0,
      signal: controller.signal,
      onProgress: (p) => {
        if (p > 0.2) controller.abort();
      },
    });
    await expect(stopped).rejects.toBeInstanceOf(SaveAborted);
    expect(calls.count).toBeLessThan(200);
  });
});
