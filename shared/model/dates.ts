/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so results don't depend on the machine's zone. */
import type { IsoDate } from './types';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `isIsoDate('2024-02-29')` → true; `isIsoDate('2023-02-29')` → false. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
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
