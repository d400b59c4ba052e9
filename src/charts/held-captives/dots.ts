import { utcMs, yearTicks } from "../layout/time.js";
import { type LinearScale, type LogScale } from "../layout/scales.js";
import type { HeldClaim } from "../../data/types.js";
import type { LocaleFormat } from "../core/locale.js";
import { px, type Focus, type Mark } from "../core/marks.js";

import { textWidth } from "../layout/text.js";
import { tickSize } from "../layout/type-scale.js";
import { valueAxis, valueLabelWidth } from "../layout/value-axis.js";
import { claimFocus, heldSides, isApproximate, sideColor, type HeldSide } from "./figures.js";
import { dotsLegend } from "./legend.js";
import { dateScale, figureScale, figureTicks } from "./scales.js";
import type { Box } from "./single.js";

const BAND = 16;

/**
 * Dated claims as dots over time on a log scale, one colour per side: filled for an exact
 * figure, hollow for a rough one. A figure without a number is a "?" in a band below the scale,
 * since it has no height to be drawn at.
 */
export function dotsMarks(claims: readonly HeldClaim[], f: LocaleFormat, { highlighted, range, box }: { readonly highlighted: HeldClaim | undefined; readonly range: { readonly from: string | null; readonly to: string | null }; readonly box: Box }): Mark[] {
  const { values, noNumber } = figureValues(claims);
  const legend = dotsLegend(f, { left: box.left, top: box.top, width: box.right - box.left, noNumber });
  const plotTop = legend.height > 0 ? box.top + legend.height + 12 : box.top;
  const plotBottom = box.bottom - 16;
  const bandTop = plotBottom - BAND;
  const scaleBottom = noNumber ? bandTop - 8 : plotBottom;
  const r = box.right - box.left < 440 ? 4 : 5;

  const y = figureScale(values.length > 0 ? values : [1], [scaleBottom - r - 1, plotTop + r + 1]);
  const ticks = figureTicks(y);
  const size = tickSize(box.right + 8);
  const labelWidth = valueLabelWidth(ticks, f, size);
  const axisLeft = Math.min(box.left + labelWidth + 6, box.left + (box.right - box.left) / 3);
  const x = dateScale(claims.map((c) => c.date!), range, [axisLeft + r + 3, Math.max(axisLeft + r + 4, box.right - r - 3)]);

  const marks: Mark[] = [...legend.marks, ...valueAxis(ticks.map((t) => ({ key: String(t), value: t, y: y(t) })), f, { left: axisLeft, right: box.right, size }), ...timeAxis(x, f, plotTop, plotBottom, box.right)];
  if (noNumber) marks.push({ kind: "line", key: "band-rule", layer: "grid", x1: px(axisLeft), x2: px(box.right), y1: px(bandTop - 4), y2: px(bandTop - 4), stroke: "grid", strokeWidth: 1, dash: "4 3" });

  // Claims of one day share their x: the claims come in date order.
  let date: string | null = null;
  let cx = 0;
  for (const c of claims) {
    if (c.date !== date) cx = x(utcMs((date = c.date!)));
    claimMarks(marks, c, c === highlighted, cx, y, r, bandTop, f);
  }
  return marks;
}

/** Every figure that has a number, and whether any figure lacks one. */
function figureValues(claims: readonly HeldClaim[]): { values: number[]; noNumber: boolean } {
  const values: number[] = [];
  let noNumber = false;
  for (const c of claims) {
    for (const side of heldSides) {
      const value = c[side]?.value;
      if (typeof value === "number") values.push(value);
      else if (c[side] !== null && value === null) noNumber = true;
    }
  }
  return { values, noNumber };
}

/** Pushes one claim's marks: a dot or a "?" per figure, the line joining two dots, the highlight rings. */
function claimMarks(marks: Mark[], c: HeldClaim, highlighted: boolean, cx: number, y: LogScale, r: number, bandTop: number, f: LocaleFormat): void {
  const focus = claimFocus(c, f);
  const ys: number[] = [];
  for (const side of heldSides) {
    const figure = c[side];
    if (figure === null) continue;
    if (figure.value === null) {
      const qx = cx + (side === "heldByRussia" ? -4 : 4);
      marks.push({ kind: "text", key: `${c.id}-${side}`, layer: "marks", x: px(qx), y: px(bandTop + 12), text: "?", size: 12, weight: "bold", anchor: "middle", fill: sideColor[side], focus: focus(side, qx, bandTop) });
      continue;
    }
    const cy = y(Math.max(1, figure.value));
    ys.push(cy);
    marks.push(dot(c, side, isApproximate(figure), cx, cy, r, focus(side, cx, cy - r)));
  }
  if (ys.length === 2) {
    marks.push({ kind: "line", key: `${c.id}-pair`, layer: "marks", x1: px(cx), x2: px(cx), y1: px(ys[0]!), y2: px(ys[1]!), stroke: "muted", strokeWidth: 1, opacity: 0.5 });
  }
  if (highlighted) {
    for (const [i, cy] of (ys.length > 0 ? ys : [bandTop + 8]).entries()) {
      marks.push({ kind: "circle", key: `${c.id}-highlight-${i}`, layer: "annotations", cx: px(cx), cy: px(cy), r: r + 4, fill: "none", stroke: "highlight", strokeWidth: 2 });
    }
  }
}

/** A figure's dot: filled for an exact figure, hollow for a rough one. Plain literals: there may be 20,000. */
function dot(c: HeldClaim, side: HeldSide, approximate: boolean, cx: number, cy: number, r: number, focus: Focus): Mark {
  const key = `${c.id}-${side}`;
  return approximate
    ? { kind: "circle", key, layer: "marks", cx: px(cx), cy: px(cy), r, fill: "background", stroke: sideColor[side], strokeWidth: 1.5, focus }
    : { kind: "circle", key, layer: "marks", cx: px(cx), cy: px(cy), r, fill: sideColor[side], stroke: "background", strokeWidth: 1, focus };
}

function timeAxis(x: LinearScale, f: LocaleFormat, top: number, bottom: number, right: number): Mark[] {
  const [start, end] = x.domain;
  const [x0, x1] = x.range;
  const years = (end - start) / (365.25 * 86_400_000);
  const every = Math.max(1, Math.ceil((years * 38) / Math.max(1, x1 - x0)));
  const ticks = yearTicks(start, end, every);
  const marks: Mark[] = [];
  for (const year of ticks) {
    const xx = px(x(year));
    const label = String(new Date(year).getUTCFullYear());
    marks.push({ kind: "line", key: `year-${label}`, layer: "grid", x1: xx, x2: xx, y1: px(top), y2: px(bottom), stroke: "grid", strokeWidth: 1, dash: "2 3" });
    if (xx + 3 + textWidth(label, 11) <= right) {
      marks.push({ kind: "text", key: `yearlabel-${label}`, layer: "grid", x: px(xx + 3), y: px(bottom + 12), text: label, size: 11, fill: "muted" });
    }
  }
  // The part before the first new year would go unnamed: label where the axis starts.
  if (ticks.length === 0 || x(ticks[0]!) - x0 > 40) {
    const text = ticks.length === 0 ? f.date(new Date(start).toISOString().slice(0, 10), "month") : String(new Date(start).getUTCFullYear());
    marks.push({ kind: "text", key: "startlabel", layer: "grid", x: px(x0), y: px(bottom + 12), text, size: 11, fill: "muted" });
  }
  return marks;
}
