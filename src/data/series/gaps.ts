import { exchanges as bundled } from "../records/exchanges.js";
import type { Exchange } from "../types.js";
import { inDateOrder } from "./date-order.js";
import { dayNumber } from "./days.js";

/** A pause between two consecutive exchanges. */
export interface Gap {
  /** The exchange before the pause. */
  readonly after: Exchange;
  /** The first exchange after the pause. */
  readonly before: Exchange;
  /** Whole days from `after.date` to `before.date`. */
  readonly days: number;
}

/**
 * The pauses between consecutive exchanges, longest first.
 * Records known only to the month are left out, since their day is not known.
 *
 * @example
 * gaps()[0]; // the longest pause: { after, before, days }
 * gaps(undefined, { minDays: 90 }); // pauses of three months or more
 */
export function gaps(records: readonly Exchange[] = bundled, options: { readonly minDays?: number } = {}): Gap[] {
  const minDays = options.minDays ?? 0;
  const dated = inDateOrder(records.filter((r) => r.datePrecision !== "month"));
  const result: Gap[] = [];
  const day = dated.map((r) => dayNumber(r.date));
  for (let i = 1; i < dated.length; i++) {
    const after = dated[i - 1] as Exchange;
    const before = dated[i] as Exchange;
    const days = Math.round(day[i]! - day[i - 1]!);
    if (days >= minDays && days > 0) result.push({ after, before, days });
  }
  return result.sort((a, b) => b.days - a.days || (a.after.date < b.after.date ? -1 : 1));
}
