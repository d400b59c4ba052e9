import type { Chart, ChartDefinition } from "./chart.js";
import { mount } from "./dom.js";
import type { NormalizedCommon } from "./options.js";

/**
 * Turns a chart definition into the public chart function, which mounts into a target element.
 * The definition rides along so `renderToString` can lay the chart out without a DOM.
 */
export function defineChart<O, N extends NormalizedCommon>(definition: ChartDefinition<O, N>): Chart<O> {
  const chart = (target: Element, options?: O) => mount(definition, target, options ?? ({} as O));
  return Object.defineProperty(chart, "definition", { value: definition, enumerable: true }) as unknown as Chart<O>;
}
