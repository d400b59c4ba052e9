import type { HeldClaim, HeldPopulation } from "../../data/types.js";
import type { Locale } from "../core/locale.js";

/** Whom a claim counts, in words, by its `population`, for the languages the data is not in. */
const populations: Readonly<Record<HeldPopulation, Readonly<Record<"uk" | "ru", string>>>> = {
  "prisoners-of-war": { uk: "військовополонені", ru: "военнопленные" },
  civilians: { uk: "цивільні", ru: "гражданские" },
  "all-captives": { uk: "військові й цивільні в полоні", ru: "военные и гражданские в плену" },
  captures: { uk: "усі, кого взяли в полон (а не скільки утримують зараз)", ru: "все, кого взяли в плен (а не сколько удерживают сейчас)" },
};

/**
 * What a claim counts: the data's own words in English; in Ukrainian or Russian, whom it counts
 * (its `population`), or the data's words when it has none.
 *
 * @example
 * countsText(putinClaim, "ru"); // "военнопленные"
 */
export function countsText(c: HeldClaim, locale: Locale): string {
  if (locale === "en" || c.population === undefined) return c.counts;
  return populations[c.population][locale];
}
