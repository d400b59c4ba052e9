import type { Locale } from "../core/locale.js";
import { translations } from "../core/translations.js";
import uk from "./claimants.uk.js";
import ru from "./claimants.ru.js";

/** Claimants' names in one language, by the data's English name before any role. */
export type ClaimantNames = Readonly<Record<string, string>>;

/**
 * Who gave a figure, in Ukrainian and Russian (claimants.uk.ts, claimants.ru.ts): claimants of
 * exchanges, totals and held-captives claims. One table for every chart, so a name reads the same
 * in a label, a note and the sources line. English is the data's own words.
 */
const names = /* @__PURE__ */ translations<ClaimantNames>("claimants", {}, { uk, ru });

/**
 * The claimant's name without the role in brackets or after a comma, for tight spaces.
 *
 * @example
 * shortName("Andriy Yermak (President's Office)"); // "Andriy Yermak"
 */
export function shortName(claimant: string): string {
  return claimant.split(/\s\(|,\s/)[0]?.trim() || claimant;
}

/**
 * The claimant's short name in the chart's language: in English the data's words before any role;
 * in Ukrainian or Russian the name from the table, or the data's words when it is not listed.
 *
 * @example
 * localName("Russian Defence Ministry", "uk"); // "Міноборони Росії"
 */
export function localName(claimant: string, locale: Locale): string {
  const short = shortName(claimant);
  if (locale === "en") return short;
  const table = names[locale];
  return Object.hasOwn(table, short) ? table[short]! : short;
}

/**
 * The claimant's name in `locale` where it is known, else the data's full words: for a heading,
 * where the role in English is worth keeping.
 *
 * @example
 * fullName("Volodymyr Zelensky", "ru"); // "Владимир Зеленский"
 */
export function fullName(claimant: string, locale: Locale): string {
  if (locale === "en") return claimant;
  const short = shortName(claimant);
  const table = names[locale];
  return Object.hasOwn(table, short) ? table[short]! : claimant;
}
