import { exchanges as bundled } from "../records/exchanges.js";
import type { CumulativePoint, Exchange } from "../types.js";

/**
 * Running totals of people returned, one point per record, in date order.
 * Unreported figures (null) add nothing; `exchanges` counts every record.
 *
 * @example
 * const series = cumulative();
 * series.at(-1); // { date: "2026-03-06", toUkraine: …, toRussia: …, exchanges: … }
 */
export function cumulative(records: readonly Exchange[] = bundled): CumulativePoint[] {
  const sorted = inDateOrder(records);
  let toUkraine = 0;
  let toRussia = 0;
  return sorted.map((record, i) => {
    toUkraine += record.toUkraine ?? 0;
    toRussia += record.toRussia ?? 0;
    return { date: record.date, toUkraine, toRussia, exchanges: i + 1 };
  });
}

/** Orders records by date, then id, so equal dates keep a stable order. */
export function byDate(a: Exchange, b: Exchange): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The records in date order, records of the same day in their given order (the sort is stable):
 * the list itself when it already is in order (the bundled data and most user data are), so large
 * inputs skip an n log n sort.
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
