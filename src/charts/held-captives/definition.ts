import { inDateRange } from "../../data/series/date-range.js";
import type { ChartDefinition } from "../core/chart.js";
import { layoutHeldCaptives } from "./layout.js";
import { normalizeHeldCaptivesOptions, type NormalizedHeldCaptives, type HeldCaptivesOptions } from "./options.js";

/**
 * The held-captives chart's definition: options, default height, layout and the claims it draws.
 *
 * @example
 * heldCaptivesDefinition.defaultHeight(320); // 600
 */
export const heldCaptivesDefinition: ChartDefinition<HeldCaptivesOptions, NormalizedHeldCaptives> = {
  name: "held-captives",
  normalize: normalizeHeldCaptivesOptions,
  // One height at every width: phones wrap the headings onto more lines and wide screens give the
  // bars the room instead, so the two latest claims fill the chart with no empty band (a height
  // that grew with the width would shrink where phones need it most).
  defaultHeight: () => 600,
  layout: layoutHeldCaptives,
  shown: (o) => ({ table: "heldClaims", records: inDateRange(o.claims, o.from, o.to) }),
};
