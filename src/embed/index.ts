/**
 * `pow-exchanges/element`: importing it defines `<pow-timeline>`, `<pow-cumulative-bars>` and
 * `<pow-held-captives>`. The only entry with a side effect; importing it twice is harmless.
 * @module
 */
import { defineElements } from "./define.js";

defineElements();

export { defineElements, tagName } from "./define.js";
export { autoResizeIframes } from "./iframe-parent.js";
export type { AutoResizeOptions } from "./iframe-parent.js";
export { chartAttributes } from "./attributes.js";
export type { PowChartElement, PowSelectDetail, PowErrorDetail, PowSkippedDetail, PowChartEventMap } from "./element.js";
export type { PowElementTagNameMap } from "./tag-map.js";
export type { ChartTagName, ElementChartName } from "./spec/tags.js";
export type { ChartAttributeName } from "./spec/attributes.js";
export type { ChartEventName } from "./spec/events.js";
export type { ExportFormat } from "./actions.js";
