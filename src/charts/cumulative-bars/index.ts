import type { Chart } from "../core/chart.js";
import { defineChart } from "../core/define.js";
import { cumulativeBarsDefinition } from "./definition.js";
import type { CumulativeBarsOptions } from "./options.js";

export { cumulativeBarsDefinition };

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
