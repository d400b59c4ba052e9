import type { ChartDefinition } from "../core/chart.js";
import { inRange } from "../exchange/records.js";
import { layoutTimeline } from "./layout.js";
import { normalizeTimelineOptions, type NormalizedTimeline, type TimelineOptions } from "./options.js";

/**
 * The timeline's definition: options, default height, layout and the records it draws.
 *
 * @example
 * timelineDefinition.defaultHeight(640); // 500
 */
export const timelineDefinition: ChartDefinition<TimelineOptions, NormalizedTimeline> = {
  name: "timeline",
  normalize: normalizeTimelineOptions,
  // Phones get a taller chart, so that the plot keeps at least half of it under a wrapped title,
  // the key and the footer; static and live renderings share this, so hydration never shifts.
  defaultHeight: (width) => Math.round(Math.max(500, Math.min(width * 0.62, 600))),
  layout: layoutTimeline,
  shown: (o) => ({ table: "exchanges", records: inRange(o.data, o.from, o.to) }),
};
