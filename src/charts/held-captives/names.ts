import type { HeldClaim, HeldPopulation } from "../../data/types.js";
import type { Locale } from "../core/locale.js";
import { translations } from "../core/translations.js";
import uk from "./names.uk.js";
import ru from "./names.ru.js";

/** Whom a claim counts, in one language, by its `population`. */
export type PopulationNames = Readonly<Record<HeldPopulation, string>>;

/** Whom a claim counts, in words, by its `population`, for the languages the data is not in (names.uk.ts, names.ru.ts). */
const populations = /* @__PURE__ */ translations<PopulationNames | null>("held-populations", null, { uk, ru });

/**
 * What a claim counts: the data's own words in English; in Ukrainian or Russian, whom it counts
 * (its `population`), or the data's words when it has none.
 *
 * @example
 * countsText(putinClaim, "ru"); // "военнопленные"
 */
export function countsText(c: HeldClaim, locale: Locale): string {
  if (locale === "en" || c.population === undefined) return c.counts;
  return populations[locale]![c.population];
}
