import type { Exchange } from "../../data/types.js";

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a real calendar date written YYYY-MM-DD (no 2024-02-30). Every record and claim passes
 * here, so it reads character codes: no pattern, no substrings, no Date.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let y = 0, m = 0, d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  // Years 0–99 stay refused: the Date-based check this replaced read them as 1900–1999.
  return y > 99 && m > 0 && m < 13 && d > 0 && d <= DAYS[m - 1]! + (leap ? 1 : 0);
}

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
 */
export function partitionExchanges(input: readonly unknown[]): { records: Exchange[]; skipped: SkippedRecord[] } {
  const records: Exchange[] = [];
  const skipped: SkippedRecord[] = [];
  const ids = new Set<string>();
  for (let index = 0; index < input.length; index++) {
    const value = input[index];
    let reason = exchangeProblem(value);
    const id = (value as { id?: unknown } | null)?.id;
    if (reason === null && ids.has(id as string)) reason = `id: ${show(id)} is a duplicate`;
    if (reason === null) {
      ids.add(id as string);
      records.push(value as Exchange);
    } else skipped.push({ index, id: typeof id === "string" ? id : null, reason });
  }
  return { records, skipped };
}

/**
 * Makes a function of a list run once per array: update() and every resize pass the same records
 * again, and checking thousands of them (or counting their publishers) takes milliseconds. An
 * array of another length is read again; one edited in place at the same length is not (pass a
 * new array, as immutable updates do).
 *
 * @example
 * const partition = oncePerArray(partitionExchanges);
 * partition(records) === partition(records); // true: checked once
 */
export function oncePerArray<R>(check: (list: readonly unknown[]) => R): (list: readonly unknown[]) => R {
  const seen = new WeakMap<readonly unknown[], { length: number; result: R }>();
  return (list) => {
    let entry = seen.get(list);
    if (!entry || entry.length !== list.length) seen.set(list, (entry = { length: list.length, result: check(list) }));
    return entry.result;
  };
}
