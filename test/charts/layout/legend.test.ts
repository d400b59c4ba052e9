import { describe, expect, it } from "vitest";
import type { Mark } from "../../../src/charts/core/marks.js";
import { legend } from "../../../src/charts/layout/legend.js";
import { textWidth } from "../../../src/charts/layout/text.js";

const swatch = (key: string) => (x: number, y: number): Mark[] => [{ kind: "rect", key, layer: "frame", x, y, width: 10, height: 10 }];
const labels = (marks: readonly Mark[]) => marks.flatMap((m) => (m.kind === "text" ? [{ text: m.text, x: m.x, y: m.y, fill: m.fill }] : []));

describe("legend", () => {
  it("takes no room without entries", () => {
    expect(legend([], { left: 8, top: 40, width: 300 })).toEqual({ marks: [], height: 0 });
  });

  it("sets entries in a row, each label right of its swatch", () => {
    const { marks, height } = legend([{ key: "a", label: "Alpha", symbol: swatch("a") }, { key: "b", label: "Beta", symbol: swatch("b") }], { left: 8, top: 40, width: 600 });
    const [a, b] = labels(marks);
    expect(a).toMatchObject({ text: "Alpha", x: 22, y: 50 });
    expect(b!.x).toBeCloseTo(8 + 14 + textWidth("Alpha", 11) + 12 + 14, 0);
    expect(b!.y).toBe(50);
    expect(height).toBe(14);
  });

  it("wraps an entry that would pass the width to a new row, and counts the row", () => {
    const width = 14 + textWidth("Alpha", 11) + 20; // room for one entry only
    const { marks, height } = legend([{ key: "a", label: "Alpha", symbol: swatch("a") }, { key: "b", label: "Alpha", symbol: swatch("b") }], { left: 0, top: 0, width });
    expect(labels(marks).map((l) => [l.x, l.y])).toEqual([[14, 10], [14, 26]]);
    expect(height).toBe(30);
  });

  it("draws a label without a swatch as a muted note", () => {
    const [note] = labels(legend([{ key: "scale", label: "(log scale)" }], { left: 8, top: 0, width: 300 }).marks);
    expect(note).toMatchObject({ x: 8, fill: "muted" });
  });
});
