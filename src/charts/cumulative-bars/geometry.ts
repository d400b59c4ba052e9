import type { LocaleFormat } from "../core/locale.js";
import { band, linear, type BandScale, type LinearScale } from "../layout/scales.js";
import { maxOf } from "../layout/ticks.js";
import { tickSize } from "../layout/type-scale.js";
import { valueLabelWidth } from "../layout/value-axis.js";
import type { PlacedTotal } from "./officials.js";
import type { NormalizedCumulativeBars } from "./options.js";
import type { Bin } from "./periods.js";

/** Where the bars go: one band per period across, people up, and the plot's edges in px. */
export interface Geometry {
  readonly x: BandScale<string>;
  readonly y: LinearScale;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * The plot's scales between `top` and `bottom`: the value scale reaches the tallest bar (both
 * directions' sum when stacked) or official total, rounded to nice ticks, and the bands start
 * right of the widest value label (at most a quarter of the width). Bands are thinner when
 * there are more than 40 periods.
 *
 * @example
 * const g = plotGeometry(normalizeCumulativeBarsOptions({ by: "year" }), list, [], 640, 120, 380, localeFormat("en"));
 * g.y(0); // 380: the baseline
 * g.x("2022"); // the left edge of 2022's band, right of the value labels
 */
export function plotGeometry(o: NormalizedCumulativeBars, list: readonly Bin[], placed: readonly PlacedTotal[], width: number, top: number, bottom: number, f: LocaleFormat): Geometry {
  const plotBottom = Math.max(top + 10, bottom);
  const peak = maxOf(list, (b) => (o.mode === "stacked" ? b.toUkraine + b.toRussia : Math.max(b.toUkraine, b.toRussia))) ?? 0;
  const ticks = tickCount({ top, bottom: plotBottom });
  const y = linear([0, Math.max(peak, maxOf(placed, (p) => p.value) ?? 0, 10)], [plotBottom, top], { nice: ticks });
  const left = Math.min(valueLabelWidth(y.ticks(ticks), f, tickSize(width)) + 8, width / 4);
  const right = Math.max(left, width - 8);
  const x = band(list.map((b) => b.key), [left, right], { inner: list.length > 40 ? 0.15 : 0.25, outer: 0.1 });
  return { x, y, top, bottom: plotBottom, left, right };
}

/**
 * How many value ticks a plot this tall gets: one per 45 px, from 2 to 6.
 *
 * @example
 * tickCount({ top: 100, bottom: 300 }); // 4
 */
export function tickCount(g: { readonly top: number; readonly bottom: number }): number {
  return Math.max(2, Math.min(6, Math.floor((g.bottom - g.top) / 45)));
}
