import { render as timeline } from "./timeline.js";
import { render as cumulativeBars } from "./cumulative-bars.js";
import { render as heldCaptives } from "./held-captives.js";

/** Observable Plot equivalents, by our chart's definition name. */
export const plotCharts = { timeline, "cumulative-bars": cumulativeBars, "held-captives": heldCaptives };
