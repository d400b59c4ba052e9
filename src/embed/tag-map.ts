import type { PowChartElement } from "./element.js";
import type { ChartTagName } from "./spec/tags.js";

/**
 * Every chart element by tag, e.g. `"pow-timeline": PowChartElement`. Made from the registered
 * chart names, so a new chart's tag is typed with no other change.
 *
 * @example
 * const el: PowElementTagNameMap["pow-timeline"] = document.createElement("pow-timeline");
 */
export type PowElementTagNameMap = { [Tag in ChartTagName]: PowChartElement };

declare global {
  // `document.querySelector("pow-timeline")` and `createElement("pow-timeline")` return a PowChartElement.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends PowElementTagNameMap {}
}
