import { describe, expect, it } from "vitest";
import { band, linear } from "../../../src/charts/layout/scales.js";
import { maxOf, nice, ticks, tickStep } from "../../../src/charts/layout/ticks.js";
import { monthStart, nextMonthStart, utcMs, yearTicks } from "../../../src/charts/layout/time.js";

describe("linear", () => {
  it("maps the domain onto the range and back", () => {
    const y = linear([0, 400], [0, 200]);
    expect([y(0), y(100), y(400)]).toEqual([0, 50, 200]);
    expect(y.invert(50)).toBe(100);
  });

  it("widens the domain to round ticks with nice", () => {
    const y = linear([0, 390], [0, 100], { nice: 5 });
    expect(y.domain).toEqual([0, 400]);
    expect(y.ticks(4)).toEqual([0, 100, 200, 300, 400]);
  });

  it("maps an empty domain to the middle of the range instead of NaN", () => {
    expect(linear([5, 5], [0, 10])(5)).toBe(5);
  });
});

describe("calendar helpers", () => {
  it("work in UTC whatever the time zone", () => {
    expect(utcMs("2024-07-17")).toBe(Date.UTC(2024, 6, 17));
    expect(monthStart("2024-07-17")).toBe(Date.UTC(2024, 6, 1));
    expect(nextMonthStart("2024-12-30")).toBe(Date.UTC(2025, 0, 1));
  });

  it("list New Year's days inside a range, every step years", () => {
    expect(yearTicks(utcMs("2022-03-01"), utcMs("2024-06-01"))).toEqual([Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)]);
    expect(yearTicks(utcMs("2022-01-01"), utcMs("2026-06-01"), 2)).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)]);
  });
});

describe("band", () => {
  it("splits a range into equal bands with inner and outer padding", () => {
    const x = band(["a", "b"], [0, 100], { inner: 0.2, outer: 0.1 });
    expect(x.step()).toBeCloseTo(50);
    expect(x.bandwidth()).toBeCloseTo(40);
    expect(x("a")).toBeCloseTo(5);
    expect(x("b")).toBeCloseTo(55);
    expect(x("c")).toBeUndefined();
  });

  it("gives no bands, not NaN, for no keys", () => {
    const x = band([], [0, 100]);
    expect([x.step(), x.bandwidth()]).toEqual([0, 0]);
  });
});

describe("ticks and nice", () => {
  it("step by 1, 2 or 5 times a power of ten", () => {
    expect(tickStep(0, 390, 4)).toBe(100);
    expect(tickStep(0, 10, 4)).toBe(2);
    expect(tickStep(0, 6465, 5)).toBe(1000);
    expect(tickStep(0, 1, 5)).toBe(0.2);
  });

  it("list round values inside the range, without floating-point noise", () => {
    expect(ticks(0, 400, 4)).toEqual([0, 100, 200, 300, 400]);
    expect(ticks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(0.1, 0.35, 3)).toEqual([0.1, 0.2, 0.3]);
    expect(ticks(5, 5, 4)).toEqual([5]);
  });

  it("widen a domain outward to round ends", () => {
    expect(nice(0, 390, 4)).toEqual([0, 400]);
    expect(nice(3, 97, 5)).toEqual([0, 100]);
    expect(nice(0, 0, 5)).toEqual([0, 0]);
  });

  it("take the largest value, ignoring NaN, or undefined for none", () => {
    expect(maxOf([3, NaN, 7, 1], (v) => v)).toBe(7);
    expect(maxOf([], (v: number) => v)).toBeUndefined();
  });
});
