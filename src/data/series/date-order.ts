import type { Exchange } from "../types.js";

/**
 * The records in date order, records of the same day in their given order (the sort is stable):
 * the list itself when it already is in order (the bundled data and most user data are), so large
 * inputs skip an n log n sort. Its own file, with no import of the bundled records: a chart that
 * draws no exchanges (held captives) orders its records through it without bundling them.
 *
 * @example
 * inDateOrder(exchanges) === exchanges; // true for the bundled records
 */
export function inDateOrder(records: readonly Exchange[]): readonly Exchange[] {
  for (let i = 1; i < records.length; i++) {
    if (records[i - 1]!.date > records[i]!.date) return [...records].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return records;
}
