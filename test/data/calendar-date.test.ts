import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FIRST_YEAR, LAST_YEAR, isCalendarDate } from "../../src/data/calendar-date.js";
import { safeParseExchanges } from "../../src/schema/index.js";
import { timeline } from "../../src/charts/index.js";
import { exchanges } from "../../src/data/index.js";

describe("isCalendarDate: the one calendar-date rule", () => {
  it("accepts 29 February only in leap years, counting centuries as the Gregorian calendar does", () => {
    expect(["2024-02-29", "2000-02-29"].map(isCalendarDate)).toEqual([true, true]);
    expect(["2023-02-29", "1900-02-29", "2100-02-29"].map(isCalendarDate)).toEqual([false, false, false]);
  });

  it("refuses impossible days and months, other spellings and non-strings", () => {
    for (const value of ["2024-02-30", "2024-0a-10", "2024/01/01", "2024-01-011", "２０２４-01-01", "2024-01-01\n", "2024-04-31", "2024-00-10", "2024-13-01", "2024-01-00", "2024-1-01", " 2024-01-01", "2024-01-01T00:00", 20240101, null]) {
      expect(isCalendarDate(value), String(value)).toBe(false);
    }
    expect(["2024-01-31", "2024-12-31", "2022-03-01"].every(isCalendarDate)).toBe(true);
  });

  it("accepts years 1900 to 2199 only, as the schema documents", () => {
    expect([FIRST_YEAR, LAST_YEAR]).toEqual([1900, 2199]);
    expect(["1900-01-01", "2199-12-31"].map(isCalendarDate)).toEqual([true, true]);
    expect(["1899-12-31", "2200-01-01", "0100-01-01", "9999-12-31", "2500-01-01"].map(isCalendarDate)).toEqual([false, false, false, false, false]);
  });

  it("agrees with Date.UTC on every day of years 1896–2203", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1896, max: 2203 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const iso = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const date = new Date(Date.UTC(y, m - 1, d));
        const real = m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        expect(isCalendarDate(iso)).toBe(real && y >= 1900 && y <= 2199);
      }),
      { numRuns: 500, seed: 16 },
    );
  });

  it("gives a record dated 2500-01-01 the same verdict from the schema and from a chart", () => {
    const record = { ...exchanges[0]!, date: "2500-01-01", id: "2500-01-01" };
    expect(safeParseExchanges([record]).ok).toBe(false);
    expect(() => timeline.definition.normalize({ data: [record] })).toThrow(/date: "2500-01-01" is not a calendar date/);
    expect(() => timeline.definition.normalize({ from: "2500-01-01" })).toThrow(/invalid from/);
  });
});
