import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, isIsoDate, monthsBetween, yearsBetween } from './dates';

describe('dates', () => {
  it.each([
    ['2024-02-29', true], // leap year
    ['2023-02-29', false],
    ['2000-02-29', true], // divisible by 400: leap
    ['1900-02-29', false], // divisible by 100 but not 400: not leap
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00', false],
    [' 2026-01-01', false],
    ['', false],
    ['yesterday', false],
    ['0099-01-01', false], // JavaScript's dates read years below 100 as 19xx
    ['0100-03-01', true],
    ['2026-01-01\n', false],
    ['２０２６-01-01', false], // digits other than ASCII
  ])('isIsoDate(%j) → %s', (text, expected) => expect(isIsoDate(text)).toBe(expected));

  it('isIsoDate agrees with the calendar of JavaScript dates on any string of the shape and near it', () => {
    const byDate = (text: string): boolean => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (!m) return false;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = new Date(Date.UTC(y, mo - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const shaped = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, mo, d]) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`);
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string({ maxLength: 12 })), (text) => isIsoDate(text) === byDate(text)),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'], // clamped to a leap February
    ['2023-01-31', 1, '2023-02-28'], // clamped to a common February
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-11-15', 2, '2027-01-15'], // across the year end
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-31', 0, '2026-05-31'],
  ])('addMonths(%s, %d) → %s', (date, n, expected) => expect(addMonths(date, n)).toBe(expected));

  it.each([
    ['2024-01-31', '2024-03-01', 1],
    ['2024-01-31', '2024-02-29', 0], // the 29th is before the 31st: not a whole month yet
    ['2024-02-29', '2025-02-28', 11],
    ['2024-02-29', '2025-03-01', 12],
    ['2024-01-15', '2024-03-15', 2],
    ['2025-12-31', '2026-01-01', 0],
    ['2020-01-15', '2026-11-15', 82],
    ['2026-11-01', '2026-11-01', 0],
    ['2024-03-15', '2024-01-15', -2],
  ])('monthsBetween(%s, %s) → %d', (a, b, expected) => expect(monthsBetween(a, b)).toBe(expected));

  it('adding n months to a day that every month has is undone by monthsBetween', () => {
    const day = fc.record({ y: fc.integer({ min: 1990, max: 2060 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(day, fc.integer({ min: -240, max: 240 }), ({ y, m, d }, n) => {
        const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const later = addMonths(date, n);
        expect(isIsoDate(later)).toBe(true);
        expect(monthsBetween(date, later)).toBe(n);
      }),
    );
  });

  it('measures years, negative backwards, leap days included', () => {
    expect(yearsBetween('2020-01-01', '2022-07-02')).toBeCloseTo(2.5, 2);
    expect(yearsBetween('2022-01-01', '2021-01-01')).toBeCloseTo(-1, 2);
    expect(yearsBetween('2024-02-29', '2028-02-29')).toBe(4); // 1461 days = 4 × 365.25
    expect(yearsBetween('2026-11-01', '2026-11-01')).toBe(0);
  });
});
