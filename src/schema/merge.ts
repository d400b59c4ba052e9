import { byDate } from "../data/series/cumulative.js";
import type { Exchange } from "../data/types.js";
import { DatasetError, unreadable, type Issue } from "./issues.js";
import { safeParseExchanges } from "./parse.js";

/**
 * Appends user-supplied records to a base list (usually the bundled `exchanges`), validated.
 * Each user record is marked `userSupplied: true`. Every record returned is a fresh deep copy:
 * changing one never changes the bundled records, `totals()` or any chart. A user record whose id or date
 * is already in the base is refused, as is any invalid record: the whole merge throws a
 * {@link DatasetError} naming each problem, so nothing is dropped silently; a base list that
 * cannot be read (a throwing getter, a Proxy) is a `DatasetError` too.
 *
 * @example
 * import { exchanges } from "pow-exchanges/data";
 * import { mergeExchanges } from "pow-exchanges/schema";
 * const all = mergeExchanges(exchanges, [myNewerSwap]);
 */
export function mergeExchanges(base: readonly Exchange[], extra: unknown): Exchange[] {
  const parsed = safeParseExchanges(extra);
  if (!parsed.ok) throw new DatasetError("user-supplied exchanges", parsed.issues);
  let copies: Exchange[];
  try {
    // Copies, not the base's objects: the caller owns the result and may edit it.
    copies = base.map((r) => structuredClone(r) as Exchange);
  } catch (error) {
    throw new DatasetError("base exchanges", [{ path: [], message: `(base): ${unreadable(error)}` }]);
  }
  const byId = new Set(copies.map((r) => r.id));
  const byDay = new Map(copies.filter((r) => r.datePrecision !== "month").map((r) => [r.date, r.id]));
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
  return [...copies, ...parsed.data.map((r) => ({ ...structuredClone(r), userSupplied: true }))].sort(byDate);
}
