import { describe, expect, it } from "vitest";
import { batchMarks, batchPath, interpolateMark, markOutline, pathData } from "../../../../src/charts/render/dom/batch.js";
import type { Focus, Mark } from "../../../../src/charts/core/marks.js";

const focus = { id: "r1", label: "r1", tooltip: { heading: "r1", rows: [], sources: [] }, anchor: { x: 0, y: 0 } } satisfies Focus;
const rect = (key: string, x: number, extra: Partial<Mark> = {}): Mark => ({ kind: "rect", key, layer: "marks", x, y: 10, width: 4, height: 20, fill: "toUkraine", ...extra }) as Mark;

describe("batchMarks", () => {
  it("keeps text as single marks and batches the rest by paint, focusable or not", () => {
    const marks: Mark[] = [
      rect("a", 0, { focus }),
      rect("b", 5),
      rect("c", 10, { fill: "toRussia" }),
      rect("d", 15),
      { kind: "text", key: "t", layer: "marks", x: 0, y: 0, text: "label", size: 11 },
    ];
    const { single, batches } = batchMarks("marks/rect", marks);
    expect(single.map((m) => m.key)).toEqual(["t"]);
    expect(batches.map((b) => b.marks.map((m) => m.key))).toEqual([["a", "b", "d"], ["c"]]);
    expect(new Set(batches.map((b) => b.key)).size).toBe(2);
  });

  it("leaves out invisible marks, which only carry a focus", () => {
    const { single, batches } = batchMarks("annotations/rect", [rect("hit", 0, { opacity: 0, focus }), rect("seen", 5, { opacity: 0.5 })]);
    expect(single).toEqual([]);
    expect(batches.map((b) => b.marks.map((m) => m.key))).toEqual([["seen"]]);
  });

  it("separates marks whose stroke, dash or opacity differ", () => {
    const marks = [rect("a", 0), rect("b", 5, { opacity: 0.5 }), rect("c", 10, { dash: "2 2" }), rect("d", 15, { stroke: "text", strokeWidth: 1 })];
    expect(batchMarks("marks/rect", marks).batches).toHaveLength(4);
  });
});

describe("batchPath", () => {
  it("draws every mark as a subpath painted like the batch", () => {
    const path = batchPath({ key: "k", marks: [rect("a", 0, { opacity: 0.55 }), rect("b", 5, { opacity: 0.55 })] });
    expect(path).toMatchObject({ kind: "path", key: "k", layer: "marks", fill: "toUkraine", opacity: 0.55 });
    expect(path.d).toBe("M0,10h4v20h-4ZM5,10h4v20h-4Z");
  });

  it("does not give the batch the focus of its first mark", () => {
    const path = batchPath({ key: "k", marks: [rect("a", 0, { focus }), rect("b", 5)] });
    expect(path).not.toHaveProperty("focus");
  });

  it("leaves batched lines unfilled, as a line element is", () => {
    const line: Mark = { kind: "line", key: "l", layer: "grid", x1: 0, y1: 5, x2: 100, y2: 5, stroke: "grid" };
    expect(batchPath({ key: "k", marks: [line] })).toMatchObject({ fill: "none", stroke: "grid", d: "M0,5L100,5" });
  });
});

describe("markOutline", () => {
  it("draws a circle as two arcs", () => {
    expect(markOutline({ kind: "circle", key: "c", layer: "marks", cx: 10, cy: 10, r: 3 })).toBe("M7,10a3,3 0 1 0 6,0a3,3 0 1 0 -6,0Z");
  });

  it("draws nothing for shapes SVG would not render", () => {
    expect(markOutline(rect("a", 0, { width: 0 }))).toBe("");
    expect(markOutline(rect("a", 0, { height: -1 }))).toBe("");
    expect(markOutline({ kind: "circle", key: "c", layer: "marks", cx: 1, cy: 1, r: 0 })).toBe("");
    expect(pathData([rect("a", 0, { width: 0 }), rect("b", 5)])).toBe("M5,10h4v20h-4Z");
  });
});

describe("interpolateMark", () => {
  it("moves only the geometry, rounded to 0.1 px", () => {
    const from = rect("a", 0), to = rect("a", 10, { height: 40 });
    expect(interpolateMark(from, to, 0)).toMatchObject({ x: 0, height: 20, fill: "toUkraine" });
    expect(interpolateMark(from, to, 0.333)).toMatchObject({ x: 3.3, height: 26.7 });
    expect(interpolateMark(from, to, 1)).toEqual(to);
  });

  it("jumps to the new mark when the kind changed", () => {
    const line: Mark = { kind: "line", key: "a", layer: "marks", x1: 0, y1: 0, x2: 1, y2: 1 };
    expect(interpolateMark(line, rect("a", 3), 0.5)).toEqual(rect("a", 3));
  });
});
