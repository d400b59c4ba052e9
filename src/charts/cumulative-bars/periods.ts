import type { Exchange } from "../../data/types.js";
import type { CumulativeBy } from "./options.js";

/** One bar position: a month, a year or an exchange, with the running totals at its end. */
export interface Bin {
  /** "2024-07", "2024", or the exchange's id (made unique). */
  readonly key: string;
  /** The period's first day, or the exchange's date. */
  readonly start: string;
  readonly records: readonly Exchange[];
  /** People returned to Ukraine up to the period's end (reported figures only). */
  readonly toUkraine: number;
  readonly toRussia: number;
  /** People returned within the period (reported figures only). */
  readonly periodToUkraine: number;
  readonly periodToRussia: number;
  readonly unreportedToUkraine: number;
  readonly unreportedToRussia: number;
  /** Of `toUkraine`, people in exchanges Moscow gave no figure for (only Kyiv reported them). */
  readonly oneSidedToUkraine: number;
  /** Of `toRussia`, people in exchanges Kyiv gave no figure for. */
  readonly oneSidedToRussia: number;
  /** The id of the latest exchange up to the period's end. */
  readonly lastId: string;
}

/**
 * Bins date-sorted records and accumulates them. By month and year, every period from the first
 * record's to the last record's is present, empty ones included, so the bars are continuous.
 *
 * @example
 * bins(records, "year").map((b) => [b.key, b.toUkraine]); // [["2022", 1500], ["2023", 2600], …]
 */
export function bins(records: readonly Exchange[], by: CumulativeBy): Bin[] {
  if (records.length === 0) return [];
  const groups: { key: string; start: string; records: Exchange[] }[] = [];
  if (by === "exchange") {
    const seen = new Map<string, number>();
    for (const r of records) {
      const n = (seen.get(r.id) ?? 0) + 1;
      seen.set(r.id, n);
      groups.push({ key: n === 1 ? r.id : `${r.id}~${n}`, start: r.date, records: [r] });
    }
  } else {
    const index = by === "year" ? yearIndex : monthIndex;
    const first = index(records[0]!.date);
    const last = index(records.at(-1)!.date);
    for (let i = first; i <= last; i++) groups.push({ ...periodOf(i, by), records: [] });
    // Records come in date order, several a day in dense data: each date is read once.
    let date: string | null = null;
    let group: Exchange[] = [];
    for (const r of records) {
      if (r.date !== date) group = groups[index((date = r.date)) - first]!.records;
      group.push(r);
    }
  }
  let toUkraine = 0;
  let toRussia = 0;
  let oneSidedToUkraine = 0;
  let oneSidedToRussia = 0;
  let lastId = records[0]!.id;
  return groups.map((g) => {
    let periodToUkraine = 0, periodToRussia = 0, unreportedToUkraine = 0, unreportedToRussia = 0;
    for (const r of g.records) {
      if (r.toUkraine === null) unreportedToUkraine++;
      else periodToUkraine += r.toUkraine;
      if (r.toRussia === null) unreportedToRussia++;
      else periodToRussia += r.toRussia;
      if (r.toRussia === null) oneSidedToUkraine += r.toUkraine ?? 0;
      if (r.toUkraine === null) oneSidedToRussia += r.toRussia ?? 0;
      lastId = r.id;
    }
    toUkraine += periodToUkraine;
    toRussia += periodToRussia;
    // Written out: spreading `g` here took a quarter of the layout with one bin per exchange.
    return { key: g.key, start: g.start, records: g.records, toUkraine, toRussia, periodToUkraine, periodToRussia, unreportedToUkraine, unreportedToRussia, oneSidedToUkraine, oneSidedToRussia, lastId };
  });
}

/**
 * At most this many month bars (50 years): a longer span is drawn by year, so bars stay bounded.
 *
 * @example
 * drawnBy(recordsOver60Years, "month"); // "year": 720 months > MAX_MONTH_BINS
 */
export const MAX_MONTH_BINS = 600;

/**
 * The binning a chart can draw: `by`, except that months over more than {@link MAX_MONTH_BINS}
 * periods become years (records dated 1900 and 2199 would otherwise make 3,600 bars).
 *
 * @example
 * drawnBy([{ date: "1900-01-01" }, { date: "2199-12-31" }] as Exchange[], "month"); // "year"
 * drawnBy(exchanges, "month"); // "month"
 */
export function drawnBy(records: readonly Exchange[], by: CumulativeBy): CumulativeBy {
  if (by !== "month" || records.length === 0) return by;
  return monthIndex(records.at(-1)!.date) - monthIndex(records[0]!.date) + 1 > MAX_MONTH_BINS ? "year" : by;
}

/** The bin a date falls in, or -1 when it is outside the bins (by exchange: the last exchange on or before it). */
export function binOf(list: readonly Bin[], date: string, by: CumulativeBy): number {
  if (list.length === 0) return -1;
  if (by === "exchange") {
    if (date < list[0]!.start || date > list.at(-1)!.start) return -1;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (list[mid]!.start <= date) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  const index = by === "year" ? yearIndex : monthIndex;
  const i = index(date) - index(list[0]!.start);
  return i >= 0 && i < list.length ? i : -1;
}

// Dates pass the chart's check by pattern only, so a month like "13" is clamped rather than trusted.
function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Math.min(12, Math.max(1, Number(date.slice(5, 7)))) - 1;
}

function yearIndex(date: string): number {
  return Number(date.slice(0, 4));
}

function periodOf(i: number, by: "month" | "year"): { key: string; start: string } {
  if (by === "year") return { key: String(i).padStart(4, "0"), start: `${String(i).padStart(4, "0")}-01-01` };
  const key = `${String(Math.floor(i / 12)).padStart(4, "0")}-${String((i % 12) + 1).padStart(2, "0")}`;
  return { key, start: `${key}-01` };
}
