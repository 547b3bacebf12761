/** Small wording helpers shared by every message the app and the CLI write. */

/**
 * A count with its noun, singular for exactly one: `plural(1, 'unit')` → `'1 unit'`, `plural(3, 'unit')` → `'3 units'`,
 * `plural(2, 'person', 'people')` → `'2 people'`. Numbers are written with thousands separators (`'1,200 people'`).
 */
export function plural(n: number, singular: string, many = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : many}`;
}
