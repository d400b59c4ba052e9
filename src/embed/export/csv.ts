import { toCsv } from "../../data/csv.js";
import type { ShownRecords } from "../../charts/core/chart.js";
import { withSourceAddresses } from "../../charts/core/source-addresses.js";

/**
 * The CSV of the records a chart shows (its definition's `shown`), with the same columns as the
 * dataset's own file for that table, and every source's address (an export never leaves one out,
 * even where the lazy modules load them later: it throws while they are still loading).
 *
 * @example
 * shownCsv(timelineDefinition.shown(timelineDefinition.normalize({ from: "2024-01-01" }))).split("\r\n")[0]; // "id,date,datePrecision,…"
 */
export function shownCsv(shown: ShownRecords): string {
  return shown.table === "exchanges" ? toCsv("exchanges", withSourceAddresses(shown.records)) : toCsv("heldClaims", withSourceAddresses(shown.records));
}
