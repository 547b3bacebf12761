import { describe, expect, it } from 'vitest';
import { addMonths, isIsoDate, monthsBetween, yearsBetween } from './dates';

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['yesterday', false],
  ])('isIsoDate(%s) → %s', (text, expected) => expect(isIsoDate(text)).toBe(expected));

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2026-11-15', 2, '2027-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('addMonths(%s, %d) → %s', (date, n, expected) => expect(addMonths(date, n)).toBe(expected));

  it.each([
    ['2024-01-31', '2024-03-01', 1],
    ['2024-01-15', '2024-03-15', 2],
    ['2024-03-15', '2024-01-15', -2],
  ])('monthsBetween(%s, %s) → %d', (a, b, expected) => expect(monthsBetween(a, b)).toBe(expected));

  it('measures years, negative backwards', () => {
    expect(yearsBetween('2020-01-01', '2022-07-02')).toBeCloseTo(2.5, 2);
    expect(yearsBetween('2022-01-01', '2021-01-01')).toBeCloseTo(-1, 2);
  });
});
