import type { Chart } from "./core/chart.js";
import { cumulativeBars } from "./cumulative-bars/index.js";
import { heldCaptives } from "./held-captives/index.js";
import { timeline } from "./timeline/index.js";

/** Any chart function; each takes its own options, which the element and CLI pass through unchecked until `normalize`. */
export type AnyChart = Chart<any>;

/**
 * THE place where charts are registered for the custom elements, the iframe page, the static
 * fallbacks and the CLI. A chart added here gets `<pow-NAME>`, `embed.html?chart=NAME`,
 * `dist/static/NAME.svg|png` and `pow-exchanges render NAME` with no other change.
 * Not exported from `pow-exchanges/charts`, so importing one chart never bundles the others.
 *
 * @example
 * registeredCharts.map((chart) => chart.definition.name); // ["timeline", …]
 */
export const registeredCharts: readonly AnyChart[] = [timeline, cumulativeBars, heldCaptives];

/** A registered chart's name, e.g. "timeline". */
export type ChartName = Chart<unknown>["definition"]["name"];

/**
 * Finds a registered chart by name, or undefined.
 *
 * @example
 * findChart("timeline")?.definition.defaultHeight(640); // 352
 */
export function findChart(name: string): AnyChart | undefined {
  return registeredCharts.find((chart) => chart.definition.name === name);
}

/**
 * The names of every registered chart, in registration order.
 *
 * @example
 * chartNames().join("|"); // "timeline|cumulative-bars|held-captives"
 */
export function chartNames(): string[] {
  return registeredCharts.map((chart) => chart.definition.name);
}
