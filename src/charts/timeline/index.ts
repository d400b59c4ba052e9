import { defineChart } from "../core/define.js";
import type { Chart, ChartDefinition } from "../core/chart.js";
import { layoutTimeline } from "./layout.js";
import { normalizeTimelineOptions, type NormalizedTimeline, type TimelineOptions } from "./options.js";

/** The timeline's definition: options, default height, layout. */
export const timelineDefinition: ChartDefinition<TimelineOptions, NormalizedTimeline> = {
  name: "timeline",
  normalize: normalizeTimelineOptions,
  // Phones get a taller chart, so that the plot keeps at least half of it under a wrapped title,
  // the key and the footer; static and live renderings share this, so hydration never shifts.
  defaultHeight: (width) => Math.round(Math.max(500, Math.min(width * 0.62, 600))),
  layout: layoutTimeline,
};

/**
 * Draws every exchange on a time axis: people returned to Ukraine above, to Russia below, each
 * direction in its own colour, with the largest events (an agreement's stages count as one) and
 * long pauses annotated.
 *
 * @example
 * import { timeline } from "pow-exchanges/charts";
 * const chart = timeline(document.querySelector("#chart"), { highlight: "2024-07-17" });
 * chart.update({ locale: "uk" });
 */
export const timeline: Chart<TimelineOptions> = /* @__PURE__ */ defineChart(timelineDefinition);
