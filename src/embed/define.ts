import { registeredCharts } from "../charts/registry.js";
import { chartElementClass } from "./element.js";
import { elementCss } from "./styles.js";
import { tagName } from "./tag.js";

export { tagName };

/**
 * Defines `<pow-timeline>` and the other registered charts' elements. Safe to call twice, or
 * after another copy of the library defined them: a name already taken is left as it is.
 * Does nothing where there is no `customElements` (Node, workers).
 *
 * @example
 * defineElements(); // then <pow-timeline locale="uk"></pow-timeline> renders
 */
export function defineElements(registry: CustomElementRegistry | undefined = globalThis.customElements): string[] {
  if (!registry) return [];
  const css = elementCss(registeredCharts.map((chart) => ({ tag: tagName(chart.definition.name), defaultHeight: chart.definition.defaultHeight })));
  const defined: string[] = [];
  for (const chart of registeredCharts) {
    const tag = tagName(chart.definition.name);
    if (!registry.get(tag)) {
      registry.define(tag, chartElementClass(chart, css));
      defined.push(tag);
    }
  }
  return defined;
}
