import type { Chart, ChartDefinition } from "../core/chart.js";
import { defineChart } from "../core/define.js";
import { layoutHeldCaptives } from "./layout.js";
import { normalizeHeldCaptivesOptions, type HeldCaptivesOptions, type NormalizedHeldCaptives } from "./options.js";

/**
 * The held-captives chart's definition: options, default height, layout.
 *
 * @example
 * heldCaptivesDefinition.defaultHeight(320); // 600
 */
export const heldCaptivesDefinition: ChartDefinition<HeldCaptivesOptions, NormalizedHeldCaptives> = {
  name: "held-captives",
  normalize: normalizeHeldCaptivesOptions,
  // One height at every width: phones wrap the headings onto more lines and wide screens give the
  // bars the room instead, so the two latest claims fill the chart with no empty band (a height
  // that grew with the width would shrink where phones need it most).
  defaultHeight: () => 600,
  layout: layoutHeldCaptives,
};

/**
 * Compares claims of how many captives each side holds. By default the latest claim from each
 * side, named and dated, as bars on one scale labelled with the figures as worded; with `claim`,
 * one claim; with `mode: "dots"`, every dated claim over time. Each figure says who claimed it
 * and what it counts; none is a verified count.
 *
 * @example
 * import { heldCaptives } from "pow-exchanges/charts";
 * const chart = heldCaptives(document.querySelector("#held"), { claim: "zelensky" });
 * chart.update({ mode: "dots", highlight: "2026-02-14-zelensky" });
 */
export const heldCaptives: Chart<HeldCaptivesOptions> = /* @__PURE__ */ defineChart(heldCaptivesDefinition);
