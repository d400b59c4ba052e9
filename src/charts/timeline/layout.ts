import { exchangeStrings } from "../core/exchange-strings.js";
import { leadMediator } from "../core/lead-mediator.js";
import type { Gap } from "../../data/series/gaps.js";
import { timelineStrings } from "./strings.js";
import { totals } from "../../data/series/totals.js";
import type { Exchange } from "../../data/types.js";
import { fit } from "../core/fit.js";
import { linear, monthStart, nextMonthStart, utcMs, yearStep, yearTicks, type LinearScale, maxOf } from "../core/scales.js";
import { frame } from "../core/frame.js";
import { localeFormat, type LocaleFormat } from "../core/locale.js";
import { px, withTable, type ColorToken, type Focus, type Mark, type RectMark, type Scene } from "../core/marks.js";
import { describedWithSkipped, exchangeFocus, exchangeLabel, findHighlight, inRange, skippedNote } from "../core/records.js";
import { emptyState, legend } from "../core/parts.js";
import { textWidth, wrap } from "../core/text.js";
import type { NormalizedTimeline } from "./options.js";

type XScale = LinearScale;
type YScale = LinearScale;

const AXIS_LEFT = 38;
const RIGHT = 12;
const UNREPORTED_H = 8;
const DAY = 86_400_000;

/**
 * Lays out the timeline: one column per exchange, people returned to Ukraine above the axis and
 * to Russia below it, coloured by mediator. Unreported figures are hollow dashed stubs, never
 * zero-height bars; competing figures are dashed outlines at the other side's number.
 */
export function layoutTimeline(o: NormalizedTimeline, size: { width: number; height: number }, dark: boolean, interactive = true): Scene {
  const f = localeFormat(o.locale);
  const { width, height } = size;
  const records = inRange(o.data, o.from, o.to);
  const title = o.title ?? timelineStrings(o.locale).title;
  const highlighted = findHighlight(records, o.highlight);
  const narrow = width < 480;
  const notes = [o.note, skippedNote(o.skipped, f), highlighted && narrow ? `${f.t.highlighted}: ${exchangeLabel(highlighted, f)}` : null].filter((n): n is string => !!n);
  const framed = frame({ title, subtitle: o.subtitle, notes, sourced: [records], plain: o.plain }, width, height, f);
  const marks: Mark[] = [...framed.marks];
  const description = describedWithSkipped(describe(records, f), o.skipped, f);
  const table = () => ({
    caption: title,
    columns: [f.t.date, exchangeStrings(f.locale).toUkraine, exchangeStrings(f.locale).toRussia, exchangeStrings(f.locale).mediator, exchangeStrings(f.locale).sequence],
    rows: records.map((r) => [r.date, r.toUkraine === null ? exchangeStrings(f.locale).notReported : f.number(r.toUkraine), r.toRussia === null ? exchangeStrings(f.locale).notReported : f.number(r.toRussia), r.mediators.join(", ") || exchangeStrings(f.locale).noMediator, r.sequence === null ? "" : String(r.sequence)]),
  });
  if (records.length === 0) {
    marks.push(...emptyState(exchangeStrings(f.locale).noExchanges, width, framed.top, framed.bottom));
    return fit(withTable({ width, height, title, description, marks, dark, hint: "" }, table));
  }

  const legendMarks = o.legend ? legend(records, f, 8, framed.top, width - 16) : { marks: [], height: 0 };
  marks.push(...legendMarks.marks);
  const top = framed.top + legendMarks.height + 14;
  const bottom = Math.max(top + 20, framed.bottom - 30);
  const baseline = (top + bottom) / 2;
  const half = Math.max(4, (bottom - top) / 2 - 2);

  const first = monthStart(o.from ?? records[0]!.date);
  const last = nextMonthStart(o.to ?? records.at(-1)!.date);
  const left = Math.min(AXIS_LEFT, width / 4);
  const x = linear([first, last], [left, Math.max(left + 1, width - RIGHT)]);
  const peak = maxOf(records, recordPeak) ?? 0;
  const y = linear([0, Math.max(peak, 10)], [0, half], true, 4);

  marks.push(...axes(x, y, f, { left, right: width - RIGHT, baseline, top, bottom, width }));

  const spacing = (x.range[1] - x.range[0]) / Math.max(1, records.length);
  const columns: Columns = { baseline, y, w: Math.max(1.5, Math.min(6, spacing * 0.8)), f, fills: new Map(), interactive };
  // Each record's day, read once per date (dense data has several a day): for x, and for the pauses.
  const days = new Float64Array(records.length);
  let date: string | null = null;
  let ms = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (r.date !== date) ms = utcMs((date = r.date));
    days[i] = ms / DAY;
    column(marks, r, x(ms), columns, r === highlighted);
  }

  marks.push(...largestLabels(records, o.largest, width, x, y, baseline, f, top));
  marks.push(...pauseNotes(records, days, o.pauseMonths, width, x, baseline, f));
  if (highlighted && !narrow) marks.push(highlightLabel(highlighted, top, width, f));
  return fit(withTable({ width, height, title, description, marks, dark, hint: f.t.keyboardHint }, table));
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

