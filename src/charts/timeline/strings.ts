import type { Locale, Plural } from "../core/locale.js";

/** Strings only the timeline uses; the shared ones are in core/locale. */
export interface TimelineStrings {
  readonly title: string;
  /** The note over a long pause: "no exchange for 5 months". */
  readonly pause: Plural;
  /** The accessible description: "{exchanges} from {from} to {to}; …". */
  readonly summary: string;
}

const en: TimelineStrings = {
  title: "Prisoner exchanges between Russia and Ukraine",
  pause: { one: "no exchange for {n} month", other: "no exchange for {n} months" },
  summary: "{exchanges} from {from} to {to}; {toUkraine} returned to Ukraine and {toRussia} to Russia, as each side reported.",
};

const uk: TimelineStrings = {
  title: "Обміни полоненими між Росією та Україною",
  pause: { one: "{n} місяць без обмінів", few: "{n} місяці без обмінів", many: "{n} місяців без обмінів", other: "{n} місяця без обмінів" },
  summary: "{exchanges} з {from} до {to}; в Україну повернуто {toUkraine}, в Росію — {toRussia}, за даними кожної сторони.",
};

const ru: TimelineStrings = {
  title: "Обмены пленными между Россией и Украиной",
  pause: { one: "{n} месяц без обменов", few: "{n} месяца без обменов", many: "{n} месяцев без обменов", other: "{n} месяца без обменов" },
  summary: "{exchanges} с {from} по {to}; в Украину возвращено {toUkraine}, в Россию — {toRussia}, по данным каждой стороны.",
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
