import { describe, expect, it } from "vitest";
import { localeFormat, locales, type DateStyle } from "../../../src/charts/core/locale.js";

// Intl is the oracle: our tables must write what it writes on this Node, for every locale.
const intlOptions: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" },
  short: { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" },
  month: { timeZone: "UTC", month: "short", year: "numeric" },
  year: { timeZone: "UTC", year: "numeric" },
};
// The Ukrainian and Russian year mark ("р.", "г.") is left out, as charts always did.
const intlDate = (formatter: Intl.DateTimeFormat, iso: string) => formatter.format(new Date(`${iso}T00:00:00Z`)).replace(/\s?р\.$|\s?г\.$/, "");
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** Every day of 2022–2027 (the data's years and after), and every 37th day from 1900 to 2199. */
const days = [
  ...Array.from({ length: (Date.UTC(2028, 0, 1) - Date.UTC(2022, 0, 1)) / DAY }, (_, i) => isoDay(Date.UTC(2022, 0, 1) + i * DAY)),
  ...Array.from({ length: Math.floor((Date.UTC(2200, 0, 1) - Date.UTC(1900, 0, 1)) / DAY / 37) }, (_, i) => isoDay(Date.UTC(1900, 0, 1) + i * 37 * DAY)),
];

describe("localeFormat", () => {
  it("formats calendar dates in UTC whatever the style", () => {
    const en = localeFormat("en");
    expect(en.date("2024-07-17")).toBe("July 17, 2024");
    expect(en.date("2024-07-17", "short")).toBe("Jul 17, 2024");
    expect(en.date("2024-07-17", "month")).toBe("Jul 2024");
    expect(en.date("2024-07-17", "year")).toBe("2024");
    expect(localeFormat("uk").date("2025-05-23")).toBe("23 травня 2025");
    expect(localeFormat("ru").date("2025-05-23")).toBe("23 мая 2025");
  });

  it.each(locales)("writes every date as Intl does in %s, in every style", (locale) => {
    const f = localeFormat(locale);
    for (const style of ["long", "short", "month", "year"] as const) {
      const formatter = new Intl.DateTimeFormat(locale, intlOptions[style]);
      for (const iso of days) {
        const ours = f.date(iso, style);
        if (ours !== intlDate(formatter, iso)) expect(ours, `${locale} ${style} ${iso}`).toBe(intlDate(formatter, iso));
      }
    }
  });

  it.each(locales)("writes numbers as Intl does in %s: whole, grouped, rounded half away from zero", (locale) => {
    const f = localeFormat(locale);
    const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const numbers = [
      ...Array.from({ length: 20_001 }, (_, i) => i),
      ...Array.from({ length: 2_000 }, (_, i) => (i * 7919.37) ** 1.7),
      ...[0.5, 1.5, 2.5, -0.5, -2.5, -0.4, -0, -1234.5, 999.5, 999_999.5, 1e15 + 0.5, 1e21, 2 ** 70, Infinity, -Infinity],
    ];
    for (const n of numbers) if (f.number(n) !== intl.format(n)) expect(f.number(n), `${locale} ${n}`).toBe(intl.format(n));
  });

  it.each(locales)("chooses the plural form Intl does in %s", (locale) => {
    const rules = new Intl.PluralRules(locale);
    const forms = { zero: "zero", one: "one", two: "two", few: "few", many: "many", other: "other" };
    const f = localeFormat(locale);
    const numbers = [...Array.from({ length: 10_001 }, (_, i) => i), 0.5, 1.5, 2.5, 21.5, 101.25, -1, -2, -5, -21];
    for (const n of numbers) if (f.plural(forms, n) !== rules.select(n)) expect(f.plural(forms, n), `${locale} ${n}`).toBe(rules.select(n));
  });

  it("fills a template with numbers formatted and strings as they are", () => {
    expect(localeFormat("uk").fill("{n} з {total}: {name}", { n: 1500, total: 20000, name: "<b>" })).toBe("1\u00a0500 з 20\u00a0000: <b>");
  });
});
