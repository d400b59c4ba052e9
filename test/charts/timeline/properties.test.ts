import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { layoutTimeline, normalizeTimelineOptions } from "../../../src/charts/index.js";
import { exchangeArb, exchangesArb, markProblems } from "../support/arbitraries.js";

const layout = (data: Parameters<typeof normalizeTimelineOptions>[0], width: number, height: number) =>
  layoutTimeline(normalizeTimelineOptions(data), { width, height });

describe("timeline layout properties", () => {
  it("never yields a non-finite number or a mark outside the frame", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(exchangesArb(), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 3000 }), fc.constantFrom("en", "uk", "ru"), (data, width, height, locale) => {
        const scene = layout({ data, locale: locale as "en" }, width, height);
        expect(markProblems(scene.marks, width, height)).toEqual([]);
      }),
      { seed: 20260305, numRuns: 300 },
    );
  });

  it("handles no records, one record and only unreported figures", { timeout: 60_000 }, () => {
    for (const data of [[], [{ ...fc.sample(exchangeArb, { seed: 1, numRuns: 1 })[0]!, id: "one" }]]) {
      expect(markProblems(layout({ data }, 640, 400).marks, 640, 400)).toEqual([]);
    }
    const unreported = fc.sample(exchangesArb(20), { seed: 2, numRuns: 1 })[0]!.map((r) => ({ ...r, toUkraine: null, toRussia: null, disputes: [] }));
    expect(markProblems(layout({ data: unreported }, 640, 400).marks, 640, 400)).toEqual([]);
  });

  it("lays out 10,000 records with every mark inside the frame", { timeout: 30_000 }, () => {
    const data = fc.sample(exchangeArb, { seed: 3, numRuns: 10_000 }).map((r, i) => ({ ...r, id: `r${i}` }));
    const scene = layout({ data }, 1200, 500);
    expect(scene.marks.filter((m) => m.focus)).toHaveLength(10_000);
    expect(markProblems(scene.marks, 1200, 500)).toEqual([]);
  });
});
