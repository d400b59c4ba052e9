import type { Chart } from "../core/chart.js";
import { defineChart } from "../core/define.js";
import { timelineDefinition } from "./definition.js";
import type { TimelineOptions } from "./options.js";

export { timelineDefinition };

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
