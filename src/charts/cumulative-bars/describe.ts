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

/** The focus of a period's bars: the running totals, the period's own figures and its sources. */
export function barFocus(b: Bin, f: LocaleFormat, { by, anchor, box }: { readonly by: CumulativeBy; readonly anchor: Focus["anchor"]; readonly box?: Focus["box"] }): Focus {
  return focusOf(b.lastId, barText(b, by, f), { anchor, box });
}

function barText(b: Bin, by: CumulativeBy, f: LocaleFormat): FocusText {
  const s = cumulativeStrings(f.locale);
  const period = periodName(b, by, f);
  const rows: [string, string][] = [
    [s.soFarToUkraine, f.number(b.toUkraine)],
    [s.soFarToRussia, f.number(b.toRussia)],
    [s.periodToUkraine[by], periodFigure(b.periodToUkraine, b.unreportedToUkraine, b.records.length, f)],
    [s.periodToRussia[by], periodFigure(b.periodToRussia, b.unreportedToRussia, b.records.length, f)],
  ];
  if (by !== "exchange") rows.push([s.periodExchanges[by], f.number(b.records.length)]);
  return {
    label: f.fill(s.barLabel, { period, toUkraine: b.toUkraine, toRussia: b.toRussia }),
    tooltip: { heading: period, rows, sources: b.records.flatMap((r) => r.sources) },
  };
}

/** The series as text, one row per bar. */
export function seriesTable(list: readonly Bin[], f: LocaleFormat, { by, caption, placed = [] }: { readonly by: CumulativeBy; readonly caption: string; readonly placed?: readonly PlacedTotal[] }): DataTable {
  const s = cumulativeStrings(f.locale);
  const columns = [s.period[by], s.soFarToUkraine, s.soFarToRussia, s.periodToUkraine[by], s.periodToRussia[by]];
  if (by !== "exchange") columns.push(s.periodExchanges[by]);
  // The official totals the chart marks, in the period they fall in, with who stated them and when.
  if (placed.length > 0) columns.push(s.officialTotal);
  const rows = list.map((b, i) => {
    const row = [
      periodName(b, by, f), f.number(b.toUkraine), f.number(b.toRussia),
      periodFigure(b.periodToUkraine, b.unreportedToUkraine, b.records.length, f),
      periodFigure(b.periodToRussia, b.unreportedToRussia, b.records.length, f),
    ];
    if (by !== "exchange") row.push(f.number(b.records.length));
    if (placed.length > 0) {
      row.push(placed.filter((p) => p.bin === i).map((p) => `${statedFigure(p.total.toUkraine!, f)} (${p.total.claimant}, ${f.date(p.total.date, "long")})`).join("; "));
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
