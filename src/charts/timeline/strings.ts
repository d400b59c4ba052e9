import type { Locale, Plural } from "../core/locale.js";

/** Strings only the timeline uses; the shared ones are in core/locale. */
export interface TimelineStrings {
  readonly title: string;
  /** The default subtitle: what the bars count, with units. */
  readonly subtitle: string;
  /** The note over a long pause: "no exchange for 5 months". */
  readonly pause: Plural;
  /** The accessible description: "{exchanges} from {from} to {to}; …". */
  readonly summary: string;
  /** Key entries for the encodings that are not direction. */
  readonly key: { readonly notReported: string; readonly otherFigure: string; readonly monthOnly: string; readonly mediated: string };
  /** A label's figure when both sides returned the same number: "1,000 each way". */
  readonly eachWay: string;
  /** Place names of agreements, by the English word the data uses. */
  readonly places: Readonly<Record<string, string>>;
}

const en: TimelineStrings = {
  title: "Prisoner exchanges between Russia and Ukraine",
  subtitle: "People returned in each exchange, as reported by the side receiving them",
  pause: { one: "no exchange for {n} month", other: "no exchange for {n} months" },
  summary: "{exchanges} from {from} to {to}; {toUkraine} returned to Ukraine and {toRussia} to Russia, as each side reported.",
  key: { notReported: "not reported", otherFigure: "another stated figure", monthOnly: "month known only", mediated: "mediated" },
  eachWay: "{n} each way",
  places: { Istanbul: "Istanbul", Geneva: "Geneva" },
};

const uk: TimelineStrings = {
  title: "Обміни полоненими між Росією та Україною",
  subtitle: "Скільки людей повернулося під час кожного обміну, за даними сторони, що їх прийняла",
  pause: { one: "{n} місяць без обмінів", few: "{n} місяці без обмінів", many: "{n} місяців без обмінів", other: "{n} місяця без обмінів" },
  summary: "{exchanges} з {from} до {to}; в Україну повернуто {toUkraine}, в Росію — {toRussia}, за даними кожної сторони.",
  key: { notReported: "не повідомлено", otherFigure: "інша названа цифра", monthOnly: "відомий лише місяць", mediated: "з посередником" },
  eachWay: "по {n} з кожного боку",
  places: { Istanbul: "Стамбул", Geneva: "Женева" },
};

const ru: TimelineStrings = {
  title: "Обмены пленными между Россией и Украиной",
  subtitle: "Сколько людей вернулось при каждом обмене, по данным принявшей их стороны",
  pause: { one: "{n} месяц без обменов", few: "{n} месяца без обменов", many: "{n} месяцев без обменов", other: "{n} месяца без обменов" },
  summary: "{exchanges} с {from} по {to}; в Украину возвращено {toUkraine}, в Россию — {toRussia}, по данным каждой стороны.",
  key: { notReported: "не сообщалось", otherFigure: "другая названная цифра", monthOnly: "известен только месяц", mediated: "с посредником" },
  eachWay: "по {n} с каждой стороны",
  places: { Istanbul: "Стамбул", Geneva: "Женева" },
};

const tables: Readonly<Record<Locale, TimelineStrings>> = { en, uk, ru };

/**
 * The timeline's strings for a locale.
 *
 * @example
 * timelineStrings("uk").title; // "Обміни полоненими між Росією та Україною"
 */
export function timelineStrings(locale: Locale): TimelineStrings {
  return tables[locale];
}
