import { describe, expect, it } from "vitest";
import { localeFormat } from "../../../src/charts/core/locale.js";
import { valueAxis, valueLabelWidth } from "../../../src/charts/layout/value-axis.js";
import { textWidth } from "../../../src/charts/layout/text.js";

describe("valueAxis", () => {
  const marks = valueAxis([{ key: "0", value: 0, y: 300, axis: true }, { key: "4000", value: 4000, y: 100.04 }], localeFormat("uk"), { left: 40, right: 600, size: 12 });

  it("draws a gridline across the plot per tick, the zero line as an axis", () => {
    const lines = marks.filter((m) => m.kind === "line");
    expect(lines).toMatchObject([{ key: "grid-0", x1: 40, x2: 600, y1: 300, y2: 300, stroke: "axis" }, { key: "grid-4000", y1: 100, stroke: "grid" }]);
  });

  it("writes each value in the chart's language, right-aligned left of the plot", () => {
    const labels = marks.filter((m) => m.kind === "text");
    expect(labels).toMatchObject([{ key: "ylabel-0", text: "0", x: 36, anchor: "end" }, { key: "ylabel-4000", text: localeFormat("uk").number(4000), anchor: "end" }]);
  });

  it("measures the widest label", () => {
    const f = localeFormat("en");
    expect(valueLabelWidth([0, 500, 12000], f, 12)).toBe(textWidth("12,000", 12));
    expect(valueLabelWidth([], f, 12)).toBe(0);
  });
});
