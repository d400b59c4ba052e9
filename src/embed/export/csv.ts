import { toCsv } from "../../data/csv.js";
import type { Exchange, HeldClaim } from "../../data/types.js";
import { inRange } from "../../charts/exchange/records.js";
import type { NormalizedCommon } from "../../charts/core/options.js";

/**
 * The CSV of the records a chart shows: exchanges in the date range, or, for a chart that
 * draws claims (`held-captives`), the claims in the range. Same columns as the dataset's files.
 *
 * @example
 * shownCsv(timeline.definition.normalize({ from: "2024-01-01" })).split("\r\n")[0]; // "id,date,datePrecision,…"
 */
export function shownCsv(normalized: NormalizedCommon): string {
  const { from, to } = normalized;
  // Own fields only: a timeline's options have no `claims`, and a polluted prototype must not add one.
  const own = (name: string) => (Object.prototype.hasOwnProperty.call(normalized, name) ? (normalized as unknown as Record<string, unknown>)[name] : undefined);
  const claims = own("claims") as readonly HeldClaim[] | undefined;
  if (claims) return toCsv("heldClaims", claims.filter((c) => (from === null && to === null) || (c.date !== null && (from === null || c.date >= from) && (to === null || c.date <= to))));
  const data = (own("data") as readonly Exchange[] | undefined) ?? [];
  return toCsv("exchanges", inRange(data, from, to));
}
