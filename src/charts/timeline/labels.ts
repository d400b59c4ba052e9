import type { Exchange } from "../../data/types.js";
import type { LocaleFormat } from "../core/locale.js";
import { px, type Mark } from "../core/marks.js";
import { exchangeLabel } from "../exchange/records.js";
import { textWidth } from "../layout/text.js";
import type { ColumnBox } from "./column.js";
import { eventTotals, type TimelineEvent } from "./events.js";
import { timelineStrings } from "./strings.js";

/** Where labels may go: between `left` and `right`, no higher than `ceiling`. */
export interface LabelArea {
  readonly left: number;
  readonly right: number;
  readonly ceiling: number;
  readonly size: number;
}

/** A box taken by a label, in chart pixels. */
export type Placed = { x1: number; x2: number; y1: number; y2: number };

/**
 * Labels over columns, placed in order: each sits just above its column, or, when that spot is
 * taken, on the first free row above it with a leader down to the column. None is dropped: when
 * every row up to the ceiling is taken, the label takes the row where it overlaps least.
 */
export class ColumnLabels {
  readonly marks: Mark[] = [];
  readonly #placed: Placed[] = [];
  constructor(private readonly area: LabelArea) {}

  /** Keeps labels off a box already taken (a direct label of the axis). */
  reserve(box: Placed): void {
    this.#placed.push(box);
  }

  add(key: string, text: string, column: ColumnBox, style: { bold?: boolean; fill: "text" | "highlight" }): void {
    const { size, left, right, ceiling } = this.area;
    const w = textWidth(text, size, style.bold);
    const cx = Math.min(Math.max(column.cx, left + w / 2), right - w / 2);
    const row = size + 3;
    let best = { y: column.top - 4, overlap: Infinity };
    // Bounded: a chart has at most a few hundred rows of room, whatever the numbers it was given.
    for (let y = column.top - 4, tries = 0; tries < 500; y -= row, tries++) {
      const box = { x1: cx - w / 2 - 2, x2: cx + w / 2 + 2, y1: y - size, y2: y + 2 };
      const overlap = this.#placed.reduce((sum, p) => sum + Math.max(0, Math.min(p.x2, box.x2) - Math.max(p.x1, box.x1)) * Math.max(0, Math.min(p.y2, box.y2) - Math.max(p.y1, box.y1)), 0);
      if (overlap < best.overlap) best = { y, overlap };
      if (overlap === 0 || y - row - size < ceiling) break;
    }
    const y = best.y;
    this.#placed.push({ x1: cx - w / 2 - 2, x2: cx + w / 2 + 2, y1: y - size, y2: y + 2 });
    if (column.top - 4 - y > 1) {
      this.marks.push({ kind: "line", key: `${key}-leader`, layer: "annotations", x1: px(column.cx), x2: px(column.cx), y1: px(y + 3), y2: px(column.top - 2), stroke: "muted", strokeWidth: 1 });
    }
    this.marks.push({ kind: "text", key, layer: "annotations", x: px(cx), y: px(y), text, size, anchor: "middle", fill: style.fill, ...(style.bold ? { weight: "bold" as const } : {}) });
  }
}

/**
 * The `count` largest events by people returned to Ukraine, largest first: an agreement's stages
 * count as one event ("1,000 each way · Istanbul, May 2025").
 *
 * @example
 * largestEvents(timelineEvents(exchanges), 1)[0]?.agreement; // "Istanbul 1000 for 1000"
 */
export function largestEvents(events: readonly TimelineEvent[], count: number): TimelineEvent[] {
  return events
    .filter((e) => eventTotals(e).toUkraine !== null)
    .sort((a, b) => eventTotals(b).toUkraine! - eventTotals(a).toUkraine! || a.ms - b.ms)
    .slice(0, count);
}

/** An event's label: its figure, the agreement's place when it has one, and the month. */
export function eventLabel(event: TimelineEvent, f: LocaleFormat): string {
  const s = timelineStrings(f.locale);
  const { toUkraine, toRussia } = eventTotals(event);
  const figure = toUkraine !== null && toUkraine === toRussia ? f.fill(s.eachWay, { n: f.number(toUkraine) }) : f.number(toUkraine ?? 0);
  const word = /^[A-Z][a-z]+/.exec(event.records[0]!.agreement ?? "")?.[0];
  const place = word !== undefined && Object.hasOwn(s.places, word) ? s.places[word] : undefined;
  const month = f.date(event.records[0]!.date, "month");
  return place ? `${figure} · ${place}, ${month}` : `${figure} · ${month}`;
}

/** The highlighted record's label: its day and both figures. */
export function highlightText(r: Exchange, f: LocaleFormat): string {
  return exchangeLabel(r, f);
}
