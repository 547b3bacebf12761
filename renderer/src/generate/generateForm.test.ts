import { describe, expect, it } from 'vitest';
import { readGenerateForm, type GenerateForm } from './generateForm';

const form = (patch: Partial<GenerateForm>): GenerateForm => ({ preset: 1_500, custom: '', seed: '1', asOf: '2026-11-01', ...patch });

describe('readGenerateForm', () => {
  it.each([
    [{}, { ok: true, size: 1_500, seed: 1, asOf: '2026-11-01' }],
    [
      { preset: 100_000 as const, seed: '42' },
      { ok: true, size: 100_000, seed: 42, asOf: '2026-11-01' },
    ],
    [
      { preset: 'custom' as const, custom: '4,000' },
      { ok: true, size: 4_000, seed: 1, asOf: '2026-11-01' },
    ],
    [
      { preset: 'custom' as const, custom: '12 500', seed: '0' },
      { ok: true, size: 12_500, seed: 0, asOf: '2026-11-01' },
    ],
    [{ seed: String(2 ** 40) }, { ok: true, size: 1_500, seed: 2 ** 40, asOf: '2026-11-01' }],
  ])('%j reads as %j', (patch, expected) => expect(readGenerateForm(form(patch))).toEqual(expected));

  it.each([
    [{ preset: 'custom' as const, custom: '' }, 'custom'],
    [{ preset: 'custom' as const, custom: '0' }, 'custom'],
    [{ preset: 'custom' as const, custom: '2.5' }, 'custom'],
    [{ preset: 'custom' as const, custom: '300000' }, 'custom'],
    [{ seed: '-1' }, 'seed'],
    [{ seed: '1.5' }, 'seed'],
    [{ seed: '' }, 'seed'],
    [{ seed: String(2 ** 60) }, 'seed'],
    [{ asOf: '2026-02-30' }, 'asOf'],
  ])('%j is refused on %s', (patch, field) => {
    const read = readGenerateForm(form(patch));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(Object.keys(read.errors)).toEqual([field]);
  });

  it('ignores the custom field while a preset is chosen', () => expect(readGenerateForm(form({ custom: 'nonsense' })).ok).toBe(true));
});