type Box = { left: number; right: number; baseline: number; top: number; bottom: number; width: number };

function axes(x: XScale, y: YScale, f: LocaleFormat, b: Box): Mark[] {
  const marks: Mark[] = [];
  for (const v of y.ticks(b.bottom - b.top < 160 ? 2 : 3).filter((v) => v > 0)) {
    for (const [side, sign] of [["u", -1], ["r", 1]] as const) {
      const yy = px(b.baseline + sign * y(v));
      marks.push({ kind: "line", key: `grid-${side}-${v}`, layer: "grid", x1: b.left, x2: px(b.right), y1: yy, y2: yy, stroke: "grid", strokeWidth: 1 });
      marks.push({ kind: "text", key: `ylabel-${side}-${v}`, layer: "grid", x: px(b.left - 4), y: px(yy + 3.5), text: f.number(v), size: 10, anchor: "end", fill: "muted" });
    }
  }
  marks.push({ kind: "line", key: "baseline", layer: "grid", x1: b.left, x2: px(b.right), y1: px(b.baseline), y2: px(b.baseline), stroke: "axis", strokeWidth: 1 });
  // At least 40 px a label: the widest span (1900–2199) gets a label every 20 or 50 years, not 300.
  const years = yearTicks(x.domain[0], x.domain[1], Math.max(b.width < 420 ? 2 : 1, yearStep(x.domain[0], x.domain[1], b.width)));
  const startYear = new Date(x.domain[0]).getUTCFullYear();
  if (years.length === 0 || x(years[0]!) - b.left > 36) {
    marks.push({ kind: "text", key: `yearlabel-start-${startYear}`, layer: "grid", x: px(b.left + 3), y: px(b.bottom + 12), text: String(startYear), size: 11, fill: "muted" });
  }
  for (const year of years) {
    const xx = px(x(year));
    const label = String(new Date(year).getUTCFullYear());
    marks.push({ kind: "line", key: `year-${label}`, layer: "grid", x1: xx, x2: xx, y1: px(b.top), y2: px(b.bottom), stroke: "grid", strokeWidth: 1, dash: "2 3" });
    marks.push({ kind: "text", key: `yearlabel-${label}`, layer: "grid", x: px(xx + 3), y: px(b.bottom + 12), text: label, size: 11, fill: "muted" });
  }
  marks.push({ kind: "text", key: "side-ukraine", layer: "grid", x: px(b.left + 2), y: px(b.top - 2), text: `↑ ${exchangeStrings(f.locale).toUkraine}`, size: 11, fill: "toUkraine", weight: "bold" });
  marks.push({ kind: "text", key: "side-russia", layer: "grid", x: px(b.left + 2), y: px(b.bottom + 26), text: `↓ ${exchangeStrings(f.locale).toRussia}`, size: 11, fill: "toRussia", weight: "bold" });
  return marks;
}

