import type { Locale } from "./locale.js";

/** The languages besides English, whose words may arrive after the code that shows them. */
export type TranslatedLocale = Exclude<Locale, "en">;

/**
 * Every table of Ukrainian or Russian words, by `${locale}/${part}`. The npm and one-script
 * builds fill it as each strings module loads; the progressive snippet's lazy modules leave
 * those tables out and add them with `addTranslations()` when a chart first needs the locale
 * (scripts/lazy-translations-plugin.ts), so an English page never downloads them.
 */
const registry = new Map<string, unknown>();

/**
 * One part's words in every locale, as a record read like a plain one (`table[locale]`).
 * English is always there; Ukrainian and Russian are there when given here or added later. Reading
 * a locale that is not there is an error naming it, never English in its place.
 *
 * @example
 * const tables = translations("timeline", en, { uk, ru });
 * tables.uk.title; // "Обміни полоненими між Росією та Україною"
 */
export function translations<T>(part: string, en: T, others: Readonly<Partial<Record<TranslatedLocale, T>>>): Readonly<Record<Locale, T>> {
  for (const locale of ["uk", "ru"] as const) {
    // Undefined in the lazy modules, whose build leaves these tables out.
    if (others[locale] !== undefined) registry.set(`${locale}/${part}`, others[locale]);
  }
  const read = (locale: TranslatedLocale): T => {
    const table = registry.get(`${locale}/${part}`);
    if (table === undefined) throw new Error(`pow-exchanges: the ${locale} words of "${part}" are not loaded`);
    return table as T;
  };
  return Object.freeze({
    en,
    get uk() {
      return read("uk");
    },
    get ru() {
      return read("ru");
    },
  });
}

/**
 * Adds one locale's tables, by part: what the progressive snippet's `dist/lazy/locale-uk.js` and
 * `locale-ru.js` do when they load.
 *
 * @example
 * addTranslations("uk", { timeline: ukTimeline, core: ukCore });
 */
export function addTranslations(locale: TranslatedLocale, tables: Readonly<Record<string, unknown>>): void {
  for (const [part, table] of Object.entries(tables)) registry.set(`${locale}/${part}`, table);
}

/**
 * Whether a locale's words are all there: always for English; for the others, once their tables
 * were given or added (at least the shared "core" part, which every chart reads).
 *
 * @example
 * hasTranslations("en"); // true
 */
export function hasTranslations(locale: Locale): boolean {
  return locale === "en" || registry.has(`${locale}/core`);
}
