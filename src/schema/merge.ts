import { byDate } from "../data/series/cumulative.js";
import type { Exchange } from "../data/types.js";
import { DatasetError, type Issue } from "./issues.js";
import { safeParseExchanges } from "./parse.js";

/**
 * Appends user-supplied records to a base list (usually the bundled `exchanges`), validated.
 * Each user record is marked `userSupplied: true`. A user record whose id or date
 * is already in the base is refused, as is any invalid record: the whole merge throws a
 * {@link DatasetError} naming each problem, so nothing is dropped silently.
 *
 * @example
 * import { exchanges } from "pow-exchanges/data";
 * import { mergeExchanges } from "pow-exchanges/schema";
 * const all = mergeExchanges(exchanges, [myNewerSwap]);
 */
export function mergeExchanges(base: readonly Exchange[], extra: unknown): Exchange[] {
  const parsed = safeParseExchanges(extra);
  if (!parsed.ok) throw new DatasetError("user-supplied exchanges", parsed.issues);
  const byId = new Set(base.map((r) => r.id));
  const byDay = new Map(base.filter((r) => r.datePrecision !== "month").map((r) => [r.date, r.id]));
  const issues: Issue[] = [];
  parsed.data.forEach((record, index) => {
    if (byId.has(record.id)) {
      issues.push({
        path: [index, "id"],
        message: `[${index}].id: "${record.id}" is already a bundled record; correct the bundled one upstream or give yours another id`,
      });
    } else if (record.id === record.date && byDay.has(record.date)) {
      issues.push({
        path: [index, "date"],
        message: `[${index}].date: "${record.date}" already has a bundled exchange ("${byDay.get(record.date)}"); a second record for that day needs its own id, such as "${record.date}-b"`,
      });
    }
  });
  if (issues.length > 0) throw new DatasetError("user-supplied exchanges", issues);
  return [...base, ...parsed.data.map((r) => ({ ...r, userSupplied: true }))].sort(byDate);
}
