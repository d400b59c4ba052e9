import { exchanges as bundled } from "../../data/records/exchanges.js";
import type { Exchange } from "../../data/types.js";
import { partitionExchanges, type SkippedRecord } from "./check-records.js";
import { bundledCopies, type BundledCopies } from "../core/bundled-copies.js";
import { OptionError, show } from "../core/options.js";

/** The bundled records as charts draw them: checked null-prototype copies, made on first use. */
let bundledRecords: BundledCopies<Exchange> | undefined;

/**
 * Checks the `data` option of a chart of exchanges (default: the bundled records). By default the
 * first invalid record is an error naming its index and field; with `lenient` the valid records
 * are kept and the others come back in `skipped`, with their reasons.
 *
 * @example
 * exchangeData(undefined, false).data.length; // the bundled records
 * exchangeData([{ id: "x" }], true).skipped[0]?.reason; // "date: undefined is not a calendar date (YYYY-MM-DD)"
 */
export function exchangeData(value: unknown, lenient: boolean): { data: readonly Exchange[]; skipped: readonly SkippedRecord[] } {
  // A constant, not a cache of the caller's array: the bundled records are deep-frozen.
  bundledRecords ??= bundledCopies(bundled, partitionExchanges);
  if (value === undefined || value === null) return { data: bundledRecords.list, skipped: [] };
  if (!Array.isArray(value)) throw new OptionError(`invalid data: ${show(value)} (expected a list of exchange records)`);
  const { records: data, skipped } = partitionExchanges(value, bundledRecords.byRecord);
  if (skipped.length > 0 && !lenient) {
    const first = skipped[0]!;
    const more = skipped.length > 1 ? ` (and ${skipped.length - 1} more; validate with pow-exchanges/schema, or set lenient to draw the valid records)` : "";
    throw new OptionError(`invalid data[${first.index}]: ${first.reason}${more}`);
  }
  return { data, skipped };
}
