import { render as timeline } from "./timeline.js";
import { render as cumulativeBars } from "./cumulative-bars.js";
import { render as heldCaptives } from "./held-captives.js";

/** Plain-D3 equivalents, by our chart's definition name. */
export const d3Charts = { timeline, "cumulative-bars": cumulativeBars, "held-captives": heldCaptives };
