import { describe, expect, it } from 'vitest';
import { generateOrg, sampleScenario } from '../../../shared';
import { RecordAssembler, takeBigRecords } from './recordSlices';

/** What the receiving side does: each message a structured copy, the slices first, the rest last. */
function sendAndReceive<T extends object>(value: T, sliceEntries: number): T {
  const sent = structuredClone(value);
  const { places, slices } = takeBigRecords(sent, sliceEntries);
  const assembler = new RecordAssembler();
  for (const slice of slices) assembler.add(structuredClone(slice));
  return assembler.putBack(structuredClone(sent), structuredClone(places));
}

describe('takeBigRecords and RecordAssembler', () => {
  const org = generateOrg({ size: 300, seed: 1, asOf: '2026-11-01' });
  const scenario = { ...sampleScenario(), org, variant: 'B', variantAt: 0, variants: [{ ...sampleScenario(), name: 'A', org: { ...org } }] };

  it('gives back the same document, records in the same order', () => {
    const received = sendAndReceive(scenario, 40);
    expect(received).toEqual(scenario);
    expect(Object.keys(received.org.people)).toEqual(Object.keys(org.people));
    expect(Object.keys(received.variants[0]!.org.units)).toEqual(Object.keys(org.units));
  });

  it('takes out only the records over the slice size, in slices of that size, and sends a shared one once', () => {
    const sent = structuredClone(scenario);
    const { places, slices } = takeBigRecords(sent, 40);
    // The variant's org shares the tables of the document's: they are sent once and put back in both places.
    expect(places.map((p) => p.path.join('.'))).toEqual(['org.people', 'org.units', 'variants.0.org.people', 'variants.0.org.units']);
    expect(new Set(places.map((p) => p.record)).size).toBe(2);
    expect(slices.every((s) => s.keys.length <= 40 && s.keys.length === s.values.length)).toBe(true);
    expect(slices.reduce((n, s) => n + s.keys.length, 0)).toBe(Object.keys(org.people).length + Object.keys(org.units).length);
    expect(sent.org.people).toEqual({});
  });

  it('leaves a document without big records as it is', () => {
    const small = sampleScenario();
    const sent = structuredClone(small);
    expect(takeBigRecords(sent, 10_000)).toEqual({ places: [], slices: [] });
    expect(sent).toEqual(small);
  });
});
