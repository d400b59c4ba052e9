/**
 * `pow-exchanges/charts`: the three charts, for the browser (mounted into an element)
 * and for servers (`renderToString`). Importing one chart does not bundle the others.
 * @module
 */
export { timeline, timelineDefinition } from "./timeline/index.js";
export { normalizeTimelineOptions, timelineDefaults } from "./timeline/options.js";
export type { TimelineOptions, NormalizedTimeline } from "./timeline/options.js";
export { layoutTimeline } from "./timeline/layout.js";
export { renderToString } from "./render/string/render-to-string.js";
export type { RenderToStringOptions } from "./render/string/render-to-string.js";
export { OptionError } from "./core/options.js";
export type { CommonOptions } from "./core/options.js";
export type { Chart, ChartHandle, ChartDefinition, ChartLike } from "./core/chart.js";
export type { ChartTarget } from "./core/target.js";
export type { PowSelectDetail, PowSkippedDetail, PowErrorDetail, PowChartEventMap } from "./core/events.js";
export type { Mark, Scene, Focus, TooltipContent, ColorToken, DataTable } from "./core/marks.js";
export { locales } from "./core/locale.js";
export { packageVersion } from "./core/version.js";
export type { Locale } from "./core/locale.js";
export { lightTheme, darkTheme } from "./core/theme.js";
export type { Theme } from "./core/theme.js";
export { cumulativeBars, cumulativeBarsDefinition } from "./cumulative-bars/index.js";
export { normalizeCumulativeBarsOptions, cumulativeBarsDefaults } from "./cumulative-bars/options.js";
export type { CumulativeBarsOptions, NormalizedCumulativeBars, CumulativeBy, CumulativeMode } from "./cumulative-bars/options.js";
export { layoutCumulativeBars } from "./cumulative-bars/layout.js";
export { heldCaptives, heldCaptivesDefinition } from "./held-captives/index.js";
export { normalizeHeldCaptivesOptions, heldCaptivesDefaults, heldCaptivesModes } from "./held-captives/options.js";
export type { HeldCaptivesOptions, NormalizedHeldCaptives, HeldCaptivesMode } from "./held-captives/options.js";
export { layoutHeldCaptives } from "./held-captives/layout.js";
