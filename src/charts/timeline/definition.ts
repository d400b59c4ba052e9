import type { ChartDefinition } from "../core/chart.js";
import { layoutTimeline } from "./layout.js";
import { normalizeTimelineOptions, type NormalizedTimeline, type TimelineOptions } from "./options.js";

/**
 * The timeline's definition: options, default height, layout.
 *
 * @example
 * timelineDefinition.defaultHeight(640); // 352
 */
export const timelineDefinition: ChartDefinition<TimelineOptions, NormalizedTimeline> = {
  name: "timeline",
  normalize: normalizeTimelineOptions,
  defaultHeight: (width) => Math.round(Math.max(340, Math.min(width * 0.55, 560))),
  layout: layoutTimeline,
};
