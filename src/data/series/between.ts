import { exchanges as bundled } from "../records/exchanges.js";
import type { Exchange } from "../types.js";
import { inDateRange } from "./date-range.js";

/**
 * Records dated from `from` to `to`, both included (ISO dates; either may be omitted).
 *
 * @example
 * between({ from: "2025-01-01", to: "2025-12-31" }); // the exchanges of 2025
 */
export function between(
  range: { readonly from?: string | undefined; readonly to?: string | undefined },
  records: readonly Exchange[] = bundled,
): Exchange[] {
  return [...inDateRange(records, range.from, range.to)];
}
