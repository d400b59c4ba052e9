import type { Exchange, OfficialTotal } from "../../../src/data/index.js";
import type { Mark } from "../../../src/charts/index.js";

export function record(date: string, toUkraine: number | null, toRussia: number | null, extra: Partial<Exchange> = {}): Exchange {
  return {
    id: date, date, datePrecision: "day", toUkraine, toRussia, includesCivilians: null, civiliansToUkraine: null,
    mediators: [], sequence: null, official: true, agreement: null, stage: null, disputes: [], confidence: "high", note: "",
    sources: [{ url: `https://example.org/${date}`, publisher: "Example" }], ...extra,
  };
}

export function total(id: string, date: string, value: number | null, extra: Partial<OfficialTotal> = {}, qualifier: "exact" | "about" | "more-than" | "unspecified" = "exact"): OfficialTotal {
  return {
    id, date, claimant: "Coordination HQ", side: "ukraine", scope: "running",
    toUkraine: { value, qualifier }, toRussia: null, bothSides: null, exchanges: null, includesCivilians: null, note: "",
    sources: [{ url: `https://example.org/total/${id}`, publisher: "Official" }], ...extra,
  };
}

export const records = [record("2024-01-10", 100, 50), record("2024-01-20", 20, null), record("2024-03-05", 80, 70)];

export const totals = [
  total("exact", "2024-01-31", 120),
  total("about", "2024-03-10", 250, {}, "about"),
  total("russian", "2024-01-31", 100, { side: "russia" }),
  total("period", "2024-01-31", 100, { scope: "period" }),
  total("no-number", "2024-01-31", null),
  total("unspecified", "2024-01-31", null, {}, "unspecified"),
  total("later", "2024-05-01", 300),
];

export type Of<K extends Mark["kind"]> = Extract<Mark, { kind: K }>;

export function find<K extends Mark["kind"]>(marks: readonly Mark[], key: string, kind: K): Of<K> {
  const mark = marks.find((m) => m.key === key);
  if (!mark || mark.kind !== kind) throw new Error(`no ${kind} mark "${key}"`);
  return mark as Of<K>;
}
