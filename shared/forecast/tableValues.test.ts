import { describe, expect, it } from 'vitest';
import { setOwn } from '../model/lookup';
import { tableValues } from './tableValues';

describe('tableValues', () => {
  it('lists what Object.values lists, in the same order, for small and dictionary-mode tables', () => {
    const small = { b: 1, a: 2, '7': 3 };
    expect(tableValues(small)).toEqual(Object.values(small));
    const big: Record<string, number> = {};
    for (let i = 0; i < 500; i++) big[`u${(i * 7919) % 500}`] = i;
    delete big.u3;
    big['2'] = -1;
    expect(tableValues(big)).toEqual(Object.values(big));
  });

  it('reads own entries only, `__proto__` included', () => {
    const table: Record<string, number> = {};
    setOwn(table, '__proto__', 1);
    setOwn(table, 'constructor', 2);
    expect(tableValues(table)).toEqual([1, 2]);
  });
});
