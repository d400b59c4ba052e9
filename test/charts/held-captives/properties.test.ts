import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markProblems } from "../support/arbitraries.js";
import { layoutHeldCaptives } from "../../../src/charts/held-captives/layout.js";
import { normalizeHeldCaptivesOptions } from "../../../src/charts/held-captives/options.js";
import type { Scene } from "../../../src/charts/core/marks.js";
import type { HeldClaim, Qualifier } from "../../../src/data/types.js";
import { claim, stated } from "./fixtures.js";

const qualifiers: Qualifier[] = ["exact", "about", "more-than", "almost", "at-least", "unspecified"];
const day = fc.integer({ min: Date.UTC(1990, 0, 1) / 864e5, max: Date.UTC(2040, 11, 31) / 864e5 }).map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
const figure = fc.option(
  fc.tuple(fc.option(fc.integer({ min: 0, max: 1_000_000_000 }), { nil: null }), fc.constantFrom(...qualifiers)).map(([value, q]) => stated(value, q)),
  { nil: null },
);
const claimsArb = fc.array(fc.tuple(fc.option(day, { nil: null }), figure, figure, fc.string({ maxLength: 60 })), { maxLength: 40 })
  .map((rows) => rows.map(([date, russia, ukraine, claimant], i) => claim(date, russia, ukraine, { id: `c${i}`, claimant })));
const allNull = fc.array(fc.option(day, { nil: null }), { minLength: 1, maxLength: 8 })
  .map((dates) => dates.map((date, i) => claim(date, stated(null), i % 2 ? null : stated(null), { id: `n${i}` })));

/** Every number finite, every mark within the chart, no placeholder text. */
function expectSound(s: Scene): void {
  const problems: string[] = [];
  for (const m of s.marks) {
    for (const [name, value] of Object.entries(m)) {
      if (typeof value === "number" && !Number.isFinite(value)) problems.push(`${m.key}.${name} = ${value}`);
    }
    if (m.kind === "text" && /NaN|undefined|Infinity|\[object/.test(m.text)) problems.push(`${m.key}: ${m.text}`);
  }
  if (/NaN|undefined|Infinity/.test(s.description)) problems.push(`description: ${s.description}`);
  problems.push(...markProblems(s.marks, s.width, s.height));
  expect(problems).toEqual([]);
}

function focusCount(s: Scene): number {
  return s.marks.filter((m) => m.focus).length;
}

function expectedFocus(data: readonly HeldClaim[], mode: "single" | "dots"): number {
  if (data.length === 0) return 0;
  if (mode === "single") return 2;
  return data.filter((c) => c.date !== null).reduce((n, c) => n + (c.heldByRussia ? 1 : 0) + (c.heldByUkraine ? 1 : 0), 0);
}

function layout(data: readonly HeldClaim[], extra: object, width: number, height: number): Scene {
  return layoutHeldCaptives(normalizeHeldCaptivesOptions({ data, ...extra }), { width, height });
}

describe("held-captives layout, for any valid input", () => {
  it("yields only finite numbers and marks inside the chart", { timeout: 60_000 }, () => {
    const options = fc.record({
      mode: fc.constantFrom("single", "dots") as fc.Arbitrary<"single" | "dots">,
      locale: fc.constantFrom("en", "uk", "ru") as fc.Arbitrary<"en" | "uk" | "ru">,
      plain: fc.boolean(),
      range: fc.option(fc.tuple(day, day).map(([a, b]) => (a < b ? { from: a, to: b } : { from: b, to: a })), { nil: null }),
    });
    fc.assert(
      fc.property(fc.oneof(claimsArb, allNull), options, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 3000 }), fc.nat(), (data, o, width, height, pick) => {
        const chosen = data.length > 0 ? { claim: data[pick % data.length]!.id, highlight: data[pick % data.length]!.id } : {};
        expectSound(layout(data, { mode: o.mode, locale: o.locale, plain: o.plain, ...(o.range ?? {}), ...chosen }, width, height));
        const plain = layout(data, { mode: o.mode, locale: o.locale }, width, height);
        expectSound(plain);
        // Dropping what does not fit must not hide claims at a usable size.
        if (width >= 320 && height >= 440) expect(focusCount(plain)).toBe(expectedFocus(data, o.mode));
      }),
      { seed: 20240605, numRuns: 300 },
    );
  });

  it("handles no claims, one claim and claims without any number", { timeout: 60_000 }, () => {
    for (const width of [0, 1, 320, 640, 5000]) {
      for (const mode of ["single", "dots"] as const) {
        expectSound(layout([], { mode }, width, 440));
        expectSound(layout([claim("2024-01-01", stated(0), stated(1))], { mode }, width, 440));
        expectSound(layout([claim("2024-01-01", stated(null), stated(null)), claim(null, stated(null), null, { id: "u" })], { mode }, width, 440));
      }
    }
  });

  // No wall-clock assertion: on a loaded 2-core machine it flakes; speed is measured by `npm run bench`.
  it("lays out 10,000 claims soundly", { timeout: 30_000 }, () => {
    const data = Array.from({ length: 10_000 }, (_, i) =>
      claim(new Date(Date.UTC(2022, 0, 1) + (i % 1500) * 864e5).toISOString().slice(0, 10), stated((i * 7919) % 50_000, i % 3 ? "exact" : "about"), i % 5 ? stated(i) : null, { id: `many-${i}` }),
    );
    for (const mode of ["single", "dots"] as const) {
      for (const width of [320, 640]) expectSound(layout(data, { mode, highlight: "many-42" }, width, 440));
    }
  });
});
