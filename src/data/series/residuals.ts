import { exchanges as bundledExchanges } from "../records/exchanges.js";
import { officialTotals as bundledTotals } from "../records/official-totals.js";
import type { Exchange, OfficialTotal } from "../types.js";

/** One of Kyiv's exact running totals next to what the records add up to by its date. */
export interface Residual {
  /** The official total's id, e.g. "2024-06-28-coordination-hq". */
  readonly id: string;
  /** The date the total is as of. */
  readonly date: string;
  readonly claimant: string;
  /** People returned to Ukraine, as Kyiv stated. */
  readonly stated: number;
  /** `toUkraine` summed over the records in Ukraine's official count up to that date. */
  readonly recorded: number;
  /** `stated - recorded`: people Kyiv counted that no record accounts for (negative: records above the total). */
  readonly residual: number;
}

/**
 * Each exact running total stated by Ukraine, with the records' own sum by the same date and the
 * difference. It shows where the records are incomplete (a return no source describes, or an
 * exchange whose Kyiv figure was never published) without anyone adding a record to close it.
 *
 * @example
 * import { residuals } from "pow-exchanges/data";
 * residuals().find((r) => r.id === "2024-06-28-coordination-hq");
 * // { id: "2024-06-28-coordination-hq", stated: 3310, recorded: 3261, residual: 49, … }
 */
export function residuals(
  records: readonly Exchange[] = bundledExchanges,
  totals: readonly OfficialTotal[] = bundledTotals,
): Residual[] {
  const official = records.filter((record) => record.official);
  const result: Residual[] = [];
  for (const total of totals) {
    const figure = total.toUkraine;
    if (total.side !== "ukraine" || total.scope !== "running" || figure?.qualifier !== "exact" || figure.value === null) continue;
    let recorded = 0;
    for (const record of official) if (record.date <= total.date) recorded += record.toUkraine ?? 0;
    result.push({ id: total.id, date: total.date, claimant: total.claimant, stated: figure.value, recorded, residual: figure.value - recorded });
  }
  return result;
}
