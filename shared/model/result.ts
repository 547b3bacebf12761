/** A value or the expected failure that prevented it. Failures a user or a file can cause come back as values. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Wrap a success: `ok(3)` → `{ ok: true, value: 3 }`. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** Wrap a failure: `err('cycle')` → `{ ok: false, error: 'cycle' }`. */
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

/** Throws only when the code itself is wrong (a broken invariant), never for user input. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

/** For exhaustive switches: `default: return assertNever(x)`. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