/** The tallest figure a record draws: either side's, or a competing one. */
function recordPeak(r: Exchange): number {
  let peak = Math.max(r.toUkraine ?? 0, r.toRussia ?? 0);
  for (const d of r.disputes) peak = Math.max(peak, d.value ?? 0);
  return peak;
}

/** What every column shares, and the fill tokens made so far (a few mediators fill 10,000 columns). */
interface Columns {
  readonly baseline: number;
  readonly y: YScale;
  readonly w: number;
  readonly f: LocaleFormat;
  readonly fills: Map<string, ColorToken>;
  /** False for a static SVG: no focus per record (at 10,000 records, most of the layout's garbage). */
  readonly interactive: boolean;
}

/** Pushes one record's marks: its two bars, outlines for competing figures, and the highlight ring. */
function column(marks: Mark[], r: Exchange, cx: number, c: Columns, highlighted: boolean): void {
  const { baseline, y, w } = c;
  const up = r.toUkraine === null ? UNREPORTED_H : Math.max(1, y(r.toUkraine));
  const down = r.toRussia === null ? UNREPORTED_H : Math.max(1, y(r.toRussia));
  const x = px(cx - w / 2);
  const top = px(baseline - up);
  const width = px(w);
  const fill = mediatorFill(r, c.fills);
  const opacity = r.datePrecision === "month" ? 0.55 : undefined;
  // The upper bar carries the record: keyboard focus, tooltip and select event; the ring spans both.
  const focus = c.interactive ? exchangeFocus(r, c.f, { x: px(cx), y: top }, { x, y: top, width, height: px(up + down) }) : undefined;
  marks.push(bar(`${r.id}-u`, r.toUkraine === null, x, top, width, px(up), fill, opacity, focus));
  marks.push(bar(`${r.id}-r`, r.toRussia === null, x, px(baseline), width, px(down), fill, opacity, undefined));
  for (let i = 0; i < r.disputes.length; i++) {
    const d = r.disputes[i]!;
    if (d.value === null) continue;
    const h = Math.max(1, y(d.value));
    const upward = d.field === "toUkraine";
    marks.push({ kind: "rect", key: `${r.id}-dispute-${i}`, layer: "marks", x: px(cx - w / 2 - 1), y: px(upward ? baseline - h : baseline), width: px(w + 2), height: px(h), fill: "none", stroke: "text", strokeWidth: 1, dash: "3 2", opacity: 0.8 });
  }
  if (highlighted) {
    marks.push({ kind: "rect", key: `${r.id}-highlight`, layer: "annotations", x: px(cx - w / 2 - 3), y: px(baseline - up - 3), width: px(w + 6), height: px(up + down + 6), fill: "none", stroke: "highlight", strokeWidth: 2 });
  }
}

/** The colour token of a record's first mediator, made once per mediator. */
function mediatorFill(r: Exchange, fills: Map<string, ColorToken>): ColorToken {
  const name = leadMediator(r);
  let fill = fills.get(name);
  if (fill === undefined) fills.set(name, (fill = `mediator:${name}`));
  return fill;
}

/**
 * One bar: filled in the mediator's colour, or a hollow dashed stub for an unreported figure.
 * Plain literals, no spreads or closures: a layout of 10,000 records makes 20,000 of these, and garbage counts.
 */
function bar(key: string, unreported: boolean, x: number, y: number, width: number, height: number, fill: ColorToken, opacity: number | undefined, focus: Focus | undefined): RectMark {
  const m: { -readonly [K in keyof RectMark]: RectMark[K] } = unreported
    ? { kind: "rect", key, layer: "marks", x, y, width, height, fill: "none", stroke: "unreported", strokeWidth: 1, dash: "2 1.5" }
    : { kind: "rect", key, layer: "marks", x, y, width, height, fill };
  if (!unreported && opacity) m.opacity = opacity;
  if (focus) m.focus = focus;
  return m;
}

