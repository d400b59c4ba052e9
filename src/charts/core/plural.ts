import type { Locale } from "./locale.js";

/** A plural category as CLDR names them (and Intl.PluralRules returns them). */
export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

/**
 * The CLDR plural category of a number in one of our locales: what `Intl.PluralRules` answers
 * (test/charts/core/plural.test.ts checks it for every integer to 10,000 and for fractions), written
 * out because creating the first Intl object costs a reader's first render milliseconds.
 * Ukrainian and Russian share their rule: 1, 21, 31… one; 2–4, 22–24… few; the other integers
 * many; fractions other.
 *
 * @example
 * pluralCategory("uk", 22); // "few"
 * pluralCategory("en", 1); // "one"
 */
export function pluralCategory(locale: Locale, n: number): PluralCategory {
  const abs = Math.abs(n);
  if (locale === "en") return abs === 1 ? "one" : "other";
  if (!Number.isInteger(abs)) return "other";
  const ten = abs % 10;
  const hundred = abs % 100;
  if (ten === 1 && hundred !== 11) return "one";
  if (ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)) return "few";
  return "many";
}
