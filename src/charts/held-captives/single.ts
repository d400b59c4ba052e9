import { linear, type LinearScale } from "../layout/scales.js";
import { maxOf } from "../layout/ticks.js";
import { heldStrings } from "./strings.js";
import type { HeldClaim } from "../../data/types.js";
import type { LocaleFormat } from "../core/locale.js";
import { px, type Mark, type TextMark } from "../core/marks.js";
import { textWidth } from "../layout/text.js";
import { wrap } from "../layout/text.js";
import { tickSize } from "../layout/type-scale.js";
import { countsText } from "./names.js";
import { claimFocus, headline, heldSides, isApproximate, sideColor, statedText, type HeldSide } from "./figures.js";

/** The plot box a mode draws into, in px. */
export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const VALUE_SIZE = 13;
const LABEL_SIZE = 12;
const GAP = 14;
const AXIS = 18;

/** How a claim's block is drawn when there are several: a key prefix, a shared scale, a heading. */
export interface SingleOptions {
  /** Prefixes every key, so two claims' marks stay apart. */
  readonly key?: string;
  /** The scale's top value, shared by the claims drawn together. */
  readonly max?: number;
  /** A line above the headline, e.g. "Russia's latest claim (2 years old)". */
  readonly lead?: string;
  /** The tallest a bar may be; the default fills the box. */
  readonly barHeight?: number;
  /** Leaves out the value labels under the bars (another block draws them once). */
  readonly axis?: boolean;
  /** Room kept right of the longest bar for its label, shared so that blocks share the scale's end. */
  readonly valueRoom?: number;
}

/**
 * One claim as two bars on one scale: Ukrainians held by Russia, Russians held by Ukraine.
 * Rough figures get a pale fill and a dashed outline; a figure with no number is text only,
 * never a zero-length bar. Returns the marks and where they end.
 */
export function singleMarks(c: HeldClaim, f: LocaleFormat, box: Box, o: SingleOptions = {}): { marks: Mark[]; bottom: number } {
  const width = Math.max(0, box.right - box.left);
  const marks: Mark[] = [];
  const k = o.key ? `${o.key}-` : "";
  let y = box.top;
  // Bold glyphs run wider than the shared estimate, so bold lines wrap a little early.
  const lines = (key: string, text: string, size: number, max: number, style: Partial<TextMark>) => {
    for (const [i, line] of wrap(text, { width, size, maxLines: max, bold: style.weight === "bold" }).entries()) {
      y += size * 1.25;
      marks.push({ kind: "text", key: `${k}${key}-${i}`, layer: "annotations", x: px(box.left), y: px(y - size * 0.25), text: line, size, ...style });
    }
  };
  if (o.lead) lines("lead", o.lead, LABEL_SIZE, 2, { fill: "muted", weight: "bold" });
  lines("headline", headline(c, f), 15, 4, { weight: "bold", fill: "text" });
  lines("counts", `${heldStrings[f.locale].counts}: ${countsText(c, f.locale)}`, LABEL_SIZE, 2, { fill: "muted" });
  y += 12;

  const rowLabel = LABEL_SIZE * 1.3;
  const numbers = heldSides.map((side) => c[side]?.value).filter((v): v is number => typeof v === "number");
  const axis = numbers.length > 0 && o.axis !== false ? AXIS : 0;
  const fill = (box.bottom - y - 2 * rowLabel - GAP - axis) / 2;
  const barHeight = Math.max(6, Math.min(o.barHeight ?? 64, fill));
  const room = o.valueRoom ?? valueRoom([c], f);
  const end = Math.max(box.left + 1, box.right - room - 8);
  const x = linear([0, Math.max(1, o.max ?? 0, ...numbers)], [box.left, end]);

  heldSides.forEach((side, i) => {
    const barTop = y + rowLabel + i * (rowLabel + barHeight + GAP);
    const label = side === "heldByRussia" ? heldStrings[f.locale].heldByRussia : heldStrings[f.locale].heldByUkraine;
    marks.push({ kind: "text", key: `${k}row-${side}`, layer: "annotations", x: px(box.left), y: px(barTop - rowLabel + LABEL_SIZE), text: label, size: LABEL_SIZE, weight: "bold", fill: sideColor[side] });
    marks.push(...figureMarks(c, side, f, x, { top: barTop, height: barHeight, width, key: k }));
  });
  const barRows = heldSides.flatMap((side, i) => (typeof c[side]?.value === "number" ? [y + rowLabel + i * (rowLabel + barHeight + GAP)] : []));
  const lastBottom = y + 2 * (rowLabel + barHeight) + GAP;
  if (axis > 0) marks.push(...scaleMarks(x, f, barRows.map((top) => [top, top + barHeight] as const), lastBottom, width, k));
  return { marks, bottom: lastBottom + axis };
}

