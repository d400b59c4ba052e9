import type { SkippedRecord } from "../exchange/check-records.js";

/** Detail of the `pow:select` event: the id of the record a reader activated. */
export interface PowSelectDetail { readonly id: string }
/** Detail of the `pow:error` event (elements only: the function API throws instead). */
export interface PowErrorDetail { readonly message: string }
/** Detail of the `pow:skipped` event (lenient mode): the records left out, with their index, id and reason. */
export interface PowSkippedDetail { readonly skipped: readonly SkippedRecord[] }

/**
 * The events a chart sends, by name, with their typed `detail`. They bubble and are composed,
 * so any ancestor (and the page, through shadow roots) hears them.
 *
 * @example
 * chart.element.addEventListener("pow:select", (event) => console.log(event.detail.id));
 */
export interface PowChartEventMap {
  "pow:select": CustomEvent<PowSelectDetail>;
  "pow:skipped": CustomEvent<PowSkippedDetail>;
  "pow:error": CustomEvent<PowErrorDetail>;
}

declare global {
  // The events bubble from the chart to any element above it, so every element may hear them.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends PowChartEventMap {}
  // …and the document, since they are composed.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends PowChartEventMap {}
}
