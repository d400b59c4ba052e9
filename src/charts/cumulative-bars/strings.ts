import type { Locale } from "../core/locale.js";
import type { CumulativeBy } from "./options.js";
import { translations } from "../core/translations.js";
import uk from "./strings.uk.js";
import ru from "./strings.ru.js";

import type { Plural } from "../core/locale.js";
type PerBin = Readonly<Record<CumulativeBy, string>>;

/** Strings only the cumulative bars use; the shared ones are in core/locale. */
export interface CumulativeStrings {
  readonly title: string;
  /** The footer line: "N exchanges with unreported figures are not counted". */
  readonly unreportedNote: Plural;
  /** The legend and tooltip name of an official running total. */
  readonly officialTotal: string;
  /** The accessible description: "By {to}: {toUkraine} returned to Ukraine and …". */
  readonly summary: string;
  /** The table's first column. */
  readonly period: PerBin;
  readonly soFarToUkraine: string;
  readonly soFarToRussia: string;
  readonly periodToUkraine: PerBin;
  readonly periodToRussia: PerBin;
  readonly periodExchanges: PerBin;
  /** Appended to a period's figure when some of its exchanges have none. */
  readonly unreportedIn: Plural;
  readonly barLabel: string;
  readonly markerLabel: string;
  readonly officialLegend: string;
  /** The key entry of the lighter segments: figures only one side gave. */
  readonly oneSidedLegend: string;
  /** The default subtitle: what the bars count. */
  readonly subtitle: string;
  readonly hint: string;
}

const en: CumulativeStrings = {
  title: "People returned in prisoner exchanges",
  unreportedNote: { one: "{n} exchange with unreported figures is not counted", other: "{n} exchanges with unreported figures are not counted" },
  officialTotal: "Official running total",
  summary: "By {to}: {toUkraine} returned to Ukraine and {toRussia} to Russia in {exchanges}.",
  period: { month: "Month", year: "Year", exchange: "Exchange" },
  soFarToUkraine: "To Ukraine, total so far",
  soFarToRussia: "To Russia, total so far",
  periodToUkraine: { month: "To Ukraine this month", year: "To Ukraine this year", exchange: "To Ukraine in this exchange" },
  periodToRussia: { month: "To Russia this month", year: "To Russia this year", exchange: "To Russia in this exchange" },
  periodExchanges: { month: "Exchanges this month", year: "Exchanges this year", exchange: "Exchanges" },
  unreportedIn: { one: "{n} exchange not reported", other: "{n} exchanges not reported" },
  barLabel: "{period}: {toUkraine} returned to Ukraine and {toRussia} to Russia so far",
  markerLabel: "{claimant}, {date}: {figure} returned to Ukraine",
  officialLegend: "Official total",
  oneSidedLegend: "only this side reported",
  subtitle: "Running totals of each side's own figures; lighter shades: exchanges only that side reported",
  hint: "Use the arrow keys to move between the bars and the official totals.",
};

const tables = /* @__PURE__ */ translations("cumulative-bars", en, { uk, ru });

/**
 * The cumulative bars' strings for a locale.
 *
 * @example
 * cumulativeStrings("uk").period.month; // "Місяць"
 */
export function cumulativeStrings(locale: Locale): CumulativeStrings {
  return tables[locale];
}
