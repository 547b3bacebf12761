/** Small wording helpers shared by every message the app and the CLI write. */

/**
 * A count with its noun, singular for exactly one: `plural(1, 'unit')` → `'1 unit'`, `plural(3, 'unit')` → `'3 units'`,
 * `plural(2, 'person', 'people')` → `'2 people'`. Numbers are written with thousands separators (`'1,200 people'`).
 */
export function plural(n: number, singular: string, many = `${singular}s`): string {
  return `${countText(n)} ${n === 1 ? singular : many}`;
}

/** Counts written so far: a zoomed-out chart writes thousands of them a frame, and toLocaleString is slow in a browser. */
const written = new Map<number, string>();

/** A number with thousands separators, `countText(1200)` → `'1,200'`. */
export function countText(n: number): string {
  let text = written.get(n);
  if (text === undefined) {
    text = n.toLocaleString('en-US');
    if (written.size < 100_000) written.set(n, text);
  }
  return text;
}
