import type { ChartDefinition } from "../core/chart.js";
import { inRange } from "../exchange/records.js";
import { layoutCumulativeBars } from "./layout.js";
import { normalizeCumulativeBarsOptions, type NormalizedCumulativeBars, type CumulativeBarsOptions } from "./options.js";

/**
 * The cumulative bars' definition: options, default height, layout and the records it draws. At 320 px the header, legend
 * and footer wrap to several lines, so the height never drops below 420.
 *
 * @example
 * cumulativeBarsDefinition.defaultHeight(320); // 500
 */
export const cumulativeBarsDefinition: ChartDefinition<CumulativeBarsOptions, NormalizedCumulativeBars> = {
  name: "cumulative-bars",
  normalize: normalizeCumulativeBarsOptions,
  // As tall as the timeline: on phones the plot keeps at least half of the chart under the key and footer.
  defaultHeight: (width) => Math.round(Math.max(500, Math.min(width * 0.62, 600))),
  layout: layoutCumulativeBars,
  shown: (o) => ({ table: "exchanges", records: inRange(o.data, o.from, o.to) }),
};
