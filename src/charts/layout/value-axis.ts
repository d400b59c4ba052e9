import type { LocaleFormat } from "../core/locale.js";
import { px, type Mark } from "../core/marks.js";
import { textWidth } from "./text.js";

/** One gridline of a value axis: its value, where it runs, and the key its marks share. */
export interface ValueTick {
  /** Stable part of the marks' keys: `grid-KEY` and `ylabel-KEY`. */
  readonly key: string;
  readonly value: number;
  readonly y: number;
  /** The zero line is an axis, darker than the grid. */
  readonly axis?: boolean;
}

/**
 * The one value axis of the charts: a gridline across the plot for each tick and its localized
 * number right-aligned just left of the plot, in the muted text colour.
 *
 * @example
 * valueAxis([{ key: "0", value: 0, y: 374, axis: true }], localeFormat("uk"), { left: 40, right: 632, size: 12 });
 */
export function valueAxis(ticks: readonly ValueTick[], f: LocaleFormat, { left, right, size }: { readonly left: number; readonly right: number; readonly size: number }): Mark[] {
  return ticks.flatMap(({ key, value, y, axis }): Mark[] => {
    const yy = px(y);
    return [
      { kind: "line", key: `grid-${key}`, layer: "grid", x1: px(left), x2: px(right), y1: yy, y2: yy, stroke: axis ? "axis" : "grid", strokeWidth: 1 },
      { kind: "text", key: `ylabel-${key}`, layer: "grid", x: px(left - 4), y: px(yy + size * 0.35), text: f.number(value), size, anchor: "end", fill: "muted" },
    ];
  });
}

/**
 * The widest number `valueAxis` would write for these values: the room the labels need left of the plot.
 *
 * @example
 * valueLabelWidth([0, 2000, 4000], localeFormat("en"), 12); // the width of "4,000" at 12 px
 */
export function valueLabelWidth(values: readonly number[], f: LocaleFormat, size: number): number {
  return Math.max(0, ...values.map((v) => textWidth(f.number(v), size)));
}
