/**
 * THE list of events the chart elements send (and the function API's charts, from their
 * `element`), with the type of each event's `detail`. The typings and `custom-elements.json`
 * are made from it. Every event bubbles and is composed (it leaves the shadow root).
 *
 * @example
 * eventSpecs.find((e) => e.name === "pow:select")?.detail; // "PowSelectDetail"
 */
export const eventSpecs = [
  { name: "pow:select", detail: "PowSelectDetail", description: "A reader activated a record (click, Enter or Space): detail.id is its id." },
  { name: "pow:skipped", detail: "PowSkippedDetail", description: "Lenient mode left invalid records out: detail.skipped lists { index, id, reason } for each." },
  { name: "pow:error", detail: "PowErrorDetail", description: "An attribute, property or record could not be used: detail.message says why; the element shows it in place of the chart." },
] as const;

/** One event's entry in `eventSpecs`. */
export type EventSpec = (typeof eventSpecs)[number];

/** The name of any event a chart element sends, e.g. "pow:select". */
export type ChartEventName = EventSpec["name"];

/**
 * Old event names, still sent, kept for compatibility: the function API's charts sent `select` and
 * `skip` before they sent `pow:select` and `pow:skipped` like the elements.
 *
 * @example
 * deprecatedEvents[0]; // { name: "select", replacedBy: "pow:select" }
 */
export const deprecatedEvents = [
  { name: "select", replacedBy: "pow:select" },
  { name: "skip", replacedBy: "pow:skipped" },
] as const;
