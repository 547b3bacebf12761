import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, migrateToCurrent, type Migration } from './migrations';
import { FILE_VERSION } from './schema';

describe('migrate', () => {
  it('runs each step in order, from the file’s version up to the target, stamping each version', () => {
    const seen: number[] = [];
    const chain: Record<number, Migration> = {
      0: (d) => (seen.push(0), { ...(d as object), a: 1 }),
      1: (d) => (seen.push(1), { ...(d as object), b: (d as { a: number }).a + 1 }),
      2: (d) => (seen.push(2), { ...(d as object), c: 3 }),
      3: () => {
        throw new Error('past the target: must not run');
      },
    };
    expect(migrate({ version: 0 }, 0, 3, chain)).toEqual({ version: 3, a: 1, b: 2, c: 3 });
    expect(seen).toEqual([0, 1, 2]);
    seen.length = 0;
    expect(migrate({ version: 1, a: 5 }, 1, 3, chain)).toEqual({ version: 3, a: 5, b: 6, c: 3 });
    expect(seen).toEqual([1, 2]);
  });

  it('stops at the current version: migrateToCurrent never runs a step from it', () => {
    const chain: Record<number, Migration> = {
      ...MIGRATIONS,
      [FILE_VERSION]: () => {
        throw new Error('a step beyond the current version must not run');
      },
    };
    const current = { format: 'orgsim', version: FILE_VERSION };
    expect(migrateToCurrent(current, FILE_VERSION, chain)).toBe(current);
    expect(migrateToCurrent({ format: 'orgsim', version: 0 }, 0, chain)).toMatchObject({ version: FILE_VERSION });
  });

  it('is a bug to lack a step', () => {
    expect(() => migrate({}, 5, 6)).toThrow(/No migration from file version 5 to 6/);
  });

  it('has a step for every version below the current one', () => {
    for (let v = 0; v < FILE_VERSION; v++) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });
});

describe('version 0 → 1', () => {
  const step = MIGRATIONS[0]!;
  it('adds the run settings and the canvas with their defaults', () => {
    expect(step({ format: 'orgsim', version: 0, name: 'Old', org: { asOf: '2025-01-01' } })).toEqual({
      format: 'orgsim',
      version: 1,
      name: 'Old',
      org: { asOf: '2025-01-01' },
      simulation: { months: 24, seed: 1 },
      view: { positions: {}, collapsed: [] },
    });
  });
  it('keeps run settings a file already had', () => {
    expect(step({ version: 0, simulation: { months: 6, seed: 9 } })).toMatchObject({ simulation: { months: 6, seed: 9 } });
  });
  it.each([null, 7, 'text', []])('leaves %j alone for the schema to judge', (doc) => {
    expect(step(doc)).toEqual(doc);
  });
  it('does not change its input', () => {
    const doc = Object.freeze({ version: 0 });
    step(doc);
    expect(doc).toEqual({ version: 0 });
  });
});

describe('version 1 → 2', () => {
  const step = MIGRATIONS[1]!;
  it('changes nothing: an explicit false stays not met, a missing signal is read as unknown by the schema', () => {
    const v1 = { format: 'orgsim', version: 1, org: { asOf: '2025-01-01', people: [{ id: 'p1', signals: { influence: false } }] } };
    expect(step(v1)).toEqual(v1);
    expect(MIGRATIONS[1]!(v1)).toEqual(v1);
  });
});

describe('version 2 → 3', () => {
  const step = MIGRATIONS[2]!;
  it('makes the file one variant, named Baseline, with its plan where it was', () => {
    const v2 = { format: 'orgsim', version: 2, name: 'Plan', org: { asOf: '2025-01-01' }, events: [] };
    expect(step(v2)).toEqual({ ...v2, variant: 'Baseline', variantAt: 0, variants: [] });
    expect(migrateToCurrent(v2, 2)).toEqual({ ...v2, version: 3, variant: 'Baseline', variantAt: 0, variants: [] });
  });
  it.each([null, 7, 'text', []])('leaves %j alone for the schema to judge', (doc) => {
    expect(step(doc)).toEqual(doc);
  });
});

describe('every older version', () => {
  it('reaches the current version through the chain, one variant named Baseline', () => {
    for (let v = 0; v < FILE_VERSION; v++) {
      const doc = migrateToCurrent({ format: 'orgsim', version: v, org: { asOf: '2025-01-01' } }, v) as Record<string, unknown>;
      expect(doc).toMatchObject({ version: FILE_VERSION, variant: 'Baseline', variants: [] });
    }
  });
});
