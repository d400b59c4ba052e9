import type { Chart, ChartDefinition } from "./chart.js";
import { mount } from "../render/dom/mount.js";
import type { NormalizedCommon } from "./options.js";
import { resolveTarget, type ChartTarget } from "./target.js";

/**
 * Turns a chart definition into the public chart function, which mounts into a target element
 * (or the element a selector finds). The definition rides along so `renderToString` can lay the
 * chart out without a DOM.
 *
 * @example
 * export const timeline = defineChart(timelineDefinition); // timeline("#swaps", { locale: "uk" })
 */
export function defineChart<O, N extends NormalizedCommon>(definition: ChartDefinition<O, N>): Chart<O> {
  const chart = (target: ChartTarget, options?: O) => mount(definition, resolveTarget(target, definition.name), options ?? ({} as O));
  return Object.defineProperty(chart, "definition", { value: definition, enumerable: true }) as unknown as Chart<O>;
}
