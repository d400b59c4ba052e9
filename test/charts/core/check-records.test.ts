import { describe, expect, it } from "vitest";
import { oncePerArray, isCalendarDate, partitionExchanges } from "../../../src/charts/core/check-records.js";
import { checkClaims } from "../../../src/charts/held-captives/claims.js";
import { exchanges, heldClaims } from "../../../src/data/index.js";

describe("isCalendarDate", () => {
  it("accepts 29 February only in leap years, counting centuries as the Gregorian calendar does", () => {
    expect(["2024-02-29", "2000-02-29", "2400-02-29"].map(isCalendarDate)).toEqual([true, true, true]);
    expect(["2023-02-29", "1900-02-29", "2100-02-29"].map(isCalendarDate)).toEqual([false, false, false]);
  });

  it("refuses impossible days and months, other spellings and non-strings", () => {
    for (const value of ["2024-02-30", "2024-0a-10", "2024/01/01", "2024-01-011", "２０２４-01-01", "2024-01-01\n", "2024-04-31", "2024-00-10", "2024-13-01", "2024-01-00", "2024-1-01", " 2024-01-01", "2024-01-01T00:00", 20240101, null]) {
      expect(isCalendarDate(value), String(value)).toBe(false);
    }
    expect(["2024-01-31", "2024-12-31", "2022-03-01"].every(isCalendarDate)).toBe(true);
  });

  it("refuses years 0–99, as the Date-based check it replaced did", () => {
    expect(isCalendarDate("0099-12-31")).toBe(false);
    expect(isCalendarDate("0100-01-01")).toBe(true);
  });
});

describe("oncePerArray", () => {
  it("checks an array once, and again when its length changed", () => {
    let calls = 0;
    const check = oncePerArray((list) => (calls++, list.length));
    const list = [1, 2];
    expect([check(list), check(list)]).toEqual([2, 2]);
    expect(calls).toBe(1);
    list.push(3);
    expect(check(list)).toBe(3);
    expect(check([1, 2])).toBe(2);
    expect(calls).toBe(3);
  });
});

describe("partitionExchanges", () => {
  it("reports a hole in a sparse list as a skipped record rather than dropping it", () => {
    const sparse = [exchanges[0], , exchanges[1]] as unknown[];
    const { records, skipped } = partitionExchanges(sparse);
    expect(records).toHaveLength(2);
    expect(skipped).toEqual([{ index: 1, id: null, reason: "undefined is not a record" }]);
  });
});

describe("checkClaims on an array it has checked before", () => {
  it("still throws in strict mode and still lists the bad claim in lenient mode", () => {
    const list = [heldClaims[0], { ...heldClaims[1], date: "2024-02-30" }];
    expect(checkClaims(list, true).skipped).toEqual([{ index: 1, id: heldClaims[1]!.id, reason: 'date: "2024-02-30" (expected a calendar date YYYY-MM-DD or null)' }]);
    expect(() => checkClaims(list)).toThrow('invalid data[1].date: "2024-02-30" (expected a calendar date YYYY-MM-DD or null)');
    expect(() => checkClaims([42])).toThrow("invalid data[0]: 42 (expected a claim object)");
    expect(checkClaims(heldClaims).claims).toBe(heldClaims);
  });
});
