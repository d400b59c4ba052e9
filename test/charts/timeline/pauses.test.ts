import { describe, expect, it } from "vitest";
import { localeFormat } from "../../../src/charts/core/locale.js";
import type { Mark } from "../../../src/charts/core/marks.js";
import { linear } from "../../../src/charts/layout/scales.js";
import { utcMs } from "../../../src/charts/layout/time.js";
import { pauseNotes, pauses } from "../../../src/charts/timeline/pauses.js";
import type { Exchange } from "../../../src/data/index.js";

function record(date: string, extra: Partial<Exchange> = {}): Exchange {
  return {
    id: date, date, datePrecision: "day", toUkraine: 10, toRussia: 10, includesCivilians: null, civiliansToUkraine: null,
    mediators: [], sequence: null, official: true, agreement: null, stage: null, disputes: [], confidence: "high", note: "",
    sources: [{ url: "https://example.org/a", publisher: "Example" }], ...extra,
  };
}

const records = [record("2023-01-08"), record("2023-08-07"), record("2023-10-01", { datePrecision: "month" }), record("2024-01-03"), record("2024-02-08")];
const x = linear([utcMs("2023-01-01"), utcMs("2024-03-01")], [40, 1240]);
const context = { width: 1280, x, baseline: 200, f: localeFormat("en"), size: 11 };

describe("pauses", () => {
  it("lists the gaps between exchanges known to the day, at least minDays long, longest first", () => {
    expect(pauses(records, 120).map((g) => [g.after.id, g.before.id, g.days])).toEqual([["2023-01-08", "2023-08-07", 211], ["2023-08-07", "2024-01-03", 149]]);
    expect(pauses(records, 150).map((g) => g.days)).toEqual([211]);
  });
});

describe("pauseNotes", () => {
  const texts = (marks: readonly Mark[]) => marks.filter((m) => m.kind === "text").map((m) => m.text);

  it("notes each long pause over its gap, above the baseline", () => {
    const marks = pauseNotes(records, 4, context);
    expect(texts(marks)).toEqual(["no exchange for 7 months", "no exchange for 5 months"]);
    const line = marks.find((m) => m.key === "pause-2023-01-08") as Extract<Mark, { kind: "line" }>;
    expect(line.x1).toBeCloseTo(x(utcMs("2023-01-08")) + 4, 1);
    expect(line.x2).toBeCloseTo(x(utcMs("2023-08-07")) - 4, 1);
    expect(line.y1).toBeLessThan(context.baseline);
  });

  it("keeps to the longest pause on a narrow chart, and notes none when pauses are off", () => {
    expect(texts(pauseNotes(records, 4, { ...context, width: 400 }))).toEqual(["no exchange for 7 months"]);
    expect(pauseNotes(records, 0, context)).toEqual([]);
  });

  it("leaves out a note its gap cannot hold on two lines", () => {
    const tight = linear([utcMs("2023-01-01"), utcMs("2024-03-01")], [40, 100]);
    expect(pauseNotes(records, 4, { ...context, x: tight })).toEqual([]);
  });
});
