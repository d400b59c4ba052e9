import { exchangeStrings } from "../exchange/strings.js";
import type { Exchange } from "../../data/types.js";
import { focusOf, type FocusText } from "../exchange/records.js";
import type { LocaleFormat } from "../core/locale.js";
import type { DataTable, Focus } from "../core/marks.js";
import type { CumulativeBy } from "./options.js";
import type { Bin } from "./periods.js";
import type { PlacedTotal } from "./officials.js";
import { statedFigure } from "../exchange/stated-figure.js";
import { cumulativeStrings } from "./strings.js";

/** A period's name: "Jul 2024", "2024", or the exchange's date. */
export function periodName(b: Bin, by: CumulativeBy, f: LocaleFormat): string {
  if (by === "year") return b.key;
  if (by === "month") return f.date(b.start, "month");
  return f.date(b.start, b.records.at(0)?.datePrecision === "month" ? "month" : "long");
}

/** People returned within a period, saying how many of its exchanges had no figure. */
function periodFigure(n: number, unreported: number, count: number, f: LocaleFormat): string {
  if (count > 0 && unreported === count) return exchangeStrings(f.locale).notReported;
  if (unreported === 0) return f.number(n);
  return `${f.number(n)} (${f.plural(cumulativeStrings(f.locale).unreportedIn, unreported)})`;
}

/** A period's figures as the chart words them: worded once, for its bars' focus and its table row. */
export interface PeriodFigures {
  readonly period: string;
  readonly soFarToUkraine: string;
  readonly soFarToRussia: string;
  readonly periodToUkraine: string;
  readonly periodToRussia: string;
  readonly exchanges: string;
}

/**
 * A period's name, running totals and own figures, formatted.
 *
 * @example
 * periodFigures(bin, "year", localeFormat("en")).soFarToUkraine; // "1,234"
 */
export function periodFigures(b: Bin, by: CumulativeBy, f: LocaleFormat): PeriodFigures {
  return {
    period: periodName(b, by, f),
    soFarToUkraine: f.number(b.toUkraine),
    soFarToRussia: f.number(b.toRussia),
    periodToUkraine: periodFigure(b.periodToUkraine, b.unreportedToUkraine, b.records.length, f),
    periodToRussia: periodFigure(b.periodToRussia, b.unreportedToRussia, b.records.length, f),
    exchanges: f.number(b.records.length),
  };
}

/**
 * The focus of a period's bars: the running totals, the period's own figures and its sources.
 *
 * @example
 * barFocus(bin, periodFigures(bin, "month", f), f, { by: "month", anchor: { x: 40, y: 120 } }).tooltip.heading; // "Jul 2024"
 */
export function barFocus(b: Bin, figures: PeriodFigures, f: LocaleFormat, { by, anchor, box }: { readonly by: CumulativeBy; readonly anchor: Focus["anchor"]; readonly box?: Focus["box"] }): Focus {
  return focusOf(b.lastId, barText(b, figures, by, f), { anchor, box });
}

function barText(b: Bin, figures: PeriodFigures, by: CumulativeBy, f: LocaleFormat): FocusText {
  const s = cumulativeStrings(f.locale);
  const rows: [string, string][] = [
    [s.soFarToUkraine, figures.soFarToUkraine],
    [s.soFarToRussia, figures.soFarToRussia],
    [s.periodToUkraine[by], figures.periodToUkraine],
    [s.periodToRussia[by], figures.periodToRussia],
  ];
  if (by !== "exchange") rows.push([s.periodExchanges[by], figures.exchanges]);
  return {
    label: f.fill(s.barLabel, { period: figures.period, toUkraine: figures.soFarToUkraine, toRussia: figures.soFarToRussia }),
    tooltip: { heading: figures.period, rows, sources: b.records.flatMap((r) => r.sources) },
  };
}

/**
 * The series as text, one row per bar (`figures[i]` worded by `periodFigures` for `list[i]`).
 *
 * @example
 * seriesTable(list, list.map((b) => periodFigures(b, "year", f)), f, { by: "year", caption: "People returned" }).rows[0][0]; // "2022"
 */
export function seriesTable(list: readonly Bin[], figures: readonly PeriodFigures[], f: LocaleFormat, { by, caption, placed = [] }: { readonly by: CumulativeBy; readonly caption: string; readonly placed?: readonly PlacedTotal[] }): DataTable {
  const s = cumulativeStrings(f.locale);
  const columns = [s.period[by], s.soFarToUkraine, s.soFarToRussia, s.periodToUkraine[by], s.periodToRussia[by]];
  if (by !== "exchange") columns.push(s.periodExchanges[by]);
  // The official totals the chart marks, in the period they fall in, with who stated them and when.
  if (placed.length > 0) columns.push(s.officialTotal);
  const rows = list.map((_, i) => {
    const p = figures[i]!;
    const row = [p.period, p.soFarToUkraine, p.soFarToRussia, p.periodToUkraine, p.periodToRussia];
    if (by !== "exchange") row.push(p.exchanges);
    if (placed.length > 0) {
      row.push(placed.filter((t) => t.bin === i).map((t) => `${statedFigure(t.total.toUkraine!, f)} (${t.total.claimant}, ${f.date(t.total.date, "long")})`).join("; "));
    }
    return row;
  });
  return { caption, columns, rows };
}

/** One sentence with the totals at the end of the range. */
export function summary(records: readonly Exchange[], list: readonly Bin[], f: LocaleFormat): string {
  const last = list.at(-1);
  const lastRecord = records.at(-1);
  if (!last || !lastRecord) return exchangeStrings(f.locale).noExchanges;
  return f.fill(cumulativeStrings(f.locale).summary, {
    to: f.date(lastRecord.date, lastRecord.datePrecision === "month" ? "month" : "long"),
    toUkraine: f.plural(exchangeStrings(f.locale).peopleCount, last.toUkraine),
    toRussia: f.plural(exchangeStrings(f.locale).peopleCount, last.toRussia),
    exchanges: f.plural(exchangeStrings(f.locale).exchangesCount, records.length),
  });
}
