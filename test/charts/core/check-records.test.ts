import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../../../src/charts/core/check-records.js";

describe("isCalendarDate", () => {
  it("accepts 29 February only in leap years, counting centuries as the Gregorian calendar does", () => {
    expect(["2024-02-29", "2000-02-29", "2400-02-29"].map(isCalendarDate)).toEqual([true, true, true]);
    expect(["2023-02-29", "1900-02-29", "2100-02-29"].map(isCalendarDate)).toEqual([false, false, false]);
  });

  it("refuses impossible days and months, other spellings and non-strings", () => {
    for (const value of ["2024-02-30", "2024-04-31", "2024-00-10", "2024-13-01", "2024-01-00", "2024-1-01", " 2024-01-01", "2024-01-01T00:00", 20240101, null]) {
      expect(isCalendarDate(value), String(value)).toBe(false);
    }
    expect(["2024-01-31", "2024-12-31", "2022-03-01"].every(isCalendarDate)).toBe(true);
  });

  it("refuses years 0–99, as the Date-based check it replaced did", () => {
    expect(isCalendarDate("0099-12-31")).toBe(false);
    expect(isCalendarDate("0100-01-01")).toBe(true);
  });
});
