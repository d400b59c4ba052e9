import { defineChart } from "../core/define.js";
import type { Chart, ChartDefinition } from "../core/chart.js";
import { layoutTimeline } from "./layout.js";
import { normalizeTimelineOptions, type NormalizedTimeline, type TimelineOptions } from "./options.js";

/** The timeline's definition: options, default height, layout. */
export const timelineDefinition: ChartDefinition<TimelineOptions, NormalizedTimeline> = {
  name: "timeline",
  normalize: normalizeTimelineOptions,
  defaultHeight: (width) => Math.round(Math.max(340, Math.min(width * 0.55, 560))),
  layout: layoutTimeline,
};

/**
 * Draws every exchange on a time axis: people returned to Ukraine above, to Russia below,
 * coloured by mediator, with the largest swaps and long pauses annotated.
 *
 * @example
 * import { timeline } from "pow-exchanges/charts";
 * const chart = timeline(document.querySelector("#chart"), { highlight: "2024-07-17" });
 * chart.update({ locale: "uk" });
 */
export const timeline: Chart<TimelineOptions> = /* @__PURE__ */ defineChart(timelineDefinition);
