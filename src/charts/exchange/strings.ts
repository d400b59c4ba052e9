import type { Locale, Plural } from "../core/locale.js";

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

const uk: ExchangeStrings = {
  toUkraine: "Повернуто в Україну",
  toRussia: "Повернуто в Росію",
  toUkraineShort: "в Україну",
  toRussiaShort: "в Росію",
  notReported: "не повідомлено",
  disputed: "оскаржено",
  mediator: "Посередник",
  noMediator: "не повідомлено",
  sequence: "Обмін №",
  noExchanges: "У цьому проміжку обмінів не було",
  exchangesCount: { one: "{n} обмін", few: "{n} обміни", many: "{n} обмінів", other: "{n} обміну" },
  peopleCount: { one: "{n} особа", few: "{n} особи", many: "{n} осіб", other: "{n} особи" },
  eachWay: "з кожного боку",
  mediators: { UAE: "ОАЕ", Turkey: "Туреччина", USA: "США", "Saudi Arabia": "Саудівська Аравія", Vatican: "Ватикан", Qatar: "Катар" },
};

const ru: ExchangeStrings = {
  toUkraine: "Возвращено в Украину",
  toRussia: "Возвращено в Россию",
  toUkraineShort: "в Украину",
  toRussiaShort: "в Россию",
  notReported: "не сообщалось",
  disputed: "оспаривается",
  mediator: "Посредник",
  noMediator: "не сообщалось",
  sequence: "Обмен №",
  noExchanges: "В этом промежутке обменов не было",
  exchangesCount: { one: "{n} обмен", few: "{n} обмена", many: "{n} обменов", other: "{n} обмена" },
  peopleCount: { one: "{n} человек", few: "{n} человека", many: "{n} человек", other: "{n} человека" },
  eachWay: "с каждой стороны",
  mediators: { UAE: "ОАЭ", Turkey: "Турция", USA: "США", "Saudi Arabia": "Саудовская Аравия", Vatican: "Ватикан", Qatar: "Катар" },
};

const tables: Readonly<Record<Locale, ExchangeStrings>> = { en, uk, ru };

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
