import type { LocaleFormat } from "../core/locale.js";
import { px, type Mark } from "../core/marks.js";
import { legend, type LegendEntry } from "../layout/legend.js";
import { sideColor } from "./figures.js";
import { heldStrings } from "./strings.js";

/**
 * The dot plot's key, wrapping to the width: one colour per side, hollow for approximate,
 * "?" for a figure without a number, and a reminder that the scale is logarithmic.
 */
export function dotsLegend(f: LocaleFormat, { noNumber, ...box }: { left: number; top: number; width: number; noNumber: boolean }): { marks: Mark[]; height: number } {
  const s = heldStrings[f.locale];
  const entries: [key: string, label: string, symbol: (x: number, y: number) => Mark][] = [
    ["russia", heldStrings[f.locale].heldByRussia, (x, y) => ({ kind: "circle", key: "legend-russia", layer: "frame", cx: px(x + 5), cy: px(y + 6), r: 4.5, fill: sideColor.heldByRussia })],
    ["ukraine", heldStrings[f.locale].heldByUkraine, (x, y) => ({ kind: "circle", key: "legend-ukraine", layer: "frame", cx: px(x + 5), cy: px(y + 6), r: 4.5, fill: sideColor.heldByUkraine })],
    ["approximate", s.approximate, (x, y) => ({ kind: "circle", key: "legend-approximate", layer: "frame", cx: px(x + 5), cy: px(y + 6), r: 4, fill: "background", stroke: "muted", strokeWidth: 1.5 })],
  ];
  if (noNumber) {
    entries.push(["no-number", s.noNumber, (x, y) => ({ kind: "text", key: "legend-no-number", layer: "frame", x: px(x + 5), y: px(y + 10), text: "?", size: 12, weight: "bold", anchor: "middle", fill: "muted" })]);
  }
  const drawn: LegendEntry[] = entries.map(([key, label, symbol]) => ({ key, label, symbol: (x, y) => [symbol(x, y)] }));
  return legend([...drawn, { key: "scale", label: `(${s.logScale})` }], box);
}
