import { readAttributes } from "../attributes.js";
import { smallestFitting } from "./fit.js";
import type { ChartDefinition } from "../../charts/core/chart.js";
import type { NormalizedCommon } from "../../charts/core/options.js";
import { sceneFits } from "./scene-fits.js";

/** What the page needs of a chart's definition (read from the global script, not bundled twice). */
type Definition = Pick<ChartDefinition<unknown>, "name" | "normalize" | "defaultHeight" | "layout">;

/**
 * Below this chart height the page scrolls even where a layout would fit in less. Chosen from
 * screenshots at 320–1280 px wide: at 300 px high the timeline fits at 320 px wide with a plot of
 * about 20 px and its tick labels run together; at 340 they are tight but apart.
 */
export const MIN_CHART_HEIGHT = 340;

/** The heights the page needs of its chart. */
export interface FrameChart {
  /** The chart's height when nothing constrains it: the `height` parameter, or its default at this width. */
  natural(width: number): number;
  /** The smallest height, from MIN_CHART_HEIGHT up to the natural one, at which the layout fits (`sceneFits`). */
  smallest(width: number): number;
}

/**
 * The sizes of the chart `name` with the page's attributes, from the chart definitions that
 * `pow-exchanges.global.js` exposes. Null when there is no such chart or its attributes are
 * invalid: the element then shows the error, and the page keeps its natural size.
 *
 * @example
 * frameChart("timeline", [["locale", "uk"]], window.PowExchanges)?.natural(390); // 500
 */
export function frameChart(name: string, attributes: readonly (readonly [string, string])[], api: unknown): FrameChart | null {
  const definition = Object.values(api ?? {}).find((value): value is { definition: Definition } =>
    typeof value === "function" && (value as { definition?: Definition }).definition?.name === name)?.definition;
  if (!definition) return null;
  const get = (key: string) => attributes.find(([n]) => n === key)?.[1] ?? null;
  let options: NormalizedCommon;
  let preferred: number | undefined;
  try {
    const read = readAttributes(get, name).options;
    preferred = read.height as number | undefined;
    options = definition.normalize({ ...read, height: undefined });
  } catch {
    return null;
  }
  const cache = new Map<number, number>();
  const natural = (width: number) => Math.round(preferred ?? definition.defaultHeight(width));
  return {
    natural,
    smallest(width) {
      const high = Math.max(MIN_CHART_HEIGHT, natural(width));
      let found = cache.get(width);
      if (found === undefined) {
        found = smallestFitting((height) => sceneFits(definition.layout(options, { width, height })), MIN_CHART_HEIGHT, high);
        cache.set(width, found);
      }
      return found;
    },
  };
}
