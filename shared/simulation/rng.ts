/**
 * Seeded random sources (pure-rand's xoroshiro128+), so the same scenario and seed give the same run
 * (DOMAIN.md "Time and randomness"). A seed is mixed through splitmix64 before use, with every one of its
 * bits and the name of a purpose, so:
 * - the first draws of seeds 1, 2, 3… are as uniform as any later draw (xoroshiro128+ seeded with small
 *   numbers starts near the same value);
 * - seeds that differ anywhere in their 64 bits (2^32 + 1 vs 1) give different runs;
 * - each purpose ("departures", "hires", "develop:p12") has its own stream, so one more draw for one purpose
 *   (an added event) does not reshuffle the others: common random numbers for comparing variants.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

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

const MASK64 = (1n << 64n) - 1n;

/** One splitmix64 step: the next state and its output (Steele, Lea & Flood 2014; the seeder the xoroshiro authors recommend). */
function splitmix64(state: bigint): [bigint, bigint] {
  const next = (state + 0x9e3779b97f4a7c15n) & MASK64;
  let z = next;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return [next, z ^ (z >> 31n)];
}

/** 64-bit FNV-1a of a purpose's name, so each purpose starts its own stream. */
function hashPurpose(purpose: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < purpose.length; i++) h = ((h ^ BigInt(purpose.charCodeAt(i))) * 0x100000001b3n) & MASK64;
  return h;
}

/** A seed as 64 bits: whole numbers as they are (past 2^32 too), negatives as two's complement. */
export function seedBits(seed: number): bigint {
  return BigInt.asUintN(64, BigInt(Number.isFinite(seed) ? Math.trunc(seed) : 0));
}

/**
 * The 128-bit xoroshiro state for (seed, purpose), as pure-rand's four 32-bit words.
 * `mixedState(1, 'main')` differs from `mixedState(2 ** 32 + 1, 'main')`.
 */
export function mixedState(seed: number, purpose: string): number[] {
  let state = seedBits(seed) ^ hashPurpose(purpose);
  const words: number[] = [];
  for (let i = 0; i < 2; i++) {
    const [next, out] = splitmix64(state);
    state = next;
    words.push(Number(out >> 32n) | 0, Number(out & 0xffffffffn) | 0);
  }
  // xoroshiro's all-zero state is a fixed point; splitmix64 makes it vanishingly unlikely, but never allow it.
  if (words.every((w) => w === 0)) return [1, 0, 0, 0];
  return words;
}

/** `createRng(1).next()` is the same number on every machine; `createRng(1, 'hires')` is another stream of seed 1. */
export function createRng(seed: number, purpose = 'main'): Rng {
  return rngFromState(mixedState(seed, purpose));
}

/** murmur3's 32-bit finaliser: every input bit reaches every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** 32-bit FNV-1a of a key (a person id). */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * The state of the stream for one key of a family (`attrition` + a person id) from the family's mixed state:
 * each word rehashed with the key, so a run can make a stream per person cheaply (a full 64-bit mix per
 * person costs ~60 µs in BigInt arithmetic; this costs well under one).
 */
export function keyedState(familyState: readonly number[], key: string): number[] {
  const k = hash32(key);
  const words = familyState.map((w, i) => fmix32(w ^ fmix32((k + Math.imul(i + 1, 0x9e3779b9)) | 0)));
  return words.every((w) => w === 0) ? [1, 0, 0, 0] : words;
}

function rngFromState(state: readonly number[]): Rng {
  return new PureRandStream(state);
}

/** A stream drawing through pure-rand's own generator and distribution, as methods (no closures per stream). */
class PureRandStream implements Rng {
  private readonly generator: ReturnType<typeof xoroshiro128plusFromState>;

  constructor(state: readonly number[]) {
    this.generator = xoroshiro128plusFromState(state as number[]);
  }

  next(): number {
    return uniformFloat64(this.generator);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(p: number): boolean {
    return p > 0 && this.next() < p;
  }
}

/** One run's random streams, one per purpose, each made on first use. */
export interface Streams {
  /** The stream for a purpose: `streams.of('departures')`, `streams.of('develop:p12')`. */
  of(purpose: string): Rng;
  /**
   * The streams of one family by key, without building the purpose's name each time: `streams.family('develop')('p12')`
   * is `streams.of('develop:p12')` (the same stream, in the same state).
   */
  family(name: string): (key: string) => Rng;
}

/**
 * `createStreams(7).of('hires').next()` is the same whatever else the run draws. A purpose with a key after a
 * colon (`attrition:p12`, `develop:p12`) is one stream of a family: the family is mixed from the seed once and
 * each key's stream derived from it (`keyedState`).
 */
export function createStreams(seed: number): Streams {
  const made = new Map<string, Rng>();
  const families = new Map<string, (key: string) => Rng>();
  const family = (name: string): ((key: string) => Rng) => {
    let of = families.get(name);
    if (!of) {
      const state = mixedState(seed, name);
      const streams = new Map<string, Rng>();
      of = (key) => {
        let rng = streams.get(key);
        if (!rng) streams.set(key, (rng = rngFromState(keyedState(state, key))));
        return rng;
      };
      families.set(name, of);
    }
    return of;
  };
  return {
    of(purpose) {
      const colon = purpose.indexOf(':');
      if (colon >= 0) return family(purpose.slice(0, colon))(purpose.slice(colon + 1));
      let rng = made.get(purpose);
      if (!rng) made.set(purpose, (rng = createRng(seed, purpose)));
      return rng;
    },
    family,
  };
}
