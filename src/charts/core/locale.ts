import { translations } from "./translations.js";
import uk from "./strings.uk.js";
import ru from "./strings.ru.js";

/** The languages every label, number, date and plural is available in. */
export const locales = ["en", "uk", "ru"] as const;
export type Locale = (typeof locales)[number];

/** Forms of a phrase per Intl plural category; `other` is required. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

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
};

const tables = /* @__PURE__ */ translations("core", en, { uk, ru });

/** Formatting for one locale: strings, numbers, dates and plurals, all through Intl and in UTC. */
export interface LocaleFormat {
  readonly locale: Locale;
  readonly t: Strings;
  number(n: number): string;
  /** A calendar date (YYYY-MM-DD), formatted without any time-zone shift. */
  date(iso: string, style?: "long" | "short" | "month" | "year"): string;
  plural(forms: Plural, n: number): string;
  fill(template: string, values: Readonly<Record<string, string | number>>): string;
}

const cache = new Map<Locale, LocaleFormat>();

/**
 * The formatter for a locale, created once and reused.
 *
 * @example
 * localeFormat("uk").plural(localeFormat("uk").t.exchangesCount, 3); // "3 обміни"
 */
export function localeFormat(locale: Locale): LocaleFormat {
  const cached = cache.get(locale);
  if (cached) return cached;
  // Each Intl formatter is made when first used: making one costs milliseconds on a reader's
  // first render (BENCHMARKS.md, cold first render), and a chart uses only some of them.
  let numberFormat: Intl.NumberFormat | undefined;
  let pluralRules: Intl.PluralRules | undefined;
  const numbers = { format: (n: number) => (numberFormat ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(n) };
  const plurals = { select: (n: number) => (pluralRules ??= new Intl.PluralRules(locale)).select(n) };
  const dateOptions: Record<"long" | "short" | "month" | "year", Intl.DateTimeFormatOptions> = {
    long: { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" },
    short: { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" },
    month: { timeZone: "UTC", month: "short", year: "numeric" },
    year: { timeZone: "UTC", year: "numeric" },
  };
  const dateFormats: Partial<Record<keyof typeof dateOptions, Intl.DateTimeFormat>> = {};
  const dates = (style: keyof typeof dateOptions) => (dateFormats[style] ??= new Intl.DateTimeFormat(locale, dateOptions[style]));
  const formatted = new Map<string, string>();
  const fill = (template: string, values: Readonly<Record<string, string | number>>) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = values[key];
      return value === undefined ? "" : typeof value === "number" ? numbers.format(value) : value;
    });
  const format: LocaleFormat = {
    locale,
    t: tables[locale],
    number: (n) => numbers.format(n),
    date: (iso, style = "long") => {
      // Every render formats the same few hundred dates (ticks, labels, the footer): Intl is slow
      // enough for that to show, so formatted dates are kept, a bounded number of them.
      const key = `${style} ${iso}`;
      let text = formatted.get(key);
      if (text === undefined) {
        if (formatted.size >= 4096) formatted.clear();
        text = dates(style).format(new Date(`${iso}T00:00:00Z`)).replace(/\s?р\.$|\s?г\.$/, "");
        formatted.set(key, text);
      }
      return text;
    },
    plural: (forms, n) => fill(forms[plurals.select(n)] ?? forms.other, { n }),
    fill,
  };
  cache.set(locale, format);
  return format;
}
