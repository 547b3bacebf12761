import { describe, expect, it, vi } from 'vitest';
import { memoizeLast, memoizeWeak } from './memo';

describe('memoizeLast', () => {
  it('recomputes only when an argument changes identity', () => {
    const fn = vi.fn((a: { n: number }, b: number) => ({ sum: a.n + b }));
    const memo = memoizeLast(fn);
    const a = { n: 1 };
    const first = memo(a, 2);
    expect(memo(a, 2)).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(memo({ n: 1 }, 2)).not.toBe(first);
    expect(memo(a, 3)).toEqual({ sum: 4 });
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('treats NaN as unchanged and remembers only the last call', () => {
    const fn = vi.fn((x: number) => [x]);
    const memo = memoizeLast(fn);
    memo(Number.NaN);
    memo(Number.NaN);
    expect(fn).toHaveBeenCalledTimes(1);
    memo(1);
    memo(Number.NaN);
    expect(fn).toHaveBeenCalledTimes(3);
  });
});

describe('memoizeWeak', () => {
  it('remembers a result per object, several at once', () => {
    const fn = vi.fn((o: { n: number }) => ({ twice: o.n * 2 }));
    const memo = memoizeWeak(fn);
    const a = { n: 1 };
    const b = { n: 2 };
    const ra = memo(a);
    const rb = memo(b);
    expect([memo(a), memo(b)]).toEqual([ra, rb]);
    expect(memo(a)).toBe(ra);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('remembers an undefined result too', () => {
    const fn = vi.fn((_: object) => undefined);
    const memo = memoizeWeak(fn);
    const key = {};
    memo(key);
    memo(key);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
