import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutCumulativeBars, normalizeCumulativeBarsOptions, type Mark, type Scene } from "../../../src/charts/index.js";
import type { Exchange } from "../../../src/data/index.js";
import { record, total } from "./fixtures.js";

const day = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2027, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
const figure = fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null, freq: 4 });
const recordsArb = fc.array(fc.tuple(day, figure, figure), { maxLength: 60 }).map((rows) => rows.map(([date, u, r], i) => record(date, u, r, { id: `r${i}` })));
const totalsArb = fc.array(fc.tuple(day, fc.integer({ min: 0, max: 100_000 }), fc.constantFrom("exact", "about", "more-than") as fc.Arbitrary<"exact" | "about" | "more-than">), { maxLength: 8 })
  .map((rows) => rows.map(([date, value, q], i) => total(`t${i}`, date, value, {}, q)));

const numbers = (m: Mark): number[] => {
  const own = Object.values(m).filter((v): v is number => typeof v === "number");
  const path = m.kind === "path" ? (m.d.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number) : [];
  return [...own, ...path, ...(m.focus ? [m.focus.anchor.x, m.focus.anchor.y] : [])];
};

function expectInside(scene: Scene): void {
  const { width: w, height: h } = scene;
  const within = (x: number, y: number) => x >= 0 && x <= w && y >= 0 && y <= h;
  for (const m of scene.marks) {
    expect(numbers(m).every(Number.isFinite), m.key).toBe(true);
    const ok =
      m.kind === "rect" ? within(m.x, m.y) && within(m.x + m.width, m.y + m.height) && m.width >= 0 && m.height >= 0
      : m.kind === "line" ? within(m.x1, m.y1) && within(m.x2, m.y2)
      : m.kind === "circle" ? within(m.cx - m.r, m.cy - m.r) && within(m.cx + m.r, m.cy + m.r)
      : m.kind === "text" ? within(m.x, m.y)
      : [...m.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].every(([, x, y]) => within(Number(x), Number(y)));
    expect(ok, `${m.key} is outside ${w}×${h}`).toBe(true);
    if (m.focus) expect(within(m.focus.anchor.x, m.focus.anchor.y), m.key).toBe(true);
  }
  expect(JSON.stringify(scene)).not.toMatch(/NaN|Infinity|undefined/);
}

const layout = (data: readonly Exchange[], width: number, height: number, extra: object = {}) =>
  layoutCumulativeBars(normalizeCumulativeBarsOptions({ data, ...extra }), { width, height });

describe("layoutCumulativeBars for any valid input", () => {
  it("yields finite numbers and keeps every mark inside the box, for any records, options and size", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        recordsArb, totalsArb,
        fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 3000 }),
        fc.record({
          by: fc.constantFrom("month", "exchange", "year"),
          mode: fc.constantFrom("grouped", "stacked"),
          locale: fc.constantFrom("en", "uk", "ru"),
          plain: fc.boolean(),
          officialTotals: fc.boolean(),
        }),
        (data, totals, width, height, options) => expectInside(layout(data, width, height, { ...options, totals })),
      ),
      { seed: 20240717, numRuns: 300 },
    );
  });

  it.each([
    ["no records", []],
    ["one record", [record("2024-07-17", 95, 95)]],
    ["only unreported figures", [record("2022-03-24", null, null), record("2023-01-08", null, null, { id: "b" })]],
    ["only zero figures", [record("2022-03-24", 0, 0)]],
  ])("stays finite and inside the box with %s at widths 0 to 5000", (_, data) => {
    for (const width of [0, 1, 7, 40, 320, 640, 5000]) {
      for (const height of [0, 3, 60, 420]) {
        for (const by of ["month", "exchange", "year"] as const) expectInside(layout(data as Exchange[], width, height, { by }));
      }
    }
  });

  it("lays out 10,000 records by exchange, month and year without NaN or stray marks", { timeout: 30_000 }, () => {
    const start = Date.UTC(2022, 1, 24);
    const data = Array.from({ length: 10_000 }, (_, i) =>
      record(new Date(start + Math.floor(i / 7) * 86_400_000).toISOString().slice(0, 10), i % 13 === 0 ? null : (i * 37) % 500, i % 17 === 0 ? null : (i * 53) % 400, { id: `x${i}` }));
    for (const by of ["exchange", "month", "year"] as const) {
      for (const width of [320, 5000]) expectInside(layout(data, width, 420, { by, mode: by === "month" ? "stacked" : "grouped" }));
    }
  });
});
