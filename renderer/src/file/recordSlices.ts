/**
 * Sending a big parsed document from a worker in pieces. A structured copy is rebuilt on the receiving thread in
 * one go: 100,000 people took ~0.5 s of one frozen task. So the worker takes out every big record (an org's people
 * or units table), posts its entries in slices (each slice a message of its own, so a task of its own here) and
 * posts the rest of the document last with the paths the records came from; the receiver puts them back.
 */

/** Entries per slice: about 25 ms of copying on the receiving side for people, units are lighter. */
export const SLICE_ENTRIES = 5_000;

/** Part of the entries of record number `record`, in the record's order. */
export interface RecordSlice {
  readonly record: number;
  readonly keys: readonly string[];
  readonly values: readonly unknown[];
}

/** Where the taken records sat: the keys from the document's root down to each place and the record put there. */
export type RecordPlaces = readonly { readonly record: number; readonly path: readonly (string | number)[] }[];

type Container = Record<string | number, unknown>;

/** The slice of record number `record` (`table`, whose keys are `keys`) that starts at entry `from`. */
export function sliceOf(record: number, table: object, keys: readonly string[], from: number, sliceEntries = SLICE_ENTRIES): RecordSlice {
  const part = keys.slice(from, from + sliceEntries);
  return { record, keys: part, values: part.map((k) => (table as Container)[k]) };
}

const isRecord = (value: unknown): value is Container => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * Empties, in place, every plain object inside `root` with more than `sliceEntries` entries (not looking inside
 * them), and returns the emptied records' paths and their entries in slices. For the worker: the document is its
 * own and is posted (then dropped) right after.
 */
export function takeBigRecords(root: object, sliceEntries = SLICE_ENTRIES): { places: RecordPlaces; slices: RecordSlice[] } {
  const places: { record: number; path: (string | number)[] }[] = [];
  const slices: RecordSlice[] = [];
  // A record met twice is sent once and put back in both places (as one copy keeps it).
  const taken = new Map<object, number>();
  const visit = (holder: Container, path: (string | number)[]) => {
    for (const key of Object.keys(holder)) {
      const value = holder[key];
      if (typeof value !== 'object' || value === null) continue;
      const at = [...path, Array.isArray(holder) ? Number(key) : key];
      let record = taken.get(value);
      if (record === undefined) {
        const keys = isRecord(value) ? Object.keys(value) : null;
        if (!keys || keys.length <= sliceEntries) {
          visit(value as Container, at);
          continue;
        }
        taken.set(value, (record = taken.size));
        for (let from = 0; from < keys.length; from += sliceEntries) slices.push(sliceOf(record, value, keys, from, sliceEntries));
      }
      places.push({ record, path: at });
      holder[key] = {};
    }
  };
  visit(root as Container, []);
  return { places, slices };
}

/** Rebuilds the records a worker took out (`takeBigRecords`), slice by slice as they arrive. */
export class RecordAssembler {
  private readonly records: Container[] = [];

  add({ record, keys, values }: RecordSlice): void {
    const target = (this.records[record] ??= {});
    // Keys come from records that held them as own keys (an org's ids; its schema refuses `__proto__`).
    for (let i = 0; i < keys.length; i++) target[keys[i]!] = values[i];
  }

  /** Puts every record back where it was taken from in `root` (the rest of the document, received last). */
  putBack<T extends object>(root: T, places: RecordPlaces): T {
    for (const { record, path } of places) {
      let holder = root as unknown as Container;
      for (const key of path.slice(0, -1)) holder = holder[key] as Container;
      holder[path[path.length - 1]!] = this.records[record] ?? {};
    }
    return root;
  }
}
