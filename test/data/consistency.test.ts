import { describe, expect, it } from "vitest";
import { byYear, exchanges, officialTotals } from "../../src/data/index.js";

/**
 * Ukraine's exact running totals against the sum of `toUkraine` over the records in Ukraine's
 * official count, up to each total's date. Tolerance: 3%. Officials count a little differently
 * from exchange-by-exchange reports (returns outside exchanges, foreigners, rounding).
 */
const TOLERANCE = 0.03;

/**
 * Totals from autumn 2022 that the records fall short of by more than 3%: about 30 people
 * returned between July and early October 2022 appear in no exchange report found so far
 * (README, "Known gaps"). The test pins the shortfall so that closing the gap, or widening
 * it, makes this list visibly wrong.
 */
const KNOWN_SHORTFALL = new Map([
  ["2022-09-22-sbu", [0.03, 0.06]],
  ["2022-10-02-malyar", [0.03, 0.06]],
  ["2022-10-27-malyar", [0.03, 0.06]],
] as const);

const exactRunning = officialTotals.filter(
  (t) => t.side === "ukraine" && t.scope === "running" && t.toUkraine?.qualifier === "exact" && t.toUkraine.value !== null,
);

function sumToUkraine(through: string): number {
  return exchanges.filter((r) => r.official && r.date <= through).reduce((sum, r) => sum + (r.toUkraine ?? 0), 0);
}

describe("consistency with Ukraine's exact official running totals", () => {
  it("has at least ten exact totals to compare with", () => {
    expect(exactRunning.length).toBeGreaterThanOrEqual(10);
  });

  it.each(exactRunning.map((t) => [t.id, t.toUkraine!.value!, t.date] as const))(
    "the records agree with %s (%i) within the stated tolerance",
    (id, stated, date) => {
      const sum = sumToUkraine(date);
      const shortfall = (stated - sum) / stated;
      const known = KNOWN_SHORTFALL.get(id as never);
      if (known) {
        expect(shortfall, `sum ${sum} vs ${stated}`).toBeGreaterThan(known[0]);
        expect(shortfall, `sum ${sum} vs ${stated}`).toBeLessThanOrEqual(known[1]);
      } else {
        expect(Math.abs(shortfall), `sum ${sum} vs ${stated}`).toBeLessThanOrEqual(TOLERANCE);
      }
    },
  );

  it("matches the Russian defence ministry's count of Russians returned in 2024", () => {
    const stated = officialTotals.find((t) => t.id === "2025-02-05-russian-mod");
    expect(stated?.toRussia?.text).toContain("1,266 in 2024");
    expect(byYear().find((y) => y.period === "2024")?.toRussia).toBe(1266);
  });
});
