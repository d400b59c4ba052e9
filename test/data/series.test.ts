import { describe, expect, it } from "vitest";
import { between, byMediator, byMonth, byYear, cumulative, daysBetween, gaps, mediators, totals } from "../../src/data/index.js";
import type { Exchange } from "../../src/data/index.js";

function record(id: string, toUkraine: number | null, toRussia: number | null, extra: Partial<Exchange> = {}): Exchange {
  return {
    id, date: id.slice(0, 10), datePrecision: "day", toUkraine, toRussia, includesCivilians: null, civiliansToUkraine: null,
    mediators: [], sequence: null, official: true, agreement: null, stage: null, disputes: [], confidence: "high", note: "",
    sources: [{ url: "https://example.org/a", publisher: "Example" }], ...extra,
  };
}

const sample = [
  record("2024-01-03", 230, 248, { mediators: ["UAE"] }),
  record("2023-08-07", 22, null),
  record("2024-02-08", 100, 100, { mediators: ["UAE"] }),
  record("2025-06-09", null, null),
];

describe("cumulative", () => {
  it("sorts by date and adds only reported figures", () => {
    expect(cumulative(sample)).toEqual([
      { date: "2023-08-07", toUkraine: 22, toRussia: 0, exchanges: 1 },
      { date: "2024-01-03", toUkraine: 252, toRussia: 248, exchanges: 2 },
      { date: "2024-02-08", toUkraine: 352, toRussia: 348, exchanges: 3 },
      { date: "2025-06-09", toUkraine: 352, toRussia: 348, exchanges: 4 },
    ]);
  });

  it("returns an empty series for no records", () => {
    expect(cumulative([])).toEqual([]);
  });

  it("ends at the totals of the bundled data", () => {
    const last = cumulative().at(-1)!;
    const sum = totals();
    expect([last.toUkraine, last.toRussia, last.exchanges]).toEqual([sum.toUkraine, sum.toRussia, sum.exchanges]);
  });
});

describe("totals", () => {
  it("counts unreported figures apart instead of as zero", () => {
    expect(totals(sample)).toEqual({ exchanges: 4, toUkraine: 352, toRussia: 348, unreportedToUkraine: 1, unreportedToRussia: 2 });
  });
});

describe("between", () => {
  it("keeps records inside the range, both ends included", () => {
    expect(between({ from: "2024-01-03", to: "2024-02-08" }, sample).map((r) => r.id)).toEqual(["2024-01-03", "2024-02-08"]);
  });

  it("treats a missing end as open", () => {
    expect(between({ from: "2024-02-01" }, sample).map((r) => r.id)).toEqual(["2024-02-08", "2025-06-09"]);
  });
});

describe("byYear and byMonth", () => {
  it("group records with their totals, oldest first", () => {
    expect(byYear(sample).map((y) => [y.period, y.exchanges, y.toUkraine])).toEqual([
      ["2023", 1, 22],
      ["2024", 2, 330],
      ["2025", 1, 0],
    ]);
    expect(byMonth(sample).map((m) => m.period)).toEqual(["2023-08", "2024-01", "2024-02", "2025-06"]);
  });
});

describe("mediators", () => {
  it("counts each mediator and the records that name none", () => {
    expect(mediators(sample)).toEqual([
      { mediator: "UAE", exchanges: 2 },
      { mediator: null, exchanges: 2 },
    ]);
    expect(byMediator("UAE", sample).map((r) => r.id)).toEqual(["2024-01-03", "2024-02-08"]);
    expect(byMediator(null, sample)).toHaveLength(2);
  });
});

describe("gaps", () => {
  it("lists pauses longest first, in days", () => {
    const result = gaps(sample);
    expect(result.map((g) => [g.after.id, g.before.id, g.days])).toEqual([
      ["2024-02-08", "2025-06-09", 487],
      ["2023-08-07", "2024-01-03", 149],
      ["2024-01-03", "2024-02-08", 36],
    ]);
  });

  it("filters by minimum length and skips month-precision records", () => {
    const withMonth = [...sample, record("2024-06-01", 1, 1, { id: "2024-06", datePrecision: "month" })];
    expect(gaps(withMonth, { minDays: 100 }).map((g) => g.days)).toEqual([487, 149]);
  });

  it("finds the five-month pause of 2023 in the bundled data", () => {
    const pause = gaps().find((g) => g.after.date === "2023-08-07");
    expect(pause?.before.date).toBe("2024-01-03");
  });
});

describe("daysBetween", () => {
  it("counts calendar days across a leap day and a DST change", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2024-03-30", "2024-04-01")).toBe(2);
  });
});
