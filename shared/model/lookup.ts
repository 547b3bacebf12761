/**
 * Lookups by id that an id can't subvert. Org records are plain objects keyed by ids that come from files, and a
 * plain object answers `constructor`, `toString`, `valueOf` or `__proto__` from its prototype: a unit whose parent
 * is `"toString"` would find a function. These helpers read and write own properties only.
 */

/**
 * Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the marks
 * (U+200E, U+200F, U+061C). An override in a name (`Ana \u202Egnp.exe`) reorders what is drawn after it.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const ALL_BIDI_CONTROLS = new RegExp(BIDI_CONTROLS.source, 'g');

/** A name without bidi controls, for places that can't isolate it (SVG text, CSV cells). `withoutBidiControls('a\u202Eb')` → `'ab'`. */
export const withoutBidiControls = (text: string): string => text.replace(ALL_BIDI_CONTROLS, '');

/** Whether `record` has `key` as its own property. `hasOwn({}, 'constructor')` → false. */
export const hasOwn = (record: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** `record[key]` if it is the record's own entry, else undefined. `getOwn({}, 'toString')` → undefined. */
export function getOwn<K extends PropertyKey, V>(record: Readonly<Partial<Record<K, V>>>, key: K): V | undefined {
  return hasOwn(record, key) ? (record as Record<K, V>)[key] : undefined;
}

/**
 * An empty record with no prototype, so neither reads nor writes of any key reach Object.prototype
 * (`rec['__proto__'] = x` stores an entry instead of replacing the prototype). `ownRecord<string, number>()` → `{}`.
 */
export const ownRecord = <K extends PropertyKey, V>(): Record<K, V> => Object.create(null) as Record<K, V>;

/** Set an own entry, even for the key `__proto__` on an ordinary object. */
export function setOwn<K extends PropertyKey, V>(record: Record<K, V>, key: K, value: V): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * `Object.values` of an id-keyed table (org.units, org.people), read through its keys. A table of more than a few
 * dozen entries is a dictionary-mode object in V8, and `Object.values` of one takes a generic path per entry: for
 * a 1,000-person org's 170 units it costs ~20 µs against ~6 µs for `Object.keys` and a lookup per key, and the
 * simulation enumerates the units table several times a month. Same values, same order (own enumerable keys).
 */
export function tableValues<V>(table: Readonly<Record<string, V>>): V[] {
  const keys = Object.keys(table);
  const out: V[] = [];
  for (let i = 0; i < keys.length; i++) out.push(table[keys[i]!]!);
  return out;
}
