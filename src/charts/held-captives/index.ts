import type { Chart, ChartDefinition } from "../core/chart.js";
import { defineChart } from "../core/define.js";
import { layoutHeldCaptives } from "./layout.js";
import { normalizeHeldCaptivesOptions, type HeldCaptivesOptions, type NormalizedHeldCaptives } from "./options.js";

/**
 * The held-captives chart's definition: options, default height, layout.
 *
 * @example
 * heldCaptivesDefinition.defaultHeight(320); // 440
 */
export const heldCaptivesDefinition: ChartDefinition<HeldCaptivesOptions, NormalizedHeldCaptives> = {
  name: "held-captives",
  normalize: normalizeHeldCaptivesOptions,
  // Narrow screens wrap the title, headline and footer onto more lines, so they get a taller chart.
  defaultHeight: (width) => Math.round(Math.max(440, Math.min(width * 0.7, 540))),
  layout: layoutHeldCaptives,
};

/**
 * Compares claims of how many captives each side holds. By default one claim (Putin's of
 * 5 June 2024) as two bars labelled with the figures as worded; with `mode: "dots"`, every dated
 * claim over time. Each figure says who claimed it and what it counts; none is a verified count.
 *
 * @example
 * import { heldCaptives } from "pow-exchanges/charts";
 * const chart = heldCaptives(document.querySelector("#held"), { claim: "zelensky" });
 * chart.update({ mode: "dots", highlight: "2026-02-14-zelensky" });
 */
export const heldCaptives: Chart<HeldCaptivesOptions> = /* @__PURE__ */ defineChart(heldCaptivesDefinition);
