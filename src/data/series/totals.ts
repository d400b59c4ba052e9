import { exchanges as bundled } from "../records/exchanges.js";
import type { Exchange, Totals } from "../types.js";

/**
 * Sums over records. Unreported figures are counted apart, never as zero people.
 *
 * @example
 * const { exchanges, toUkraine, unreportedToUkraine } = totals();
 */
export function totals(records: readonly Exchange[] = bundled): Totals {
  let toUkraine = 0;
  let toRussia = 0;
  let unreportedToUkraine = 0;
  let unreportedToRussia = 0;
  for (const record of records) {
    if (record.toUkraine === null) unreportedToUkraine++;
    else toUkraine += record.toUkraine;
    if (record.toRussia === null) unreportedToRussia++;
    else toRussia += record.toRussia;
  }
  return { exchanges: records.length, toUkraine, toRussia, unreportedToUkraine, unreportedToRussia };
}
