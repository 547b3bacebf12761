/**
 * The renderer's one memo helper, for selectors over the store: the store replaces what changes and never mutates,
 * so "has the input changed" is identity. (zustand brings `useShallow` for objects built in a component; it has no
 * memoized selector of its own, and the selector libraries are not dependencies of this project.)
 */

/**
 * Remember the last result, recomputed only when an argument changes (`Object.is`, argument by argument).
 * For derivations every reader asks of the same current inputs: `const layoutOf = memoizeLast(layoutOrg)`.
 */
export function memoizeLast<Args extends readonly unknown[], R>(fn: (...args: Args) => R): (...args: Args) => R {
  let last: { readonly args: Args; readonly result: R } | null = null;
  return (...args: Args): R => {
    if (last !== null && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

/**
 * Remember a result per object for as long as the object lives: for inputs read side by side (the forecast of
 * each month the timeline has shown), where a last-only memo would recompute on every switch.
 */
export function memoizeWeak<K extends object, R>(fn: (key: K) => R): (key: K) => R {
  const results = new WeakMap<K, R>();
  return (key: K): R => {
    if (results.has(key)) return results.get(key)!;
    const result = fn(key);
    results.set(key, result);
    return result;
  };
}
