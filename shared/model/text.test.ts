import { describe, expect, it } from 'vitest';
import { plural } from './text';

describe('plural', () => {
  it.each([
    [0, 'unit', undefined, '0 units'],
    [1, 'unit', undefined, '1 unit'],
    [2, 'manager', undefined, '2 managers'],
    [1, 'person', 'people', '1 person'],
    [1200, 'person', 'people', '1,200 people'],
  ])('plural(%i, %s)', (n, noun, many, expected) => {
    expect(plural(n, noun, many)).toBe(expected);
  });
});
