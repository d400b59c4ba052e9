import { px, type Mark } from "../core/marks.js";
import { textWidth } from "./text.js";
import { MIN_TEXT_SIZE } from "./type-scale.js";

/** One entry of a chart's key: its symbol drawn at (x, y), the top left of a 10 px swatch box. */
export interface LegendEntry {
  /** Stable part of the marks' keys: `legend-label-KEY`. */
  readonly key: string;
  readonly label: string;
  /** The swatch; without one, the label alone, muted (a note such as "(log scale)"). */
  readonly symbol?: (x: number, y: number) => Mark[];
}

const ROW = 16;
const SWATCH = 14;
const GAP = 12;

/**
 * The one key layout of the charts: entries left to right, each a swatch and its label, wrapping
 * to a new row where the next would pass the width. Returns the marks and the height used (0 for
 * no entries).
 *
 * @example
 * legend([{ key: "to-ukraine", label: "Returned to Ukraine", symbol: (x, y) => [swatch(x, y)] }], { left: 8, top: 60, width: 624 }).height; // 14
 */
export function legend(entries: readonly LegendEntry[], { left, top, width }: { readonly left: number; readonly top: number; readonly width: number }): { marks: Mark[]; height: number } {
  const marks: Mark[] = [];
  let x = left;
  let y = top;
  for (const { key, label, symbol } of entries) {
    const indent = symbol ? SWATCH : 0;
    const w = indent + textWidth(label, MIN_TEXT_SIZE) + GAP;
    if (x + w - GAP > left + width && x > left) {
      x = left;
      y += ROW;
    }
    if (symbol) marks.push(...symbol(x, y));
    marks.push({ kind: "text", key: `legend-label-${key}`, layer: "frame", x: px(x + indent), y: px(y + 10), text: label, size: MIN_TEXT_SIZE, fill: symbol ? "text" : "muted" });
    x += w;
  }
  return { marks, height: entries.length === 0 ? 0 : y - top + ROW - 2 };
}
