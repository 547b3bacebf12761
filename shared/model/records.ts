/**
 * Copies of the org's id-keyed tables. A spread (`{ ...org.people }`) of a table with thousands of keys is
 * several times slower than a plain loop in V8 (it builds the copy through the generic property path), and the
 * simulation copies these tables every month, so every copy of a whole table goes through here.
 */

/** A shallow copy of an id-keyed table, own keys only: `copyRecord(org.people)`. */
export function copyRecord<K extends string, V>(table: Readonly<Record<K, V>>): Record<K, V> {
  const out = {} as Record<K, V>;
  for (const key in table) if (Object.prototype.hasOwnProperty.call(table, key)) out[key] = table[key];
  return out;
}

/** A copy of `table` with `key` set to `value`: `withEntry(org.people, person.id, person)`. */
export function withEntry<K extends string, V>(table: Readonly<Record<K, V>>, key: K, value: V): Record<K, V> {
  const out = copyRecord(table);
  out[key] = value;
  return out;
}
