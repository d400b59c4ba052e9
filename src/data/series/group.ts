import { exchanges as bundled } from "../records/exchanges.js";
import type { Exchange } from "../types.js";
import { totals } from "./totals.js";
import type { Totals } from "../types.js";

/** Records that share a period, with their totals. */
export interface Period extends Totals {
  /** "2024" for a year, "2024-07" for a month. */
  readonly period: string;
  readonly records: readonly Exchange[];
}

/**
 * Groups records by calendar year, oldest first. Years without exchanges are left out.
 *
 * @example
 * byYear().map((y) => [y.period, y.toUkraine]);
 */
export function byYear(records: readonly Exchange[] = bundled): Period[] {
  return groupBy(records, (r) => r.date.slice(0, 4));
}

/**
 * Groups records by calendar month ("2024-07"), oldest first. Months without exchanges are left out.
 *
 * @example
 * byMonth().find((m) => m.period === "2025-05")?.exchanges;
 */
export function byMonth(records: readonly Exchange[] = bundled): Period[] {
  return groupBy(records, (r) => r.date.slice(0, 7));
}

function groupBy(records: readonly Exchange[], key: (r: Exchange) => string): Period[] {
  const groups = new Map<string, Exchange[]>();
  for (const record of records) {
    const k = key(record);
    const list = groups.get(k);
    if (list) list.push(record);
    else groups.set(k, [record]);
  }
  return [...groups.keys()].sort().map((period) => {
    const list = groups.get(period) ?? [];
    return { period, records: list, ...totals(list) };
  });
}
