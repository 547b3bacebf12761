import { describe, expect, it } from 'vitest';
import { createRng, createStreams, mixedState } from './rng';

/** Kolmogorov-Smirnov distance of a sample from the uniform distribution on [0, 1). */
function ksDistance(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const n = sorted.length;
  return Math.max(...sorted.map((x, i) => Math.max((i + 1) / n - x, x - i / n)));
}

describe('seeds are mixed before use', () => {
  it('the first draws of seeds 1..1,000 are uniform (Kolmogorov-Smirnov and chi-square at the 1% level)', () => {
    const first = Array.from({ length: 1000 }, (_, i) => createRng(i + 1).next());
    // Critical KS distance at 1% for n = 1,000: 1.63 / sqrt(n).
    expect(ksDistance(first)).toBeLessThan(1.63 / Math.sqrt(1000));
    const bins = new Array<number>(10).fill(0);
    for (const x of first) bins[Math.floor(x * 10)]!++;
    const chi2 = bins.reduce((s, o) => s + (o - 100) ** 2 / 100, 0);
    // Chi-square with 9 degrees of freedom, 1% critical value 21.67.
    expect(chi2).toBeLessThan(21.67);
    // The old unmixed generator started every small seed near 1.0: no month-1 event could ever happen.
    expect(first.filter((x) => x < 0.1).length).toBeGreaterThan(60);
  });

  it('seeds that differ past 32 bits give different runs', () => {
    expect(createRng(1).next()).not.toBe(createRng(2 ** 32 + 1).next());
    expect(mixedState(7, 'main')).not.toEqual(mixedState(7 + 2 ** 40, 'main'));
    expect(createRng(-1).next()).not.toBe(createRng(1).next());
  });

  it('the same seed gives the same numbers on every call', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });
});

describe('one stream per purpose (common random numbers)', () => {
  it('drawing more for one purpose leaves another purpose’s numbers as they were', () => {
    const quiet = createStreams(9);
    const busy = createStreams(9);
    for (let i = 0; i < 100; i++) busy.of('hires').next();
    expect(Array.from({ length: 5 }, () => busy.of('attrition').next())).toEqual(Array.from({ length: 5 }, () => quiet.of('attrition').next()));
  });

  it('purposes differ from each other and from the main stream', () => {
    const s = createStreams(3);
    const firsts = ['main', 'hires', 'attrition', 'develop:p1', 'develop:p2'].map((p) => s.of(p).next());
    expect(new Set(firsts).size).toBe(firsts.length);
  });

  it('int, pick and chance stay in range', () => {
    const rng = createRng(5);
    for (let i = 0; i < 500; i++) {
      const n = rng.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
      expect(['a', 'b']).toContain(rng.pick(['a', 'b']));
    }
    expect(rng.chance(0)).toBe(false);
    expect(rng.chance(1)).toBe(true);
  });
});

describe('keyed streams (one per person)', () => {
  it('the first draws of 2,000 people’s streams, and of one person over seeds 1..1,000, are uniform (KS at 1%)', () => {
    const s = createStreams(11);
    const people = Array.from({ length: 2000 }, (_, i) => s.of(`attrition:p${i + 1}`).next());
    expect(ksDistance(people)).toBeLessThan(1.63 / Math.sqrt(2000));
    const seeds = Array.from({ length: 1000 }, (_, i) =>
      createStreams(i + 1)
        .of('attrition:p7')
        .next(),
    );
    expect(ksDistance(seeds)).toBeLessThan(1.63 / Math.sqrt(1000));
  });

  it('differ by person, by family and by seed (past 32 bits too), and repeat for the same ones', () => {
    const a = createStreams(3);
    expect(a.of('attrition:p1').next()).not.toBe(a.of('attrition:p2').next());
    expect(createStreams(3).of('attrition:p1').next()).not.toBe(createStreams(3).of('develop:p1').next());
    expect(createStreams(1).of('attrition:p1').next()).not.toBe(
      createStreams(2 ** 32 + 1)
        .of('attrition:p1')
        .next(),
    );
    expect(createStreams(9).of('attrition:p5').next()).toBe(createStreams(9).of('attrition:p5').next());
    // Neighbouring draws of one stream are not correlated with the next person's.
    const s = createStreams(4);
    const xs = Array.from({ length: 500 }, (_, i) => s.of(`attrition:p${i}`).next());
    const mean = xs.reduce((t, x) => t + x, 0) / xs.length;
    const lag = xs.slice(1).reduce((t, x, i) => t + (x - mean) * (xs[i]! - mean), 0) / xs.reduce((t, x) => t + (x - mean) ** 2, 0);
    expect(Math.abs(lag)).toBeLessThan(0.15);
  });
});

describe('stream families', () => {
  it('family(name)(key) is the stream of(`name:key`), in the same state, whichever asks first', () => {
    const a = createStreams(9);
    const b = createStreams(9);
    const draws = [a.of('develop:p3').next(), a.family('develop')('p3').next(), a.of('develop:p3').next()];
    expect(draws).toEqual([b.family('develop')('p3').next(), b.of('develop:p3').next(), b.family('develop')('p3').next()]);
    expect(a.family('develop')('p3')).toBe(a.of('develop:p3'));
    expect(a.family('develop')('p4').next()).not.toBe(a.family('attrition')('p4').next());
  });
});
