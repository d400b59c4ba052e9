import type { Chart } from "../core/chart.js";
import { defineChart } from "../core/define.js";
import { heldCaptivesDefinition } from "./definition.js";
import type { HeldCaptivesOptions } from "./options.js";

export { heldCaptivesDefinition };

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
