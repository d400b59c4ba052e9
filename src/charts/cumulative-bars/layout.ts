import { exchangeStrings } from "../exchange/strings.js";
import { frame } from "../layout/frame.js";
import { localeFormat, type LocaleFormat } from "../core/locale.js";
import { px, finishScene, type Mark, type Scene } from "../core/marks.js";
import { emptyState } from "../layout/empty-state.js";
import { describedWithSkipped, findHighlight, inRange, skippedNote } from "../exchange/records.js";
import { textWidth } from "../layout/text.js";
import { tickSize } from "../layout/type-scale.js";
import { xAxis } from "./axes.js";
import { plotGeometry, tickCount, type Geometry } from "./geometry.js";
import { valueAxis } from "../layout/value-axis.js";
import { barFocus, periodFigures, seriesTable, summary, type PeriodFigures } from "./describe.js";
import { fit } from "../layout/fit.js";
import { ONE_SIDED_OPACITY, seriesLegend } from "./legend.js";
import { dataset } from "../../data/dataset.js";
import { placeTotals, totalMarks, type PlacedTotal } from "./officials.js";
import type { NormalizedCumulativeBars } from "./options.js";
import { binOf, bins, drawnBy, type Bin } from "./periods.js";
import { cumulativeStrings } from "./strings.js";

const LINE = 13;
// Room above the plot for the two end labels, which sit over the last (tallest) bars.
const LABEL_ROOM = 2 * LINE + 6;
const X_AXIS = 18;

/**
 * Lays out the cumulative bars: people returned to Ukraine and to Russia, accumulated per month,
 * exchange or year, side by side or stacked, with Kyiv's own running totals as attributed markers.
 * Pure: no DOM, and finite numbers inside the box for any size.
 *
 * @example
 * const scene = layoutCumulativeBars(normalizeCumulativeBarsOptions({ by: "year" }), { width: 640, height: 420 }, false);
 * scene.marks.find((m) => m.key === "end-label-u"); // { kind: "text", text: "6,803 to Ukraine", … }
 */
export function layoutCumulativeBars(o: NormalizedCumulativeBars, size: { width: number; height: number }): Scene {
  const f = localeFormat(o.locale);
  const width = finite(size.width);
  const height = finite(size.height);
  const records = inRange(o.data, o.from, o.to);
  const by = drawnBy(records, o.by);
  const list = bins(records, by);
  const title = o.title ?? cumulativeStrings(o.locale).title;
  // The bundled totals count from the start of the war, so they only compare with bars that do
  // too: bars whose first record is no later than the dataset's first exchange (filtered data
  // starts later). Totals a caller passes are taken to count what the caller's records count.
  // None dated after the month of the last record is drawn, even inside a year's bar.
  const fromStart = records.length > 0 && records[0]!.date <= dataset.coverage.from;
  const cutByRange = o.from !== null && o.data.some((r) => r.date < o.from!);
  const comparable = !cutByRange && (o.ownTotals || fromStart);
  const placed = o.officialTotals && comparable ? placeTotals(o.totals, list, { by, from: o.from, to: o.to ?? monthEnd(records.at(-1)?.date) }) : [];
  let unreported = 0;
  for (const r of records) if (r.toUkraine === null || r.toRussia === null) unreported++;
  const notes = [o.note, skippedNote(o.skipped, f), unreported > 0 ? f.plural(cumulativeStrings(o.locale).unreportedNote, unreported) : null].filter((n): n is string => !!n);
  const framed = frame({ title, subtitle: o.subtitle ?? cumulativeStrings(o.locale).subtitle, notes, sourced: [records, placed.map((p) => p.total)], plain: o.plain, credit: o.credit }, { width, height }, f);
  const marks: Mark[] = [...framed.marks];
  const scene = { width, height, title, description: describedWithSkipped(summary(records, list, f), o.skipped, f) };
  // Worded once: each period's figures appear in its bars' focus and in its table row.
  const figures = list.map((b) => periodFigures(b, by, f));
  const table = () => seriesTable(list, figures, f, { by, caption: title, placed });
  if (list.length === 0) {
    marks.push(...emptyState(exchangeStrings(f.locale).noExchanges, { width, top: framed.top, bottom: framed.bottom }));
    return fit(finishScene({ ...scene, marks, hint: "" }, table, f));
  }

  const oneSided = list.at(-1) !== undefined && (list.at(-1)!.oneSidedToUkraine > 0 || list.at(-1)!.oneSidedToRussia > 0);
  const key = seriesLegend(f, { official: placed.length > 0, oneSided }, { left: 8, top: framed.top, width: width - 16 });
  marks.push(...key.marks);
  const g = plotGeometry(o, list, placed, width, framed.top + key.height + LABEL_ROOM, framed.bottom - X_AXIS, f);
  marks.push(...valueAxis(g.y.ticks(tickCount(g)).map((v) => ({ key: String(v), value: v, y: g.y(v), axis: v === 0 })), f, { left: g.left, right: g.right, size: tickSize(width) }), ...xAxis(list, g.x, f, { by, baseline: g.bottom, width }));

  const highlighted = findHighlight(records, o.highlight);
  const highlightBin = highlighted ? binOf(list, highlighted.date, by) : -1;
  const drawn = by === o.by ? o : { ...o, by };
  for (let i = 0; i < list.length; i++) barMarks(marks, list[i]!, figures[i]!, drawn, g, i === highlightBin, f);
  for (const p of placed) marks.push(...totalMarks(p, markerX(list[p.bin]!, o.mode, g), g.y(p.value), f));
  marks.push(...endLabels(list.at(-1)!, o.mode, g, placed, list, f));
  return fit(finishScene({ ...scene, marks, hint: cumulativeStrings(o.locale).hint }, table, f));
}

