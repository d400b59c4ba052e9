import type { ChartLike } from "../charts/core/chart.js";
import { cumulativeBarsDefinition } from "../charts/cumulative-bars/definition.js";
import type { CumulativeBarsOptions } from "../charts/cumulative-bars/options.js";
import { heldCaptivesDefinition } from "../charts/held-captives/definition.js";
import type { HeldCaptivesOptions } from "../charts/held-captives/options.js";
import { timelineDefinition } from "../charts/timeline/definition.js";
import type { TimelineOptions } from "../charts/timeline/options.js";

/**
 * The timeline for `renderToString` on a server: its definition only, without the DOM renderer.
 *
 * @example
 * import { renderToString, timeline } from "pow-exchanges/server";
 * renderToString(timeline, { width: 640 });
 */
export const timeline: ChartLike<TimelineOptions> = { definition: timelineDefinition };

/**
 * The cumulative bars for `renderToString` on a server, without the DOM renderer.
 *
 * @example
 * renderToString(cumulativeBars, { width: 390, by: "year" });
 */
export const cumulativeBars: ChartLike<CumulativeBarsOptions> = { definition: cumulativeBarsDefinition };

/**
 * The held-captives chart for `renderToString` on a server, without the DOM renderer.
 *
 * @example
 * renderToString(heldCaptives, { width: 640, mode: "dots" });
 */
export const heldCaptives: ChartLike<HeldCaptivesOptions> = { definition: heldCaptivesDefinition };
