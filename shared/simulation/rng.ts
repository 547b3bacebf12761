/** A seeded random source (pure-rand's xoroshiro128+), so the same scenario and seed give the same run. */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** `createRng(1).next()` is the same number on every machine. */
export function createRng(seed: number): Rng {
  const generator = xoroshiro128plus(seed | 0);
  const next = () => uniformFloat64(generator);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => p > 0 && next() < p,
  };
}
