import { describe, expect, it } from "vitest";
import { localeFormat } from "../../../src/charts/core/locale.js";
import { plotGeometry, tickCount } from "../../../src/charts/cumulative-bars/geometry.js";
import { normalizeCumulativeBarsOptions } from "../../../src/charts/cumulative-bars/options.js";
import { placeTotals } from "../../../src/charts/cumulative-bars/officials.js";
import { bins } from "../../../src/charts/cumulative-bars/periods.js";
import { textWidth } from "../../../src/charts/layout/text.js";
import { records, total } from "./fixtures.js";

const f = localeFormat("en");
const list = bins(records, "month");
const geometry = (mode: "grouped" | "stacked", width = 640, placed = [] as ReturnType<typeof placeTotals>) =>
  plotGeometry(normalizeCumulativeBarsOptions({ data: records, mode }), list, placed, width, 100, 300, f);

describe("plotGeometry", () => {
  it("puts zero on the plot's bottom and the tallest bar within it: the larger side grouped, both sides stacked", () => {
    const grouped = geometry("grouped");
    expect(grouped.y(0)).toBe(300);
    expect(grouped.y(200)).toBeGreaterThanOrEqual(100);
    expect(grouped.y.domain[1]).toBeLessThan(320);
    const stacked = geometry("stacked");
    expect(stacked.y.domain[1]).toBeGreaterThanOrEqual(320);
  });

  it("raises the scale to an official total above every bar", () => {
    const placed = placeTotals([total("high", "2024-03-10", 900)], list, { by: "month", from: null, to: "2024-03-31" });
    expect(placed).toHaveLength(1);
    expect(geometry("grouped", 640, placed).y.domain[1]).toBeGreaterThanOrEqual(900);
  });

  it("starts the bands right of the widest value label, at most a quarter of the width in", () => {
    const g = geometry("grouped");
    const widest = Math.max(...g.y.ticks(tickCount(g)).map((v) => textWidth(f.number(v), 12)));
    expect(g.left).toBeCloseTo(Math.min(widest + 8, 160), 6);
    expect(g.x("2024-01")).toBeGreaterThan(g.left);
    expect(g.right).toBe(632);
    expect(geometry("grouped", 40).left).toBe(10);
  });

  it("keeps at least 10 px of plot when the box is too short", () => {
    const g = plotGeometry(normalizeCumulativeBarsOptions({ data: records }), list, [], 640, 100, 50, f);
    expect(g.bottom).toBe(110);
  });
});

describe("tickCount", () => {
  it("gives one tick per 45 px of plot, from 2 to 6", () => {
    expect(tickCount({ top: 100, bottom: 300 })).toBe(4);
    expect(tickCount({ top: 0, bottom: 10 })).toBe(2);
    expect(tickCount({ top: 0, bottom: 2000 })).toBe(6);
  });
});
