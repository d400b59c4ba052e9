import { exchanges as bundled } from "../../data/records/exchanges.js";
import { deepFreeze } from "../../data/freeze.js";
import type { Exchange } from "../../data/types.js";
import { partitionExchanges, type SkippedRecord } from "./check-records.js";
import { OptionError, show } from "../core/options.js";

/** The bundled records as charts draw them: checked null-prototype copies, made on first use. */
let bundledCopies: readonly Exchange[] | undefined;

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
  if (value === undefined || value === null) return { data: (bundledCopies ??= deepFreeze(partitionExchanges(bundled).records)), skipped: [] };
  if (!Array.isArray(value)) throw new OptionError(`invalid data: ${show(value)} (expected a list of exchange records)`);
  const { records: data, skipped } = partitionExchanges(value);
  if (skipped.length > 0 && !lenient) {
    const first = skipped[0]!;
    const more = skipped.length > 1 ? ` (and ${skipped.length - 1} more; validate with pow-exchanges/schema, or set lenient to draw the valid records)` : "";
    throw new OptionError(`invalid data[${first.index}]: ${first.reason}${more}`);
  }
  return { data, skipped };
}
