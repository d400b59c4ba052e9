import { exchangeStrings, mediatorNames } from "./strings.js";
import { statedFigure } from "./stated-figure.js";
import { inDateOrder } from "../../data/series/date-order.js";
import { inDateRange } from "../../data/series/date-range.js";
import type { Exchange } from "../../data/types.js";
import type { LocaleFormat } from "../core/locale.js";
import type { Focus, TooltipContent } from "../core/marks.js";
import type { SkippedRecord } from "./check-records.js";

/** Records inside the options' date range, in date order (the input is never mutated). */
export function inRange(data: readonly Exchange[], from: string | null, to: string | null): readonly Exchange[] {
  return inDateOrder(inDateRange(data, from, to));
}

/** Finds the record a `highlight` option names, by id or by date. */
export function findHighlight(records: readonly Exchange[], highlight: string | null): Exchange | undefined {
  if (highlight === null) return undefined;
  return records.find((r) => r.id === highlight) ?? records.find((r) => r.date === highlight);
}

/** A figure as text: the number, or "not reported". */
export function figure(value: number | null, f: LocaleFormat): string {
  return value === null ? exchangeStrings(f.locale).notReported : f.number(value);
}

/** What a record's tooltip shows: both figures, competing figures with their claimants, mediators, number, sources. */
export function exchangeTooltip(r: Exchange, f: LocaleFormat): TooltipContent {
  const rows: [string, string][] = [
    [exchangeStrings(f.locale).toUkraine, figure(r.toUkraine, f)],
    [exchangeStrings(f.locale).toRussia, figure(r.toRussia, f)],
  ];
  rows.push(...disputeRows(r, f));
  rows.push([exchangeStrings(f.locale).mediator, r.mediators.length > 0 ? mediatorNames(r.mediators, f.locale) : exchangeStrings(f.locale).noMediator]);
  if (r.sequence !== null) rows.push([exchangeStrings(f.locale).sequence, String(r.sequence)]);
  const heading = r.datePrecision === "month" ? f.date(r.date, "month") : f.date(r.date, "long");
  return { heading, rows, sources: r.sources };
}

/**
 * The tooltip rows of a record's other stated figures, each naming its claimant and direction
 * ("UAE Foreign Ministry, each way: 193"); a claimant who gave one number both ways gets one row,
 * and no row repeats another.
 */
function disputeRows(r: Exchange, f: LocaleFormat): [string, string][] {
  const e = exchangeStrings(f.locale);
  const rows: [string, string][] = [];
  const seen = new Set<string>();
  for (const d of r.disputes) {
    const twin = r.disputes.find((o) => o !== d && o.claimant === d.claimant && o.value === d.value && o.field !== d.field);
    if (twin && d.field === "toRussia") continue;
    const direction = twin ? e.eachWay : d.field === "toUkraine" ? e.toUkraineShort : e.toRussiaShort;
    const value = d.value === null ? e.notReported : d.qualifier && d.qualifier !== "exact" ? statedFigure({ value: d.value, qualifier: d.qualifier }, f) : f.number(d.value);
    const row: [string, string] = [`${d.claimant}, ${direction}`, value];
    const key = row.join("\u0000");
    if (!seen.has(key)) rows.push(row), seen.add(key);
  }
  return rows;
}

/** One line describing a record, for screen readers. */
export function exchangeLabel(r: Exchange, f: LocaleFormat): string {
  const date = r.datePrecision === "month" ? f.date(r.date, "month") : f.date(r.date, "long");
  return `${date}: ${figure(r.toUkraine, f)} ${exchangeStrings(f.locale).toUkraineShort}, ${figure(r.toRussia, f)} ${exchangeStrings(f.locale).toRussiaShort}`;
}

/**
 * The footer line of lenient mode: how many records were skipped and why, e.g.
 * `2 records skipped: data[3] date: "2024-02-30" is not a calendar date (YYYY-MM-DD); data[5] …`.
 */
export function skippedNote(skipped: readonly SkippedRecord[], f: LocaleFormat): string | null {
  if (skipped.length === 0) return null;
  const shown = skipped.slice(0, 3).map((s) => `data[${s.index}] ${s.reason}`).join("; ");
  return `${f.plural(f.t.skipped, skipped.length)}: ${shown}${skipped.length > 3 ? "; …" : ""}`;
}

/**
 * A chart's description with the lenient-mode note after it. The description is the SVG's
 * `<desc>` (in `renderToString` and every export) and the chart's accessible description, so the
 * skipped records are reported even where `plain` leaves out the footer.
 *
 * @example
 * describedWithSkipped("81 exchanges…", [{ index: 3, id: null, reason: "date: …" }], f); // "81 exchanges… 1 record skipped: data[3] date: …"
 */
export function describedWithSkipped(description: string, skipped: readonly SkippedRecord[], f: LocaleFormat): string {
  const note = skippedNote(skipped, f);
  return note === null ? description : `${description} ${note}.`;
}

/** What a focus says. Written together, since a label and its tooltip share their parts. */
export type FocusText = Pick<Focus, "label" | "tooltip">;

/** Where a focus points (`anchor`) and, when not the mark's own box, what the pointer reaches. */
export interface FocusPlace {
  readonly anchor: Focus["anchor"];
  readonly box?: Focus["box"] | undefined;
}

/**
 * A record's focus, as plain data: its id, the line a screen reader hears, its tooltip, where the
 * tooltip points and where the pointer reaches it. Plain, so a scene survives `structuredClone`
 * and JSON whole (it can cross to a worker, and tests assert it as data).
 *
 * @example
 * exchangeFocus(record, localeFormat("en"), { anchor: { x: 10, y: 20 } }).label; // "July 17, 2024: 95 to Ukraine, 95 to Russia"
 */
export function exchangeFocus(r: Exchange, f: LocaleFormat, at: FocusPlace): Focus {
  return focusOf(r.id, { label: exchangeLabel(r, f), tooltip: exchangeTooltip(r, f) }, at);
}

/**
 * A focus from its text, as plain data. `box`, when given, is where the pointer reaches it and
 * what the focus ring outlines.
 *
 * @example
 * focusOf("2024-07", { label: "July 2024", tooltip }, { anchor: { x: 10, y: 20 } }).label; // "July 2024"
 */
export function focusOf(id: string, text: FocusText, { anchor, box }: FocusPlace): Focus {
  return box ? { id, label: text.label, tooltip: text.tooltip, anchor, box } : { id, label: text.label, tooltip: text.tooltip, anchor };
}
