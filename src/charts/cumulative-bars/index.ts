import { defineChart } from "../core/define.js";
import type { Chart, ChartDefinition } from "../core/chart.js";
import { layoutCumulativeBars } from "./layout.js";
import { normalizeCumulativeBarsOptions, type CumulativeBarsOptions, type NormalizedCumulativeBars } from "./options.js";

/**
 * The cumulative bars' definition: options, default height, layout. At 320 px the header, legend
 * and footer wrap to several lines, so the height never drops below 420.
 *
 * @example
 * cumulativeBarsDefinition.defaultHeight(320); // 420
 */
export const cumulativeBarsDefinition: ChartDefinition<CumulativeBarsOptions, NormalizedCumulativeBars> = {
  name: "cumulative-bars",
  normalize: normalizeCumulativeBarsOptions,
  defaultHeight: (width) => Math.round(Math.max(420, Math.min(width * 0.62, 560))),
  layout: layoutCumulativeBars,
};

/**
 * Draws how many people each side got back, accumulated month by month (or per exchange or year),
 * with the running totals Ukrainian officials stated marked on the bars.
 *
 * @example
 * import { cumulativeBars } from "pow-exchanges/charts";
 * const chart = cumulativeBars(document.querySelector("#chart"), { by: "year", mode: "stacked" });
 * chart.update({ locale: "uk" });
 */
export const cumulativeBars: Chart<CumulativeBarsOptions> = /* @__PURE__ */ defineChart(cumulativeBarsDefinition);