/** The last day a month can have, as a string that sorts after every date of that month. */
function monthEnd(date: string | undefined): string | null {
  return date === undefined ? null : `${date.slice(0, 7)}-31`;
}

function finite(n: number): number {
  return Number.isFinite(n) ? Math.max(0, n) : 0;
}

/** Pushes one period's marks: its two bars (the one to Ukraine carries the period's focus) and the highlight. */
function barMarks(marks: Mark[], b: Bin, figures: PeriodFigures, o: NormalizedCumulativeBars, g: Geometry, highlighted: boolean, f: LocaleFormat): void {
  const x0 = g.x(b.key) ?? g.left;
  const band = g.x.bandwidth();
  const { y } = g;
  const peak = y(o.mode === "stacked" ? b.toUkraine + b.toRussia : Math.max(b.toUkraine, b.toRussia));
  const step = g.x.step();
  // The pointer reaches the period anywhere in its column; the ring outlines the column.
  const column = { x: px(x0 + band / 2 - step / 2), y: px(g.top), width: px(step), height: px(g.bottom - g.top) };
  const focus = barFocus(b, figures, f, { by: o.by, anchor: { x: px(x0 + band / 2), y: px(peak) }, box: column });
  const stacked = o.mode === "stacked";
  const gap = !stacked && band > 6 ? 1 : 0;
  const w = stacked ? band : (band - gap) / 2;
  const uBase = 0;
  const rBase = stacked ? b.toUkraine : 0;
  const rx = stacked ? x0 : x0 + w + gap;
  // Each bar: the people both sides reported, solid, and above it, lighter, those only this side did.
  const segment = (key: string, x: number, from: number, to: number, fill: "toUkraine" | "toRussia", light: boolean): Mark => ({
    kind: "rect", key, layer: "marks", x: px(x), y: px(y(to)), width: px(w), height: px(Math.max(0, y(from) - y(to))), fill, ...(light ? { opacity: ONE_SIDED_OPACITY } : {}),
  });
  const uSplit = uBase + b.toUkraine - b.oneSidedToUkraine;
  const rSplit = rBase + b.toRussia - b.oneSidedToRussia;
  marks.push({ ...segment(`bar-u-${b.key}`, x0, uBase, uSplit, "toUkraine", false), focus });
  if (b.oneSidedToUkraine > 0) marks.push(segment(`bar-u1-${b.key}`, x0, uSplit, uBase + b.toUkraine, "toUkraine", true));
  marks.push(segment(`bar-r-${b.key}`, rx, rBase, rSplit, "toRussia", false));
  if (b.oneSidedToRussia > 0) marks.push(segment(`bar-r1-${b.key}`, rx, rSplit, rBase + b.toRussia, "toRussia", true));
  if (highlighted) {
    marks.push({ kind: "rect", key: "highlight", layer: "annotations", x: px(x0 - 2), y: px(peak - 2), width: px(band + 4), height: px(g.bottom - peak + 2), fill: "none", stroke: "highlight", strokeWidth: 2 });
  }
}

/** Officials count people returned to Ukraine, so the marker sits on that bar. */
function markerX(b: Bin, mode: "grouped" | "stacked", g: Geometry): number {
  const x0 = g.x(b.key) ?? g.left;
  const band = g.x.bandwidth();
  return mode === "stacked" ? x0 + band / 2 : x0 + band / 4;
}

function endLabels(last: Bin, mode: "grouped" | "stacked", g: Geometry, placed: readonly PlacedTotal[], list: readonly Bin[], f: LocaleFormat): Mark[] {
  const lines = [
    { key: "end-label-u", text: `${f.number(last.toUkraine)} ${exchangeStrings(f.locale).toUkraineShort}`, fill: "toUkraine" as const },
    { key: "end-label-r", text: `${f.number(last.toRussia)} ${exchangeStrings(f.locale).toRussiaShort}`, fill: "toRussia" as const },
  ];
  // Stacked, to Russia is the upper segment, so its label goes on the upper line.
  if (mode === "stacked") lines.reverse();
  const span = g.right - Math.max(...lines.map((l) => textWidth(l.text, 11)));
  const tops = [
    g.y(mode === "stacked" ? last.toUkraine + last.toRussia : Math.max(last.toUkraine, last.toRussia)),
    ...placed.filter((p) => markerX(list[p.bin]!, mode, g) + 5 >= span).map((p) => g.y(p.value) - 5),
  ];
  const base = Math.min(...tops) - 5;
  return lines.map((l, i): Mark => ({
    kind: "text", key: l.key, layer: "annotations", x: px(g.right), y: px(base - (lines.length - 1 - i) * LINE), text: l.text, size: 11, anchor: "end", weight: "bold", fill: l.fill,
  }));
}
