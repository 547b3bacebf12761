/**
 * The migration chain: each step takes a document of file version n to version n+1, so every file
 * OrgSim ever wrote opens in every later OrgSim. A step works on plain JSON and must not throw on odd
 * input: the schema judges the result next and reports what is wrong with a path.
 */
import { DEFAULT_SIMULATION, EMPTY_VIEW } from '../model/types';
import { DEFAULT_VARIANT } from '../model/variants';
import { FILE_VERSION } from './schema';

/** One step: a document of version n (as parsed JSON) to a document of version n+1. */
export type Migration = (doc: unknown) => unknown;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 0 is the pre-release shape, written before a scenario remembered its run settings and its
 * canvas: no `simulation`, no `view`. Version 1 adds both with their defaults.
 */
const v0ToV1: Migration = (doc) => {
  if (!isObject(doc)) return doc;
  return {
    ...doc,
    version: 1,
    simulation: doc.simulation ?? { ...DEFAULT_SIMULATION },
    view: doc.view ?? { positions: {}, collapsed: [...EMPTY_VIEW.collapsed] },
  };
};

/**
 * Version 2 lets a readiness signal be unknown (`null`) and adds the policy settings for people growing,
 * leaving and being replaced. Nothing is rewritten: an explicit v1 `false` stays "not met" (someone wrote it),
 * a missing signal reads as unknown in every version (nobody did), and a missing policy setting takes its
 * default when the schema reads it. The step exists so the chain has no gap and the version is stamped.
 */
const v1ToV2: Migration = (doc) => doc;

/**
 * Version 3 keeps several variants of the plan in one file. An older file is one variant, named Baseline: its
 * plan stays where it was, at the top, and the list of other variants is empty.
 */
const v2ToV3: Migration = (doc) => {
  if (!isObject(doc)) return doc;
  return { ...doc, variant: doc.variant ?? DEFAULT_VARIANT, variantAt: doc.variantAt ?? 0, variants: doc.variants ?? [] };
};

/** `MIGRATIONS[n]` turns a version-n document into version n+1. Today: `{ 0: v0 → v1, 1: v1 → v2, 2: v2 → v3 }`. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 0: v0ToV1, 1: v1ToV2, 2: v2ToV3 };

/**
 * Run `chain` from `fromVersion` up to `toVersion`, in order, stamping each result's `version`.
 * `migrate({ version: 0, ... }, 0, 1)` → the same document as version 1 with `simulation` and `view`.
 * A missing step is a bug in this file, not in the user's file, hence the throw.
 */
export function migrate(doc: unknown, fromVersion: number, toVersion: number, chain: Readonly<Record<number, Migration>> = MIGRATIONS): unknown {
  let current = doc;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = chain[v];
    if (!step) throw new Error(`No migration from file version ${v} to ${v + 1}`);
    const next = step(current);
    current = isObject(next) ? { ...next, version: v + 1 } : next;
  }
  return current;
}

/**
 * Bring a document of `fromVersion` up to the version this build reads (`FILE_VERSION`); a current
 * document comes back unchanged. `migrateToCurrent(v0doc, 0)` → a version-3 document.
 */
export function migrateToCurrent(doc: unknown, fromVersion: number, chain: Readonly<Record<number, Migration>> = MIGRATIONS): unknown {
  return migrate(doc, fromVersion, FILE_VERSION, chain);
}
