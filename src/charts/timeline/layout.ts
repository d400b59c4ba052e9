import { exchangeStrings, mediatorNames } from "../exchange/strings.js";
import { timelineStrings } from "./strings.js";
import { totals } from "../../data/series/totals.js";
import type { Exchange } from "../../data/types.js";
import { fit } from "../layout/fit.js";
import { linear } from "../layout/scales.js";
import { monthStart, nextMonthStart } from "../layout/time.js";
import { maxOf } from "../layout/ticks.js";
import { frame } from "../layout/frame.js";
import { localeFormat, type LocaleFormat } from "../core/locale.js";
import { finishScene, type Mark, type Scene } from "../core/marks.js";
import { describedWithSkipped, findHighlight, inRange, skippedNote } from "../exchange/records.js";
import { emptyState } from "../layout/empty-state.js";
import { textWidth } from "../layout/text.js";
import { tickSize } from "../layout/type-scale.js";
import type { NormalizedTimeline } from "./options.js";
import { belowPlot, timelineAxes } from "./axes.js";
import { column, type ColumnBox } from "./column.js";
import { timelineEvents, type TimelineEvent } from "./events.js";
import { timelineKey } from "./key.js";
import { ColumnLabels, eventLabel, highlightText, largestEvents } from "./labels.js";
import { pauseNotes } from "./pauses.js";

const AXIS_LEFT = 38;
const RIGHT = 12;

/**
 * Lays out the timeline: one column per exchange (the stages of an agreement carried out within a
 * week stacked in one), people returned to Ukraine above the axis and to Russia below it, each in
 * its direction's colour. Unreported figures are hollow dashed stubs, never zero-height bars;
 * other stated figures are dashed outlines; a dot under a column means a mediator was named.
 */
export function layoutTimeline(o: NormalizedTimeline, size: { width: number; height: number }): Scene {
  const f = localeFormat(o.locale);
  const { width, height } = size;
  const records = inRange(o.data, o.from, o.to);
  const strings = timelineStrings(o.locale);
  const title = o.title ?? strings.title;
  const notes = [o.note, skippedNote(o.skipped, f)].filter((n): n is string => !!n);
  const framed = frame({ title, subtitle: o.subtitle ?? strings.subtitle, notes, sourced: [records], plain: o.plain, credit: o.credit }, { width, height }, f);
  const marks: Mark[] = [...framed.marks];
  const description = describedWithSkipped(describe(records, f), o.skipped, f);
  const table = () => dataTable(records, title, f);
  if (records.length === 0) {
    marks.push(...emptyState(exchangeStrings(f.locale).noExchanges, { width, top: framed.top, bottom: framed.bottom }));
    return fit(finishScene({ width, height, title, description, marks, hint: "" }, table, f));
  }

  const key = o.legend ? timelineKey(records, f, { left: 8, top: framed.top, width: width - 16 }) : { marks: [], height: 0 };
  marks.push(...key.marks);
  const labelSize = tickSize(width);
  // Room for the direction label and one row of labels above the tallest column.
  const top = framed.top + key.height + 2 * labelSize + 10;
  const bottom = Math.max(top + 20, framed.bottom - belowPlot(width));
  const baseline = (top + bottom) / 2;
  const half = Math.max(4, (bottom - top) / 2 - 2);

  const first = monthStart(o.from ?? records[0]!.date);
  const last = nextMonthStart(o.to ?? records.at(-1)!.date);
  const left = Math.min(AXIS_LEFT, width / 4);
  const x = linear([first, last], [left, Math.max(left + 1, width - RIGHT)]);
  const events = timelineEvents(records);
  const y = linear([0, Math.max(maxOf(events, eventPeak) ?? 0, 10)], [0, half], { nice: 4 });
  marks.push(...timelineAxes({ x, y }, f, { left, right: width - RIGHT, baseline, top, bottom, width }));

  const spacing = (x.range[1] - x.range[0]) / Math.max(1, events.length);
  const highlighted = findHighlight(records, o.highlight);
  const style = { baseline, y, w: Math.max(1.5, Math.min(6, spacing * 0.8)), mediatedY: bottom + 3, f, highlighted };
  const boxes = new Map<TimelineEvent, ColumnBox>();
  for (const event of events) boxes.set(event, column(marks, event, { cx: x(event.ms), style }));

  const labels = new ColumnLabels({ left: 4, right: width - 4, ceiling: framed.top + key.height, size: labelSize });
  labels.reserve(directionLabelBox(left, top, labelSize, f));
  // Columns are obstacles too: a label never covers another column's bar.
  for (const box of boxes.values()) labels.reserve({ x1: box.cx - style.w / 2, x2: box.cx + style.w / 2, y1: box.top, y2: baseline });
  const ringed = highlighted && events.find((e) => e.records.includes(highlighted));
  if (highlighted && ringed) labels.add("highlight-label", highlightText(highlighted, f), boxes.get(ringed)!, { bold: true, fill: "highlight" });
  for (const event of largestEvents(events, width < 480 ? Math.min(o.largest, 1) : o.largest)) {
    if (event !== ringed) labels.add(`largest-${event.key}`, eventLabel(event, f), boxes.get(event)!, { fill: "text" });
  }
  marks.push(...labels.marks);
  marks.push(...pauseNotes(records, o.pauseMonths, { width, x, baseline, f, size: labelSize }));
  return fit(finishScene({ width, height, title, description, marks, hint: f.t.keyboardHint }, table, f));
}

/** Where the axis's "↑ Returned to Ukraine" sits (timelineAxes draws it), so no label covers it. */
function directionLabelBox(left: number, top: number, size: number, f: LocaleFormat) {
  const w = textWidth(`↑ ${exchangeStrings(f.locale).toUkraine}`, size, true);
  return { x1: left, x2: left + 2 + w, y1: top - 4 - size, y2: top };
}

function describe(records: readonly Exchange[], f: LocaleFormat): string {
  if (records.length === 0) return exchangeStrings(f.locale).noExchanges;
  const sum = totals(records);
  return f.fill(timelineStrings(f.locale).summary, {
    exchanges: f.plural(exchangeStrings(f.locale).exchangesCount, records.length),
    from: f.date(records[0]!.date, "month"),
    to: f.date(records.at(-1)!.date, "month"),
    toUkraine: f.plural(exchangeStrings(f.locale).peopleCount, sum.toUkraine),
    toRussia: f.plural(exchangeStrings(f.locale).peopleCount, sum.toRussia),
  });
}

function dataTable(records: readonly Exchange[], caption: string, f: LocaleFormat) {
  const e = exchangeStrings(f.locale);
  const figure = (v: number | null) => (v === null ? e.notReported : f.number(v));
  return {
    caption,
    columns: [f.t.date, e.toUkraine, e.toRussia, e.mediator, e.sequence],
    rows: records.map((r) => [f.date(r.date, r.datePrecision === "month" ? "month" : "long"), figure(r.toUkraine), figure(r.toRussia), mediatorNames(r.mediators, f.locale) || e.noMediator, r.sequence === null ? "" : String(r.sequence)]),
  };
}

/** The tallest stack an event draws either way, or a taller competing figure. */
function eventPeak(event: TimelineEvent): number {
  let up = 0;
  let down = 0;
  let peak = 0;
  for (const r of event.records) {
    up += r.toUkraine ?? 0;
    down += r.toRussia ?? 0;
    for (const d of r.disputes) peak = Math.max(peak, d.value ?? 0);
  }
  return Math.max(peak, up, down);
}
