import { exchanges as bundled } from "../records/exchanges.js";
import type { CumulativePoint, Exchange } from "../types.js";
import { inDateOrder } from "./date-order.js";

export { inDateOrder };

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
