import type { TranslatedLocale } from "../charts/core/translations.js";
import type { AnyChart } from "../charts/registry.js";
import { chartElementClass } from "./element.js";
import { elementCss } from "./styles.js";
import { tagName } from "./tag.js";

/**
 * Defines one chart's element, with a stylesheet that reserves only that chart's box: what a lazy
 * module (`dist/lazy/NAME.js`) does, so it bundles no other chart. A tag already defined (by the
 * one-script build, or another copy) is left as it is. Returns whether it defined the tag.
 * `loadLocale` is for a build that leaves the Ukrainian and Russian words out (the lazy modules).
 *
 * @example
 * defineChartElement(timeline); // <pow-timeline> renders from now on
 */
export function defineChartElement(
  chart: AnyChart,
  { registry = globalThis.customElements, loadLocale }: { registry?: CustomElementRegistry | undefined; loadLocale?: (locale: TranslatedLocale) => Promise<void> } = {},
): boolean {
  const { name, defaultHeight } = chart.definition;
  const tag = tagName(name);
  if (!registry || registry.get(tag)) return false;
  registry.define(tag, chartElementClass(chart, elementCss([{ tag, defaultHeight }]), loadLocale));
  return true;
}
