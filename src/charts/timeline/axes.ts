import { exchangeStrings } from "../exchange/strings.js";
import type { LocaleFormat } from "../core/locale.js";
import { px, type Mark } from "../core/marks.js";
import { yearStep, yearTicks } from "../layout/time.js";
import { type LinearScale } from "../layout/scales.js";
import { textWidth } from "../layout/text.js";
import { valueAxis } from "../layout/value-axis.js";
import { tickSize } from "../layout/type-scale.js";

/** The plot's box: where the axes go. */
export interface PlotBox {
  readonly left: number;
  readonly right: number;
  readonly baseline: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
}

/**
 * Gridlines and value labels both ways from the baseline, year lines and labels (a year label that
 * would run past the right edge is right-anchored), and the direct labels of the two directions.
 */
export function timelineAxes({ x, y }: { readonly x: LinearScale; readonly y: LinearScale }, f: LocaleFormat, b: PlotBox): Mark[] {
  const size = tickSize(b.width);
  const marks: Mark[] = [];
  // Values count up from the baseline both ways: people to Ukraine above it, to Russia below.
  const values = y.ticks(b.bottom - b.top < 160 ? 2 : 3).filter((v) => v > 0);
  const ticks = values.flatMap((v) => (["u", "r"] as const).map((side) => ({ key: `${side}-${v}`, value: v, y: b.baseline + (side === "u" ? -1 : 1) * y(v) })));
  marks.push(...valueAxis(ticks, f, { left: b.left, right: b.right, size }));
  marks.push({ kind: "line", key: "baseline", layer: "grid", x1: b.left, x2: px(b.right), y1: px(b.baseline), y2: px(b.baseline), stroke: "axis", strokeWidth: 1 });
  const labelY = px(b.bottom + 8 + size);
  // At least 40 px a label: the widest span (1900–2199) gets a label every 20 or 50 years, not 300.
  const years = yearTicks(x.domain[0], x.domain[1], Math.max(b.width < 420 ? 2 : 1, yearStep(x.domain[0], x.domain[1], { width: b.width })));
  const startYear = new Date(x.domain[0]).getUTCFullYear();
  const yearWidth = textWidth("0000", size);
  if (years.length === 0 || x(years[0]!) - b.left > yearWidth + 6) {
    marks.push({ kind: "text", key: `yearlabel-start-${startYear}`, layer: "grid", x: px(b.left + 3), y: labelY, text: String(startYear), size, fill: "muted" });
  }
  for (const year of years) {
    const xx = px(x(year));
    const label = String(new Date(year).getUTCFullYear());
    const atEdge = xx + 3 + yearWidth > b.right;
    marks.push({ kind: "line", key: `year-${label}`, layer: "grid", x1: xx, x2: xx, y1: px(b.top), y2: px(b.bottom), stroke: "grid", strokeWidth: 1, dash: "2 3" });
    marks.push({ kind: "text", key: `yearlabel-${label}`, layer: "grid", x: atEdge ? px(xx - 3) : px(xx + 3), y: labelY, text: label, size, fill: "muted", ...(atEdge ? { anchor: "end" as const } : {}) });
  }
  const e = exchangeStrings(f.locale);
  marks.push({ kind: "text", key: "side-ukraine", layer: "grid", x: px(b.left + 2), y: px(b.top - 4), text: `↑ ${e.toUkraine}`, size, fill: "toUkraine", weight: "bold" });
  marks.push({ kind: "text", key: "side-russia", layer: "grid", x: px(b.left + 2), y: px(labelY + size + 4), text: `↓ ${e.toRussia}`, size, fill: "toRussia", weight: "bold" });
  return marks;
}

/** Room under the plot for the mediated dots, the year labels and the direction label. */
export function belowPlot(width: number): number {
  return 2 * tickSize(width) + 18;
}
