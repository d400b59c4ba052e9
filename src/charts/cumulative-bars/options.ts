import { isCalendarDate } from "../../data/calendar-date.js";
import { exchangeData } from "../exchange/exchange-data.js";
import type { Exchange } from "../../data/types.js";
import { officialTotals } from "../../data/records/official-totals.js";
import type { OfficialTotal } from "../../data/types.js";
import { deepFreeze } from "../../data/freeze.js";
import { plainCopy } from "../core/plain-copy.js";
import { ownOptions } from "../core/own-options.js";
import { commonDefaults, commonNames, flag, normalizeCommon, oneOf, OptionError, rejectUnknown, type CommonOptions, type NormalizedCommon } from "../core/options.js";

/** How the bars are binned: one per calendar month, per exchange, or per year. */
export type CumulativeBy = "month" | "exchange" | "year";

/** How the two series share a period: side by side, or one on top of the other. */
export type CumulativeMode = "grouped" | "stacked";

/** Options of the cumulative bars chart. */
export interface CumulativeBarsOptions extends CommonOptions {
  /** One bar per `month` (default), per `exchange` or per `year`. */
  readonly by?: CumulativeBy;
  /** `grouped` (default): the two series side by side; `stacked`: to Russia on top of to Ukraine. */
  readonly mode?: CumulativeMode;
  /** Mark the running totals Ukrainian officials stated, with their wording and sources (default true). */
  readonly officialTotals?: boolean;
  /** The official totals to choose from (default: the bundled `officialTotals`). */
  readonly totals?: readonly OfficialTotal[];
}

/** Cumulative bars options after checking, with defaults applied. */
export interface NormalizedCumulativeBars extends NormalizedCommon {
  /** The exchange records to draw, checked. */
  readonly data: readonly Exchange[];
  readonly by: CumulativeBy;
  readonly mode: CumulativeMode;
  readonly officialTotals: boolean;
  readonly totals: readonly OfficialTotal[];
  /** Whether the caller passed `totals` (else they are the bundled ones, counted since 2022). */
  readonly ownTotals: boolean;
}

/**
 * The cumulative bars' defaults, the shared ones included.
 *
 * @example
 * cumulativeBarsDefaults.by; // "month"
 */
export const cumulativeBarsDefaults: Omit<NormalizedCumulativeBars, "data" | "ownTotals"> = /* @__PURE__ */ Object.assign({}, commonDefaults, {
  by: "month",
  mode: "grouped",
  officialTotals: true,
  totals: officialTotals,
} as const);

/**
 * Checks cumulative bars options and applies defaults.
 *
 * @example
 * normalizeCumulativeBarsOptions({ by: "year", locale: "uk" }).mode; // "grouped"
 * normalizeCumulativeBarsOptions({ by: "week" as never }); // throws: invalid by: "week" (expected month, exchange, year)
 */
export function normalizeCumulativeBarsOptions(given: CumulativeBarsOptions = {}): NormalizedCumulativeBars {
  const options = ownOptions(given);
  rejectUnknown(options, [...commonNames, "by", "mode", "officialTotals", "totals"]);
  const common = normalizeCommon(options);
  const { data, skipped } = exchangeData(options.data, common.lenient);
  return {
    ...common,
    data,
    skipped,
    by: oneOf(options.by, { name: "by", allowed: ["month", "exchange", "year"] as const, fallback: cumulativeBarsDefaults.by }),
    mode: oneOf(options.mode, { name: "mode", allowed: ["grouped", "stacked"] as const, fallback: cumulativeBarsDefaults.mode }),
    officialTotals: flag(options.officialTotals, "officialTotals", cumulativeBarsDefaults.officialTotals),
    totals: totalsList(options.totals),
    ownTotals: options.totals !== undefined && options.totals !== null,
  };
}

let bundledTotals: readonly OfficialTotal[] | undefined;

/** The totals as checked null-prototype copies (`plainCopy`): read once, at this call, own fields only. */
function totalsList(value: unknown): readonly OfficialTotal[] {
  if (value === undefined || value === null) return (bundledTotals ??= deepFreeze(officialTotals.map((t) => plainCopy(t) as OfficialTotal)));
  if (!Array.isArray(value)) throw new OptionError(`invalid totals: ${typeof value === "string" ? JSON.stringify(value) : String(value)} (expected a list of official totals)`);
  const copies = value.map((t: unknown, i) => {
    try {
      return plainCopy(t);
    } catch (error) {
      throw new OptionError(`invalid totals[${i}]: could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
  });
  copies.forEach((t: unknown, i) => {
    const total = t as Partial<OfficialTotal> | null;
    const ok = total !== null && typeof total === "object" && typeof total.id === "string" && typeof total.date === "string" &&
      isCalendarDate(total.date) && typeof total.claimant === "string" && Array.isArray(total.sources);
    if (!ok) throw new OptionError(`invalid totals[${i}]: expected an official total with id, date, claimant and sources`);
  });
  return copies as readonly OfficialTotal[];
}
