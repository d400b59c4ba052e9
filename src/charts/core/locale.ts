import { translations } from "./translations.js";
import uk from "./strings.uk.js";
import ru from "./strings.ru.js";
import { groupDigits } from "./number-format.js";
import { pluralCategory, type PluralCategory } from "./plural.js";

/** The languages every label, number, date and plural is available in. */
export const locales = ["en", "uk", "ru"] as const;
export type Locale = (typeof locales)[number];

/** Forms of a phrase per plural category; `other` is required. */
export type Plural = Partial<Record<PluralCategory, string>> & { other: string };

/** How a calendar date is written: "July 17, 2024", "Jul 17, 2024", "Jul 2024" or "2024" in English. */
export type DateStyle = "long" | "short" | "month" | "year";

/** Every string a chart shows, per locale. `{n}` and other braces are filled in by `format`. */
export interface Strings {
  readonly date: string;
  readonly sources: string;
  /** The footer's version line: the data version and the npm package version, each labelled. */
  readonly dataLine: string;
  readonly moreSources: string;
  /** After the primary sources in the footer: "reported by {publishers}". */
  readonly reportedBy: string;
  readonly highlighted: string;
  readonly claimant: string;
  readonly keyboardHint: string;
  /** The keys every chart answers besides its arrows, appended to each chart's hint. */
  readonly moreKeys: string;
  /** The footer's credit line: "Chart: {credit}". */
  readonly credit: string;
  /** The tooltip's buttons. */
  readonly close: string;
  readonly previous: string;
  readonly next: string;
  readonly skipped: Plural;
  /** A stated figure's qualifier: "about {n}", "more than {n}", "almost {n}", "at least {n}". */
  readonly about: string;
  readonly moreThan: string;
  readonly almost: string;
  readonly atLeast: string;
  /** A calendar date in each style, from {day}, {month} (the style's month name) and {year}. */
  readonly dateFormats: Readonly<Record<DateStyle, string>>;
  /** The twelve month names each style writes (a Slavic day date takes the genitive). */
  readonly months: Readonly<Record<Exclude<DateStyle, "year">, readonly string[]>>;
  /** Between groups of three digits: "," in English, a no-break space in Ukrainian and Russian. */
  readonly thousands: string;
}

const en: Strings = {
  about: "about {n}",
  moreThan: "more than {n}",
  almost: "almost {n}",
  atLeast: "at least {n}",
  date: "Date",
  sources: "Sources",
  dataLine: "Data v{version}, sources read to {date} · package pow-exchanges@{package}",
  moreSources: "and {n} more",
  reportedBy: "reported by {publishers}",
  highlighted: "highlighted",
  claimant: "Claimed by",
  keyboardHint: "Use the arrow keys to move between exchanges.",
  moreKeys: "Home and End jump to the first and last, Enter selects, Escape closes the details; Tab reaches the sources.",
  credit: "Chart: {credit}",
  close: "Close",
  previous: "Previous",
  next: "Next",
  skipped: { one: "{n} record skipped", other: "{n} records skipped" },
  dateFormats: { long: "{month} {day}, {year}", short: "{month} {day}, {year}", month: "{month} {year}", year: "{year}" },
  months: {
    long: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    month: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  },
  thousands: ",",
};

const tables = /* @__PURE__ */ translations("core", en, { uk, ru });

/** Formatting for one locale: strings, numbers, dates and plurals, all in UTC. */
export interface LocaleFormat {
  readonly locale: Locale;
  readonly t: Strings;
  number(n: number): string;
  /** A calendar date (YYYY-MM-DD), formatted without any time-zone shift. */
  date(iso: string, style?: DateStyle): string;
  plural(forms: Plural, n: number): string;
  fill(template: string, values: Readonly<Record<string, string | number>>): string;
}

const cache = new Map<Locale, LocaleFormat>();

/** A `{name}` field of a template: the one syntax `fill` and the date formats read. */
const FIELD = /\{(\w+)\}/g;
/** A template split at its fields: literal text at even indices, field names at odd ones. */
const splitFields = (template: string) => template.split(FIELD);

/**
 * The formatter for a locale, created once and reused. Numbers, dates and plurals come from the
 * locale's own tables and rules, not from Intl: they read as Intl writes them on our Node
 * (test/charts/core/locale.test.ts compares every day of 2022–2027 and a sample back to 1900),
 * the same in every browser and on the server, and without the 20–25 ms a page's first Intl
 * object costs a reader's first render (BENCHMARKS.md, cold first render).
 *
 * @example
 * localeFormat("uk").plural({ one: "{n} обмін", few: "{n} обміни", many: "{n} обмінів", other: "{n} обміну" }, 3); // "3 обміни"
 * localeFormat("en").date("2024-07-17", "short"); // "Jul 17, 2024"
 */
export function localeFormat(locale: Locale): LocaleFormat {
  const cached = cache.get(locale);
  if (cached) return cached;
  const t = tables[locale];
  const number = (n: number) => groupDigits(n, t.thousands);
  const fill = (template: string, values: Readonly<Record<string, string | number>>) =>
    template.replace(FIELD, (_, key: string) => {
      const value = values[key];
      return value === undefined ? "" : typeof value === "number" ? number(value) : value;
    });
  // Split once per locale, not at each date: a chart writes hundreds of dates a render (its
  // marks, tooltips and table), and `fill` would parse the template and build a record each time.
  const dateFields = { long: splitFields(t.dateFormats.long), short: splitFields(t.dateFormats.short), month: splitFields(t.dateFormats.month), year: splitFields(t.dateFormats.year) };
  const format: LocaleFormat = {
    locale,
    t,
    number,
    // Checked calendar dates only reach a formatter (YYYY-MM-DD, years 1900–2199).
    date: (iso, style = "long") => {
      const month = style === "year" ? "" : t.months[style][Number(iso.slice(5, 7)) - 1]!;
      return dateFields[style].reduce((out, part, i) => out + (i % 2 === 0 ? part : part === "year" ? iso.slice(0, 4) : part === "month" ? month : String(Number(iso.slice(8, 10)))), "");
    },
    plural: (forms, n) => fill(forms[pluralCategory(locale, n)] ?? forms.other, { n }),
    fill,
  };
  cache.set(locale, format);
  return format;
}
