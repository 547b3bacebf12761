import { describe, expect, it } from 'vitest';
import { getOwn, hasOwn, ownRecord, setOwn, tableValues, withoutBidiControls } from './lookup';

describe('getOwn and hasOwn', () => {
  const record: Record<string, number> = { a: 1, constructor: 2 };
  it.each([
    ['a', 1],
    ['constructor', 2],
    ['toString', undefined],
    ['valueOf', undefined],
    ['__proto__', undefined],
    ['hasOwnProperty', undefined],
    ['missing', undefined],
  ])('getOwn(record, %s) → %s', (key, value) => {
    expect(getOwn(record, key)).toBe(value);
    expect(hasOwn(record, key)).toBe(value !== undefined);
  });
});

describe('ownRecord and setOwn', () => {
  it('stores __proto__ as an entry and never touches a prototype', () => {
    const rec = ownRecord<string, number>();
    rec['__proto__'] = 1;
    expect(Object.keys(rec)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(rec)).toBeNull();
    const plain: Record<string, unknown> = {};
    setOwn(plain, '__proto__', { polluted: true });
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(getOwn(plain, '__proto__')).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('withoutBidiControls', () => {
  it.each([
    ['Ana \u202Egnp.exe\u202C Ruiz', 'Ana gnp.exe Ruiz'],
    ['\u2066isolated\u2069', 'isolated'],
    ['\u200F\u200E\u061Cmarks', 'marks'],
    ['עברית and العربية', 'עברית and العربية'],
  ])('%j → %j', (text, clean) => expect(withoutBidiControls(text)).toBe(clean));
});

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