/**
 * The room the claims' value labels need right of their bars.
 *
 * @example
 * valueRoom([putin], localeFormat("en")); // about 60
 */
export function valueRoom(claims: readonly HeldClaim[], f: LocaleFormat): number {
  return 1.1 * (maxOf(claims.flatMap((c) => heldSides.map((side) => (c[side]?.value == null ? 0 : textWidth(statedText(c[side], f), VALUE_SIZE, true)))), (w) => w) ?? 0);
}

/** Light gridlines under the bars with their values, so bar lengths can be read, not only compared. */
function scaleMarks(x: LinearScale, f: LocaleFormat, rows: readonly (readonly [top: number, bottom: number])[], bottom: number, width: number, k: string): Mark[] {
  const size = tickSize(width);
  return x.ticks(width < 400 ? 3 : 5).flatMap((t): Mark[] => {
    const xx = px(x(t));
    return [
      ...rows.map(([y1, y2], i): Mark => ({ kind: "line", key: `${k}grid-${t}-${i}`, layer: "grid", x1: xx, x2: xx, y1: px(y1), y2: px(y2 === bottom ? y2 + 4 : y2), stroke: "grid", strokeWidth: 1 })),
      { kind: "text", key: `${k}xlabel-${t}`, layer: "grid", x: xx, y: px(bottom + 15), text: f.number(t), size, anchor: t === 0 ? "start" : "middle", fill: "muted" },
    ];
  });
}

/** Whether a claim has a rough figure drawn as a bar, which the footer then explains. */
export function hasRoughBar(c: HeldClaim): boolean {
  return heldSides.some((side) => c[side]?.value != null && isApproximate(c[side]!));
}

function figureMarks(c: HeldClaim, side: HeldSide, f: LocaleFormat, x: (n: number) => number, row: { top: number; height: number; width: number; key: string }): Mark[] {
  const { top, height, width, key: k } = row;
  const figure = c[side];
  const left = x(0);
  const middle = top + height / 2;
  const text = statedText(figure, f);
  if (figure === null || figure.value === null) {
    const focus = claimFocus(c, f)(side, left, middle);
    const lines = wrap(text, { width, size: VALUE_SIZE, maxLines: 2 });
    const first = middle + VALUE_SIZE * 0.35 - ((lines.length - 1) * VALUE_SIZE * 1.25) / 2;
    return lines.map((line, i): Mark => ({
      kind: "text", key: `${k}value-${side}-${i}`, layer: "marks", x: px(left), y: px(first + i * VALUE_SIZE * 1.25), text: line, size: VALUE_SIZE,
      fill: figure === null ? "muted" : sideColor[side], ...(i === 0 ? { focus } : {}),
    }));
  }
  const right = x(figure.value);
  const approximate = isApproximate(figure);
  const focus = claimFocus(c, f)(side, right, top);
  const geometry = { x: px(left), y: px(top), width: px(Math.max(1, right - left)), height: px(height) };
  const marks: Mark[] = approximate
    ? [
        { kind: "rect", key: `${k}bar-${side}`, layer: "marks", ...geometry, fill: sideColor[side], opacity: 0.3, focus },
        { kind: "rect", key: `${k}bar-${side}-outline`, layer: "marks", ...geometry, fill: "none", stroke: sideColor[side], strokeWidth: 1.5, dash: "5 3" },
      ]
    : [{ kind: "rect", key: `${k}bar-${side}`, layer: "marks", ...geometry, fill: sideColor[side], focus }];
  marks.push({ kind: "text", key: `${k}value-${side}`, layer: "annotations", x: px(left + geometry.width + 6), y: px(middle + VALUE_SIZE * 0.35), text, size: VALUE_SIZE, weight: "bold", fill: "text" });
  return marks;
}