function largestLabels(records: readonly Exchange[], count: number, width: number, x: XScale, y: YScale, baseline: number, f: LocaleFormat, top: number): Mark[] {
  const n = width < 480 ? Math.min(count, 1) : count;
  const biggest: Exchange[] = [];
  for (const r of records) {
    if (r.toUkraine === null || n === 0) continue;
    if (biggest.length === n && r.toUkraine <= biggest[n - 1]!.toUkraine!) continue;
    biggest.push(r);
    biggest.sort((a, b) => b.toUkraine! - a.toUkraine! || (a.date < b.date ? -1 : 1));
    if (biggest.length > n) biggest.pop();
  }
  const placed: [number, number][] = [];
  const marks: Mark[] = [];
  for (const r of biggest) {
    const text = `${f.number(r.toUkraine!)} · ${f.date(r.date, "month")}`;
    const w = textWidth(text, 10);
    const cx = Math.min(Math.max(x(utcMs(r.date)), w / 2 + 2), width - w / 2 - 2);
    if (placed.some(([a, b]) => cx + w / 2 > a && cx - w / 2 < b)) continue;
    placed.push([cx - w / 2, cx + w / 2]);
    marks.push({ kind: "text", key: `largest-${r.id}`, layer: "annotations", x: px(cx), y: px(Math.max(top + 10, baseline - y(r.toUkraine!) - 4)), text, size: 10, anchor: "middle", fill: "text" });
  }
  return marks;
}

function pauseNotes(records: readonly Exchange[], days: Float64Array, months: number, width: number, x: XScale, baseline: number, f: LocaleFormat): Mark[] {
  if (months === 0) return [];
  const long = pauses(records, days, Math.round(months * 30.44)).slice(0, width < 480 ? 1 : 3);
  return long.flatMap((g) => {
    const x1 = x(utcMs(g.after.date)) + 4;
    const x2 = x(utcMs(g.before.date)) - 4;
    const lines = wrap(f.plural(timelineStrings(f.locale).pause, Math.round(g.days / 30.44)), x2 - x1, 10, 3);
    if (lines.length > 2 || lines.some((l) => l.endsWith("…") || textWidth(l, 10) > x2 - x1)) return [];
    return [
      { kind: "line", key: `pause-${g.after.id}`, layer: "annotations", x1: px(x1), x2: px(x2), y1: px(baseline - 6), y2: px(baseline - 6), stroke: "muted", strokeWidth: 1, dash: "1 2" },
      ...lines.map((line, i): Mark => ({ kind: "text", key: `pause-label-${g.after.id}-${i}`, layer: "annotations", x: px((x1 + x2) / 2), y: px(baseline - 10 - (lines.length - 1 - i) * 12), text: line, size: 10, anchor: "middle", fill: "muted" })),
    ] satisfies Mark[];
  });
}

/**
 * The pauses `gaps()` of the data API finds, longest first, without parsing every date again: the
 * records are checked calendar dates in date order, whose `utcMs / DAY` is gaps()'s day number.
 */
function pauses(records: readonly Exchange[], days: Float64Array, minDays: number): Gap[] {
  const found: Gap[] = [];
  let last = -1;
  for (let i = 0; i < records.length; i++) {
    // Records known only to the month are left out, since their day is not known.
    if (records[i]!.datePrecision === "month") continue;
    const d = last < 0 ? 0 : Math.round(days[i]! - days[last]!);
    if (d >= minDays && d > 0) found.push({ after: records[last]!, before: records[i]!, days: d });
    last = i;
  }
  return found.sort((a, b) => b.days - a.days || (a.after.date < b.after.date ? -1 : 1));
}

function highlightLabel(r: Exchange, top: number, width: number, f: LocaleFormat): Mark {
  return { kind: "text", key: "highlight-label", layer: "annotations", x: px(width - RIGHT), y: px(top - 2), text: exchangeLabel(r, f), size: 11, weight: "bold", anchor: "end", fill: "highlight" };
}
