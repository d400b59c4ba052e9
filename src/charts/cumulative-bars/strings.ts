import type { Locale } from "../core/locale.js";
import type { CumulativeBy } from "./options.js";

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

const uk: CumulativeStrings = {
  title: "Люди, повернуті в обмінах полоненими",
  unreportedNote: { one: "{n} обмін без оприлюднених чисел не враховано", few: "{n} обміни без оприлюднених чисел не враховано", many: "{n} обмінів без оприлюднених чисел не враховано", other: "{n} обміну без оприлюднених чисел не враховано" },
  officialTotal: "Офіційний підсумок",
  summary: "Станом на {to}: в Україну повернуто {toUkraine}, в Росію — {toRussia}; {exchanges}.",
  period: { month: "Місяць", year: "Рік", exchange: "Обмін" },
  soFarToUkraine: "В Україну, усього на той час",
  soFarToRussia: "В Росію, усього на той час",
  periodToUkraine: { month: "В Україну за місяць", year: "В Україну за рік", exchange: "В Україну в цьому обміні" },
  periodToRussia: { month: "В Росію за місяць", year: "В Росію за рік", exchange: "В Росію в цьому обміні" },
  periodExchanges: { month: "Обмінів за місяць", year: "Обмінів за рік", exchange: "Обміни" },
  unreportedIn: { one: "{n} обмін без даних", few: "{n} обміни без даних", many: "{n} обмінів без даних", other: "{n} обміну без даних" },
  barLabel: "{period}: усього в Україну повернуто {toUkraine}, в Росію — {toRussia}",
  markerLabel: "{claimant}, {date}: в Україну повернуто {figure}",
  officialLegend: "Офіційний підсумок",
  oneSidedLegend: "повідомила лише ця сторона",
  subtitle: "Наростаючий підсумок за даними кожної сторони; світліше — обміни, про які повідомила лише ця сторона",
  hint: "Клавіші зі стрілками переходять між стовпчиками та офіційними підсумками.",
};

const ru: CumulativeStrings = {
  title: "Люди, возвращённые в обменах пленными",
  unreportedNote: { one: "{n} обмен без опубликованных чисел не учтён", few: "{n} обмена без опубликованных чисел не учтены", many: "{n} обменов без опубликованных чисел не учтены", other: "{n} обмена без опубликованных чисел не учтены" },
  officialTotal: "Официальный итог",
  summary: "К {to}: в Украину возвращено {toUkraine}, в Россию — {toRussia}; {exchanges}.",
  period: { month: "Месяц", year: "Год", exchange: "Обмен" },
  soFarToUkraine: "В Украину, всего на тот момент",
  soFarToRussia: "В Россию, всего на тот момент",
  periodToUkraine: { month: "В Украину за месяц", year: "В Украину за год", exchange: "В Украину в этом обмене" },
  periodToRussia: { month: "В Россию за месяц", year: "В Россию за год", exchange: "В Россию в этом обмене" },
  periodExchanges: { month: "Обменов за месяц", year: "Обменов за год", exchange: "Обмены" },
  unreportedIn: { one: "{n} обмен без данных", few: "{n} обмена без данных", many: "{n} обменов без данных", other: "{n} обмена без данных" },
  barLabel: "{period}: всего в Украину возвращено {toUkraine}, в Россию — {toRussia}",
  markerLabel: "{claimant}, {date}: в Украину возвращено {figure}",
  officialLegend: "Официальный итог",
  oneSidedLegend: "сообщила только эта сторона",
  subtitle: "Нарастающий итог по данным каждой стороны; светлее — обмены, о которых сообщила только эта сторона",
  hint: "Клавиши со стрелками переключают столбцы и официальные итоги.",
};

const tables: Readonly<Record<Locale, CumulativeStrings>> = { en, uk, ru };

/**
 * The cumulative bars' strings for a locale.
 *
 * @example
 * cumulativeStrings("uk").period.month; // "Місяць"
 */
export function cumulativeStrings(locale: Locale): CumulativeStrings {
  return tables[locale];
}
