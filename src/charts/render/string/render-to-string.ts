import type { ChartLike } from "../../core/chart.js";
import { ownOptions } from "../../core/own-options.js";
import { sceneToSvg } from "./svg-string.js";

/** Options of `renderToString`: the chart's own options, plus a prefix for the SVG's ids. */
export type RenderToStringOptions<O> = O & {
  /** Prefix for the ids inside the SVG, so several inline SVGs on one page stay unique (default "pow-" + chart name). */
  readonly idPrefix?: string;
};

/**
 * Renders a chart to standalone SVG markup with no DOM: in Node, workers or at the edge.
 * It uses the same layout as the browser; colours and fonts are presentation attributes,
 * so the SVG renders with no CSS. Width defaults to 640 px; `dark: "auto"` renders light.
 *
 * @example
 * import { renderToString, timeline } from "pow-exchanges/charts";
 * const svg = renderToString(timeline, { width: 640, locale: "uk" });
 * // In a server or worker bundle, import from "pow-exchanges/server": the same call, without the DOM renderer.
 */
export function renderToString<O>(chart: ChartLike<O>, options?: RenderToStringOptions<O>): string {
  const definition = chart?.definition;
  if (!definition) throw new TypeError("renderToString: the first argument must be a chart (timeline, cumulativeBars or heldCaptives)");
  // Own fields only: a polluted Object.prototype.idPrefix (or any option name) is not read.
  const { idPrefix, ...chartOptions } = ownOptions(options) as RenderToStringOptions<O> & Record<string, unknown>;
  const normalized = definition.normalize(chartOptions as O);
  const width = normalized.width ?? 640;
  const height = normalized.height ?? definition.defaultHeight(width);
  const scene = definition.layout(normalized, { width, height });
  return sceneToSvg(scene, { idPrefix: idPrefix ?? `pow-${definition.name}`, dark: normalized.dark === true });
}
