/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so results don't depend on the machine's zone. */
import type { IsoDate } from './types';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `isIsoDate('2024-02-29')` → true; `isIsoDate('2023-02-29')` → false. Years below 100 are refused (JavaScript's
 * dates read them as 19xx). Read character by character: a 100,000-person file checks some 200,000 dates. */
export function isIsoDate(text: string): boolean {
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return false;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (y < 100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

const DASH = 45;

/** The number written by the ASCII digits text[from..to), or -1 if any character is not one. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function toUtcMs(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** `yearsBetween('2020-01-01', '2022-07-02')` → ≈2.5. Negative when `to` is before `from`. */
export function yearsBetween(from: IsoDate, to: IsoDate): number {
  return (toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY / 365.25;
}

/** Whole calendar months from `from` to `to`: `monthsBetween('2024-01-31', '2024-03-01')` → 1. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = new Date(toUtcMs(from));
  const b = new Date(toUtcMs(to));
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (b.getUTCDate() < a.getUTCDate()) months -= 1;
  return months;
}

/** `addMonths('2024-01-31', 1)` → `'2024-02-29'` (clamped to the month's last day). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = new Date(toUtcMs(date));
  const day = d.getUTCDate();
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}
