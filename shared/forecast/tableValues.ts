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
