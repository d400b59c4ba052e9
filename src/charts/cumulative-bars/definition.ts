import type { ChartDefinition } from "../core/chart.js";
import { layoutCumulativeBars } from "./layout.js";
import { normalizeCumulativeBarsOptions, type NormalizedCumulativeBars, type CumulativeBarsOptions } from "./options.js";

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
