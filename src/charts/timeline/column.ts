import type { Exchange } from "../../data/types.js";
import type { LocaleFormat } from "../core/locale.js";
import type { LinearScale } from "../layout/scales.js";
import { px, type Focus, type Mark, type RectMark } from "../core/marks.js";
import { exchangeFocus } from "../exchange/records.js";
import type { TimelineEvent } from "./events.js";

/** Height of the hollow stub that stands for a figure nobody reported. */
export const UNREPORTED_H = 8;
/** Gap between stacked stages, so a stacked column still shows where one stage ends. */
const STAGE_GAP = 1;
/** Faded fill of a record whose day is not known, only its month. */
const MONTH_OPACITY = 0.55;
/** Muted opacity of every other column when one is highlighted. */
const MUTED_OPACITY = 0.3;

/** What every column shares. */
export interface ColumnStyle {
  readonly baseline: number;
  readonly y: LinearScale;
  /** Bar width. */
  readonly w: number;
  /** Where the row of "mediated" dots runs, under the lowest bar. */
  readonly mediatedY: number;
  readonly f: LocaleFormat;
  /** The highlighted record, when there is one: its column is ringed and the others muted. */
  readonly highlighted: Exchange | undefined;
}

/** Where a column's marks ended up: for labels and leaders. */
export interface ColumnBox {
  readonly cx: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Pushes one event's column: its stages stacked upward (to Ukraine, in that series' colour) and
 * downward (to Russia), a hollow stub for each figure nobody reported, a dashed outline for each
 * other stated figure, a dot under the column when a mediator is named, and the highlight ring.
 */
export function column(marks: Mark[], event: TimelineEvent, { cx, style: s }: { readonly cx: number; readonly style: ColumnStyle }): ColumnBox {
  const x = px(cx - s.w / 2);
  const width = px(s.w);
  const ringed = s.highlighted !== undefined && event.records.includes(s.highlighted);
  const muted = s.highlighted !== undefined && !ringed;
  let up = 0;
  let down = 0;
  for (const [i, r] of event.records.entries()) {
    const gap = i === 0 ? 0 : STAGE_GAP;
    const hu = r.toUkraine === null ? UNREPORTED_H : Math.max(1, s.y(r.toUkraine));
    const hr = r.toRussia === null ? UNREPORTED_H : Math.max(1, s.y(r.toRussia));
    const upTop = s.baseline - up - gap - hu;
    const downTop = s.baseline + down + gap;
    const opacity = muted ? MUTED_OPACITY : r.datePrecision === "month" ? MONTH_OPACITY : undefined;
    // The upper bar carries the record: keyboard focus, tooltip and select event. A single
    // exchange answers anywhere in its column; a stage, on its own stretch of the stack.
    const box = event.records.length === 1 ? { x, y: px(upTop), width, height: px(hu + hr) } : { x, y: px(upTop), width, height: px(hu) };
    const focus = exchangeFocus(r, s.f, { anchor: { x: px(cx), y: px(upTop) }, box });
    marks.push(bar(`${r.id}-u`, r.toUkraine === null, x, px(upTop), width, px(hu), "toUkraine", opacity, focus));
    marks.push(bar(`${r.id}-r`, r.toRussia === null, x, px(downTop), width, px(hr), "toRussia", opacity, undefined));
    outlines(marks, r, cx, s, { up: s.baseline - up - gap, down: downTop });
    up += gap + hu;
    down += gap + hr;
  }
  if (event.records.some((r) => r.mediators.length > 0)) {
    marks.push({ kind: "circle", key: `${event.key}-mediated`, layer: "marks", cx: px(cx), cy: px(s.mediatedY), r: 1.8, fill: "muted", ...(muted ? { opacity: MUTED_OPACITY } : {}) });
  }
  const box = { cx, top: s.baseline - up, bottom: s.baseline + down };
  if (ringed) {
    marks.push({ kind: "rect", key: `${event.key}-highlight`, layer: "annotations", x: px(cx - s.w / 2 - 3), y: px(box.top - 3), width: px(s.w + 6), height: px(up + down + 6), fill: "none", stroke: "highlight", strokeWidth: 2 });
  }
  return box;
}

/** A dashed outline at each other stated figure, from the base of the stage's own bar. */
function outlines(marks: Mark[], r: Exchange, cx: number, s: ColumnStyle, base: { up: number; down: number }): void {
  for (let i = 0; i < r.disputes.length; i++) {
    const d = r.disputes[i]!;
    if (d.value === null) continue;
    const h = Math.max(1, s.y(d.value));
    const upward = d.field === "toUkraine";
    marks.push({ kind: "rect", key: `${r.id}-dispute-${i}`, layer: "marks", x: px(cx - s.w / 2 - 1), y: px(upward ? base.up - h : base.down), width: px(s.w + 2), height: px(h), fill: "none", stroke: "text", strokeWidth: 1, dash: "3 2", opacity: 0.8 });
  }
}

/** One bar: filled in its direction's colour, or a hollow dashed stub for an unreported figure. */
function bar(key: string, unreported: boolean, x: number, y: number, width: number, height: number, fill: "toUkraine" | "toRussia", opacity: number | undefined, focus: Focus | undefined): RectMark {
  const m: { -readonly [K in keyof RectMark]: RectMark[K] } = unreported
    ? { kind: "rect", key, layer: "marks", x, y, width, height, fill: "none", stroke: "unreported", strokeWidth: 1, dash: "2 1.5" }
    : { kind: "rect", key, layer: "marks", x, y, width, height, fill };
  if (opacity !== undefined) m.opacity = opacity;
  if (focus) m.focus = focus;
  return m;
}
