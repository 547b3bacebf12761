/**
 * Writing a scenario file in slices: the same text as `serializeScenario`, character for character, built a
 * person, unit, canvas entry, event or variant at a time, handing the thread back (`yieldNow`) every few
 * milliseconds, so a window saving 100,000 people keeps painting and answering clicks. Reports how far it is
 * and stops when its signal is aborted. Platform-free: the pause between slices and the clock are parameters.
 */
import type { Scenario } from '../model/types';
import { getOwn } from '../model/lookup';
import { allVariants } from '../model/variants';
import { fileIndent, scenarioToFile, serializeScenario, type FileLists } from './scenarioFile';

export interface SlicedSaveOptions {
  /** Hands the thread back between slices; by default a `setTimeout(0)` (a macrotask, so input and painting get a turn). */
  readonly yieldNow?: () => Promise<unknown>;
  /** Told the share written so far, from 0 to 1, after each slice and at the end (with 1). */
  readonly onProgress?: (done: number) => void;
  /** When it is aborted the writing stops at the next slice, rejecting with a `SaveAborted`. */
  readonly signal?: { readonly aborted: boolean };
  /** About how long one slice runs before the thread is handed back, in milliseconds (default 10). */
  readonly sliceMs?: number;
  /** The clock slices are measured by, in milliseconds (default `Date.now`). */
  readonly now?: () => number;
  /**
   * Documents of at most this many people (all variants together) are written at once by `serializeScenario`,
   * with no pause and no progress but the final 1 (default 0: every document is sliced). Counting the people
   * lists them, which for 100,000 takes tens of milliseconds: the count made here is the one the slices use.
   */
  readonly wholeUpTo?: number;
}

/** What `serializeScenarioSliced` rejects with when its signal was aborted. */
export class SaveAborted extends Error {
  constructor() {
    super('The save was cancelled.');
    this.name = 'AbortError';
  }
}

/** A `setTimeout(0)`, typed here because `shared/` compiles without the DOM's or Node's globals. */
const timeout = (): Promise<void> =>
  new Promise((resolve) => (globalThis as unknown as { setTimeout(run: () => void, ms: number): unknown }).setTimeout(resolve, 0));

/**
 * `serializeScenario(scenario)`, written in slices between which the thread is free.
 * `await serializeScenarioSliced(s, { onProgress: (p) => show(p) })` → exactly `serializeScenario(s)`.
 */
