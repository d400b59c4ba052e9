/**
 * `pow-exchanges/server`: the charts as standalone SVG strings, for Node, workers and the edge.
 * Its `timeline`, `cumulativeBars` and `heldCaptives` carry only their definitions, so a server
 * or worker bundle leaves out the DOM renderer (d3-selection, pointer, keyboard, tooltip).
 * The call is the same as with `pow-exchanges/charts`: `renderToString(timeline, options)`.
 * @module
 */
export { timeline, cumulativeBars, heldCaptives } from "./charts.js";
export { renderToString } from "../charts/render/string/render-to-string.js";
export type { RenderToStringOptions } from "../charts/render/string/render-to-string.js";
export { OptionError } from "../charts/core/options.js";
export type { ChartLike, ChartDefinition } from "../charts/core/chart.js";
export { locales } from "../charts/core/locale.js";
export { packageVersion } from "../charts/core/version.js";
export type { Locale } from "../charts/core/locale.js";
export type { TimelineOptions } from "../charts/timeline/options.js";
export type { CumulativeBarsOptions } from "../charts/cumulative-bars/options.js";
export type { HeldCaptivesOptions } from "../charts/held-captives/options.js";
