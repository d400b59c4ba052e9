import type { Locale, Plural } from "../core/locale.js";
import { translations } from "../core/translations.js";
import uk from "./strings.uk.js";
import ru from "./strings.ru.js";

/**
 * Strings about exchanges: the timeline, the cumulative bars and the exchange tooltips use them;
 * the held-captives chart does not, so they live apart from the strings every chart shares.
 */
export interface ExchangeStrings {
  /** Series name: people returned to Ukraine. */
  readonly toUkraine: string;
  /** Series name: people returned to Russia. */
  readonly toRussia: string;
  /** "… to Ukraine", after a number. */
  readonly toUkraineShort: string;
  /** "… to Russia", after a number. */
  readonly toRussiaShort: string;
  /** Shown for a figure nobody reported. */
  readonly notReported: string;
  /** Marks a competing figure in a tooltip. */
  readonly disputed: string;
  readonly mediator: string;
  readonly noMediator: string;
  /** Ukraine's official exchange number. */
  readonly sequence: string;
  /** The empty state. */
  readonly noExchanges: string;
  readonly exchangesCount: Plural;
  readonly peopleCount: Plural;
  /** A competing figure's direction when its claimant gave the same number both ways. */
  readonly eachWay: string;
  /** Mediators' names in this language, by the English name the data uses; others stay as given. */
  readonly mediators: Readonly<Record<string, string>>;
}

const en: ExchangeStrings = {
  toUkraine: "Returned to Ukraine",
  toRussia: "Returned to Russia",
  toUkraineShort: "to Ukraine",
  toRussiaShort: "to Russia",
  notReported: "not reported",
  disputed: "disputed",
  mediator: "Mediator",
  noMediator: "none reported",
  sequence: "Exchange no.",
  noExchanges: "No exchanges in this range",
  exchangesCount: { one: "{n} exchange", other: "{n} exchanges" },
  peopleCount: { one: "{n} person", other: "{n} people" },
  eachWay: "each way",
  mediators: {},
};

const tables = /* @__PURE__ */ translations("exchange", en, { uk, ru });

/**
 * The exchange strings for a locale.
 *
 * @example
 * exchangeStrings("uk").notReported; // "не повідомлено"
 */
export function exchangeStrings(locale: Locale): ExchangeStrings {
  return tables[locale];
}

/**
 * A record's mediators, named in the chart's language.
 *
 * @example
 * mediatorNames(["UAE", "USA"], "uk"); // "ОАЕ, США"
 */
export function mediatorNames(mediators: readonly string[], locale: Locale): string {
  const names = tables[locale].mediators;
  return mediators.map((m) => (Object.hasOwn(names, m) ? names[m]! : m)).join(", ");
}