export async function serializeScenarioSliced(scenario: Scenario, options: SlicedSaveOptions = {}): Promise<string> {
  const { yieldNow = timeout, onProgress, signal, sliceMs = 10, now = Date.now, wholeUpTo = 0 } = options;
  // A record's keys are listed once (listing 100,000 of them is the one step that can't be sliced, ~50 ms) and
  // shared by the people count and the list written.
  const keys = new Map<object, readonly string[]>();
  const keysOf = (record: object): readonly string[] => {
    let listed = keys.get(record);
    if (!listed) keys.set(record, (listed = Object.keys(record)));
    return listed;
  };
  const lists: FileLists = {
    list: (items, toFile, nested = false) => new LazyList(items, toFile as (item: unknown) => unknown, nested),
    record<T>(record: Readonly<Record<string, T>>, toFile: (item: T) => unknown) {
      return new LazyList(keysOf(record), (key) => toFile(getOwn<string, T>(record, key)!), false);
    },
    entries: (entries) => new LazyEntries(entries),
  };
  const people = allVariants(scenario).reduce((sum, variant) => sum + keysOf(variant.org.people).length, 0);
  if (people <= wholeUpTo) {
    const text = serializeScenario(scenario);
    onProgress?.(1);
    return text;
  }
  const gap = fileIndent(scenario, people) === undefined ? '' : '  ';
  const file = scenarioToFile(scenario, lists);
  const total = Math.max(1, countItems(file));
  // The text so far: each finished slice joined into one piece, the pieces joined at the end.
  const pieces: string[] = [];
  let out: string[] = [];
  let done = 0;
  let sliceStart = now();

  /** After each item: every so often, when the slice has run its time, report and hand the thread back. */
  const step = async (): Promise<void> => {
    done++;
    if ((done & 63) !== 0 || now() - sliceStart < sliceMs) return;
    pieces.push(out.join(''));
    out = [];
    onProgress?.(Math.min(done / total, 1));
    await yieldNow();
    if (signal?.aborted) throw new SaveAborted();
    sliceStart = now();
  };

  /** `value` as `JSON.stringify(value, null, gap)` writes it at depth `indent` (never a value JSON leaves out). */
  const write = async (value: unknown, indent: string): Promise<void> => {
    if (value instanceof LazyList) return writeList(value, indent);
    if (value instanceof LazyEntries) return writeObject(value.entries, indent, true);
    if (typeof value === 'object' && value !== null && holdsLazy(value)) {
      return Array.isArray(value) ? writeList(new LazyList(value, (item) => item, true), indent) : writeObject(Object.entries(value), indent, false);
    }
    leaf(value, indent);
  };

  /** A value with no lazy part, as `JSON.stringify(value, null, gap)` writes it at depth `indent`. */
  const leaf = (value: unknown, indent: string): void => {
    const text = JSON.stringify(value, null, gap);
    out.push(gap === '' ? text : text.replaceAll('\n', `\n${indent}`));
  };

  const writeList = async (list: LazyList, indent: string): Promise<void> => {
    if (list.items.length === 0) return void out.push('[]');
    const inner = indent + gap;
    const between = gap === '' ? ',' : `,\n${inner}`;
    out.push(gap === '' ? '[' : `[\n${inner}`);
    for (let i = 0; i < list.items.length; i++) {
      if (i > 0) out.push(between);
      const value = list.toFile(list.items[i]);
      if (omitted(value))
        out.push('null'); // as JSON writes a list's undefined
      else if (list.nested) await write(value, inner);
      else leaf(value, inner);
      await step();
    }
    out.push(gap === '' ? ']' : `\n${indent}]`);
  };

  const writeObject = async (entries: readonly (readonly [string, unknown])[], indent: string, counted: boolean): Promise<void> => {
    const inner = indent + gap;
    const colon = gap === '' ? ':' : ': ';
    let first = true;
    out.push('{');
    for (const [key, value] of entries) {
      if (omitted(value)) continue; // as JSON leaves out an undefined field
      out.push(first ? (gap === '' ? '' : `\n${inner}`) : gap === '' ? ',' : `,\n${inner}`, JSON.stringify(key), colon);
      first = false;
      await write(value, inner);
      if (counted) await step();
    }
    out.push(first || gap === '' ? '}' : `\n${indent}}`);
  };

  await write(file, '');
  out.push('\n');
  pieces.push(out.join(''));
  onProgress?.(1);
  return pieces.join('');
}

/** Values `JSON.stringify` leaves out of an object (and writes as null in a list). */
const omitted = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** A list written item by item: each item turned into its file shape only when it is written. */
class LazyList<T = unknown> {
  constructor(
    readonly items: readonly T[],
    readonly toFile: (item: T) => unknown,
    /** Whether an item may hold lazy parts of its own (an event's acquired org, a variant). */
    readonly nested: boolean,
  ) {}
}

/** An object written entry by entry (the canvas's pinned positions). */
class LazyEntries {
  constructor(readonly entries: readonly (readonly [string, unknown])[]) {}
}

/** Whether a value built by `scenarioToFile` holds a lazy part (only the file's frame does; records never). */
function holdsLazy(value: object): boolean {
  if (value instanceof LazyList || value instanceof LazyEntries) return true;
  for (const field of Object.values(value)) if (typeof field === 'object' && field !== null && holdsLazy(field)) return true;
  return false;
}

/** How many items the lazy parts hold, those inside a nested item (a variant's people) included: the progress's whole. */
function countItems(value: unknown): number {
  if (value instanceof LazyList) {
    if (!value.nested) return value.items.length;
    let sum = value.items.length;
    for (const item of value.items) sum += countItems(value.toFile(item));
    return sum;
  }
  if (value instanceof LazyEntries) return value.entries.length;
  if (typeof value !== 'object' || value === null) return 0;
  let sum = 0;
  for (const field of Object.values(value)) sum += countItems(field);
  return sum;
}
