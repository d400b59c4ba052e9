import { describe, expect, it } from "vitest";
import { fit } from "../../../src/charts/layout/fit.js";
import type { Mark, Scene } from "../../../src/charts/core/marks.js";

const scene = (marks: Mark[], width = 100, height = 50): Scene =>
  ({ width, height, dark: false, title: "t", description: "d", hint: "h", marks, table: { caption: "", columns: [], rows: [] } }) as unknown as Scene;
const path = (d: string): Mark => ({ kind: "path", key: "p", layer: "marks", d, fill: "toUkraine" });

/** The pattern fit documents for path points, applied with a regular expression. */
function reference(d: string, w: number, h: number): boolean {
  return [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].every(([, x, y]) => Number(x) >= 0 && Number(x) <= w && Number(y) >= 0 && Number(y) <= h);
}

describe("fit", () => {
  it("returns a scene that fits as it is, without copying its marks", () => {
    const s = scene([path("M10,10L90,40Z"), { kind: "rect", key: "r", layer: "marks", x: 0, y: 0, width: 100, height: 50, fill: "grid" }]);
    expect(fit(s)).toBe(s);
  });

  it("clamps the points of a path that leaves the frame", () => {
    const s = scene([path("M-5,10L120,60")]);
    expect(fit(s).marks[0]).toMatchObject({ d: "M0,10L100,50" });
  });

  it("reads path points exactly as the documented pattern does, whatever the path data", () => {
    const parts = ["M", "L", "a", "h", "v", "Z", " ", ",", "-", ".", "0", "5", "12", "99.5", "101", "-3", "7,", ",8", "1.2.3"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 3000; i++) {
      let d = "";
      for (let k = Math.floor(next() * 14); k > 0; k--) d += parts[Math.floor(next() * parts.length)];
      const s = scene([path(d)]);
      expect(fit(s) === s, d).toBe(reference(d, 100, 50));
    }
  });
});
