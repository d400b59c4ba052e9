import { isCalendarDate } from "../../data/calendar-date.js";
import type { Exchange } from "../../data/types.js";
import { checkedCopy } from "../core/plain-copy.js";

const isCount = (v: unknown) => v === null || (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 100_000);
const show = (v: unknown) => {
  const text = typeof v === "string" ? JSON.stringify(v) : String(v);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};

/**
 * What a chart needs of an exchange record, checked without zod (charts must not bundle it).
 * Returns the first problem as "field: value is …", or null when the record can be drawn.
 * Full validation, with every issue, is `safeParseExchanges` in `pow-exchanges/schema`.
 */
export function exchangeProblem(value: unknown): string | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return `${show(value)} is not a record`;
  const r = value as Partial<Record<keyof Exchange, unknown>>;
  if (typeof r.id !== "string" || r.id === "") return `id: ${show(r.id)} is not an id`;
  if (!isCalendarDate(r.date)) return `date: ${show(r.date)} is not a calendar date (YYYY-MM-DD)`;
  if (!isCount(r.toUkraine)) return `toUkraine: ${show(r.toUkraine)} is not a whole number ≥ 0 or null`;
  if (!isCount(r.toRussia)) return `toRussia: ${show(r.toRussia)} is not a whole number ≥ 0 or null`;
  if (!Array.isArray(r.mediators) || r.mediators.some((m) => typeof m !== "string")) return `mediators: ${show(r.mediators)} is not a list of names`;
  if (!Array.isArray(r.sources) || r.sources.length === 0) return `sources: ${show(r.sources)} is not a non-empty list`;
  if (!Array.isArray(r.disputes)) return `disputes: ${show(r.disputes)} is not a list`;
  if (r.disputes.some((d: unknown) => d === null || typeof d !== "object" || !isCount((d as { value?: unknown }).value))) return "disputes: a disputed figure is not a whole number ≥ 0 or null";
  return null;
}

/** A record left out in lenient mode, and why. */
export interface SkippedRecord {
  readonly index: number;
  readonly id: string | null;
  readonly reason: string;
}

/**
 * Splits input into drawable records and skipped ones. Nothing is dropped silently: every
 * skipped record comes back with its index and reason, for the chart's footer and its event.
 * The records returned are checked copies (`plainCopy`): the chart draws exactly what the input
 * held at this call, and nothing the caller (or a polluted prototype) changes later. No cache:
 * an edit in place followed by `update({ data })` is checked and drawn again. Only a record of
 * the package's own, deep-frozen dataset is found in `known` (its copy, checked once) instead.
 */
export function partitionExchanges(input: readonly unknown[], known?: WeakMap<object, Exchange>): { records: Exchange[]; skipped: SkippedRecord[] } {
  const records: Exchange[] = [];
  const skipped: SkippedRecord[] = [];
  const ids = new Set<string>();
  for (let index = 0; index < input.length; index++) {
    const { copy, problem } = checkedCopy(input[index], { known, problemOf: exchangeProblem, unreadable: (reason) => reason });
    let reason = problem;
    const id = copy !== null && typeof copy === "object" ? (copy as { id?: unknown }).id : undefined;
    if (reason === null && ids.has(id as string)) reason = `id: ${show(id)} is a duplicate`;
    if (reason === null) {
      ids.add(id as string);
      records.push(copy as Exchange);
    } else skipped.push({ index, id: typeof id === "string" ? id : null, reason });
  }
  return { records, skipped };
}
