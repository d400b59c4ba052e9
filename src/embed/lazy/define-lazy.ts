import type { AnyChart } from "../../charts/registry.js";
import { deferSourceAddresses } from "../../charts/core/source-addresses.js";
import { hasTranslations, type TranslatedLocale } from "../../charts/core/translations.js";
import { defineChartElement } from "../define-one.js";
import { tagName } from "../tag.js";

/** Imports a locale's tables (dist/lazy/locale-uk.js or locale-ru.js), which add themselves. */
export function loadLocale(locale: TranslatedLocale): Promise<void> {
  return (locale === "uk" ? import("./locale-uk.js") : import("./locale-ru.js")).then(() => undefined);
}

/**
 * What each lazy module (`dist/lazy/NAME.js`) does: says where the left-out source addresses come
 * from, waits for the words of the languages its elements on the page ask for (so the static
 * picture stays until the chart can replace it in that language), then defines the element.
 * Resolves to whether it defined the tag.
 *
 * @example
 * await defineLazyElement(timeline); // <pow-timeline locale="uk"> draws in Ukrainian
 */
export async function defineLazyElement(chart: AnyChart): Promise<boolean> {
  deferSourceAddresses(() => import("./source-addresses.js").then((m) => m.default));
  const wanted = new Set<TranslatedLocale>();
  for (const element of document.querySelectorAll(tagName(chart.definition.name))) {
    const locale = element.getAttribute("locale");
    if ((locale === "uk" || locale === "ru") && !hasTranslations(locale)) wanted.add(locale);
  }
  // A failed load is the element's to report: it tries again and shows the error in its box.
  await Promise.allSettled([...wanted].map(loadLocale));
  return defineChartElement(chart, { loadLocale });
}
