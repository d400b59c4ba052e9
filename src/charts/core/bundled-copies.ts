import { deepFreeze } from "../../data/freeze.js";

/** What a partition of records returns: the drawable copies, and the indices it left out. */
interface Partitioned<T> {
  readonly records: readonly T[];
  readonly skipped: readonly { readonly index: number }[];
}

/** The bundled records as charts draw them: the list, and each copy found by its bundled record. */
export interface BundledCopies<T> {
  /** Every drawable bundled record's checked copy, in the bundled order (deep-frozen). */
  readonly list: readonly T[];
  /** The checked copy of one bundled record, or undefined for any other value. */
  readonly byRecord: WeakMap<object, T>;
}

/**
 * Checks and copies the package's own records once, and remembers each copy by the record it came
 * from. The bundled records are deep-frozen when their module loads, so neither a copy nor its
 * verdict can go stale: a chart given `exchanges.filter(…)` finds each record here instead of
 * copying and checking it again. This is not a cache of a caller's array or objects: a caller's
 * own record, a spread copy of a bundled one or a Proxy around it is not in the map, and is
 * copied and checked at every call.
 *
 * @example
 * const copies = bundledCopies(exchanges, partitionExchanges);
 * copies.byRecord.get(exchanges[0]) === copies.list[0]; // true
 * copies.byRecord.get({ ...exchanges[0] }); // undefined
 */
export function bundledCopies<T extends object>(
  bundled: readonly object[],
  partition: (input: readonly unknown[]) => Partitioned<T>,
): BundledCopies<T> {
  const { records, skipped } = partition(bundled);
  const left = new Set(skipped.map((s) => s.index));
  const byRecord = new WeakMap<object, T>();
  let next = 0;
  for (let index = 0; index < bundled.length; index++) if (!left.has(index)) byRecord.set(bundled[index]!, records[next++]!);
  return { list: deepFreeze(records), byRecord };
}
