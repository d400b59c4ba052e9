import { describe, expect, it } from "vitest";
import { markAtPointer } from "../../../../src/charts/render/dom/interaction.js";
import type { Focus, Mark } from "../../../../src/charts/core/marks.js";

const focus = (id: string, x: number, y: number, box?: Focus["box"]): Focus => ({
  id, label: id, tooltip: { heading: id, rows: [], sources: [] }, anchor: { x, y }, ...(box ? { box } : {}),
});
const bar = (id: string, x: number, height = 40): Mark => ({ kind: "rect", key: id, layer: "marks", x, y: 100 - height, width: 4, height, fill: "toUkraine", focus: focus(id, x + 2, 100 - height) });

describe("markAtPointer", () => {
  const bars = [bar("a", 10), bar("b", 20), bar("c", 60)];

  it("finds the mark under the pointer", () => {
    expect(markAtPointer({ x: 21, y: 80 }, bars)).toBe(1);
    expect(markAtPointer({ x: 62, y: 99 }, bars)).toBe(2);
  });

  it("falls back to the nearest anchor, mostly by x, within reach", () => {
    expect(markAtPointer({ x: 16, y: 40 }, bars)).toBe(0);
    expect(markAtPointer({ x: 19, y: 40 }, bars)).toBe(1);
    expect(markAtPointer({ x: 40, y: 40 }, bars, 24)).toBe(1);
  });

  it("finds nothing when no anchor is within reach", () => {
    expect(markAtPointer({ x: 200, y: 50 }, bars)).toBe(-1);
    expect(markAtPointer({ x: 5, y: 5 }, [])).toBe(-1);
  });

  it("uses a focus box larger than the mark, and prefers the topmost of overlapping boxes", () => {
    const column: Mark = { kind: "rect", key: "col", layer: "annotations", x: 0, y: 0, width: 50, height: 100, fill: "background", opacity: 0, focus: focus("col", 25, 0, { x: 0, y: 0, width: 50, height: 100 }) };
    const marker: Mark = { kind: "path", key: "m", layer: "annotations", d: "M10,10L14,14", fill: "official", focus: focus("m", 12, 12, { x: 8, y: 8, width: 8, height: 8 }) };
    expect(markAtPointer({ x: 40, y: 90 }, [column, marker])).toBe(0);
    expect(markAtPointer({ x: 12, y: 12 }, [column, marker])).toBe(1);
  });
});
