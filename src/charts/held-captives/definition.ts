import type { ChartDefinition } from "../core/chart.js";
import { layoutHeldCaptives } from "./layout.js";
import { normalizeHeldCaptivesOptions, type NormalizedHeldCaptives, type HeldCaptivesOptions } from "./options.js";

/**
 * The held-captives chart's definition: options, default height, layout.
 *
 * @example
 * heldCaptivesDefinition.defaultHeight(320); // 440
 */
export const heldCaptivesDefinition: ChartDefinition<HeldCaptivesOptions, NormalizedHeldCaptives> = {
  name: "held-captives",
  normalize: normalizeHeldCaptivesOptions,
  // Narrow screens wrap the title, headline and footer onto more lines, so they get a taller chart.
  defaultHeight: (width) => Math.round(Math.max(440, Math.min(width * 0.7, 540))),
  layout: layoutHeldCaptives,
};
