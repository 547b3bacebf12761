/**
 * The migration chain: each step takes a file of version n to version n+1, so today's files open in
 * every later version. A step works on plain JSON and must not throw on odd input (the schema judges it next).
 */

type Json = Record<string, unknown>;
/** One step: the document of version n to version n+1. */
export type Migration = (doc: Json) => Json;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Version 0 (pre-release) files had no `simulation` or `view`; version 1 adds them with defaults. */
const v0ToV1: Migration = (doc) => ({
  ...doc,
  version: 1,
  simulation: isObject(doc.simulation) ? doc.simulation : { months: 24, seed: 1 },
  view: isObject(doc.view) ? doc.view : { positions: {}, collapsed: [] },
});

/** `MIGRATIONS[n]` turns a version-n document into version n+1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 0: v0ToV1 };

/**
 * Run the chain from `fromVersion` up to `toVersion`: `migrate({ version: 0, ... }, 0, 1)` → a version-1 document.
 * A missing step is a bug in this file, not in the user's file, hence the throw.
 */
export function migrate(doc: Json, fromVersion: number, toVersion: number, chain: Readonly<Record<number, Migration>> = MIGRATIONS): Json {
  let current = doc;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = chain[v];
    if (!step) throw new Error(`No migration from file version ${v} to ${v + 1}`);
    current = { ...step(current), version: v + 1 };
  }
  return current;
}
