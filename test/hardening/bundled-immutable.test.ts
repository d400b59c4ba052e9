// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cumulativeBars, heldCaptives, renderToString, timeline } from "../../src/charts/index.js";
import { exchanges, heldClaims, officialTotals, totals, type Exchange } from "../../src/data/index.js";
import { mergeExchanges } from "../../src/schema/index.js";

// Guarantee: mutating records returned by mergeExchanges or read from `exchanges` cannot change
// totals() or any chart; a chart draws the records it was given at that call, edits included.
const RUNS = 60;
const TIMEOUT = 60_000;

const newer = { ...exchanges.at(-1)!, id: "2030-01-02", date: "2030-01-02", sequence: null, sources: [{ url: "https://example.org/swap", publisher: "Example" }] };
const baseline = { totals: totals(), timeline: renderToString(timeline, { width: 480 }), bars: renderToString(cumulativeBars, { width: 480 }), held: renderToString(heldCaptives, { width: 480 }) };
const current = () => ({ totals: totals(), timeline: renderToString(timeline, { width: 480 }), bars: renderToString(cumulativeBars, { width: 480 }), held: renderToString(heldCaptives, { width: 480 }) });

/** One edit an unwary caller might make to a record it holds. */
const edit = fc.tuple(fc.nat(), fc.constantFrom("toUkraine", "toRussia", "date", "mediators", "sources", "disputes", "id"), fc.integer({ min: 0, max: 5000 }));
function apply(records: Exchange[], [index, field, n]: [number, string, number]): void {
  const r = records[index % records.length] as unknown as Record<string, unknown>;
  if (field === "mediators") (r.mediators as string[]).push("Vatican");
  else if (field === "sources") (r.sources as { publisher: string }[])[0]!.publisher = "Edited";
  else if (field === "disputes") (r.disputes as unknown[]).push({ field: "toUkraine", value: n, claimant: "x", side: "other" });
  else if (field === "date") r.date = "1999-01-01";
  else if (field === "id") r.id = "edited";
  else r[field] = n;
}

describe("the bundled records", () => {
  it("are deeply frozen: writing to them throws and changes nothing", () => {
    expect(() => ((exchanges[0] as { toUkraine: number | null }).toUkraine = 1)).toThrow(TypeError);
    expect(() => (exchanges[0]!.mediators as string[]).push("x")).toThrow(TypeError);
    expect(() => ((heldClaims[0]!.sources[0] as { publisher: string }).publisher = "x")).toThrow(TypeError);
    expect(() => ((officialTotals as unknown as unknown[]).length = 0)).toThrow(TypeError);
    expect(current()).toEqual(baseline);
  });

  it("cannot be changed through records returned by mergeExchanges: totals() and every chart stay the same", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const merged = mergeExchanges(exchanges, [newer]);
        expect(merged.filter((r) => exchanges.includes(r))).toEqual([]);
        for (const e of edits) apply(merged, e);
        expect(current()).toEqual(baseline);
      }),
      { numRuns: RUNS, seed: 1606 },
    );
  });
});

describe("a chart draws the records it was given at that call", () => {
  it("draws a figure edited in place when renderToString is called again with the same array", () => {
    const data = exchanges.slice(0, 10).map((r) => structuredClone(r) as Exchange);
    const before = renderToString(timeline, { data, width: 480 });
    (data[3] as { toUkraine: number | null }).toUkraine = 4321;
    const after = renderToString(timeline, { data, width: 480 });
    expect(after).not.toBe(before);
    expect(after).toContain("4,321");
    expect(renderToString(cumulativeBars, { data, width: 480 })).toContain(`${(totals(data).toUkraine).toLocaleString("en-US")} to Ukraine`);
  });

  it("refuses an invalid record edited in place, or reports it in lenient mode (in the <desc>, even when plain)", () => {
    const data = exchanges.slice(0, 10).map((r) => structuredClone(r) as Exchange);
    renderToString(timeline, { data });
    (data[4] as { date: string }).date = "2024-02-30";
    expect(() => renderToString(timeline, { data })).toThrow('invalid data[4]: date: "2024-02-30" is not a calendar date');
    const svg = renderToString(timeline, { data, lenient: true, plain: true });
    expect(svg).toMatch(/<desc[^>]*>[^<]*1 record skipped: data\[4\] date: &quot;2024-02-30&quot;/);
  });

  it("reports skipped claims in held-captives' <desc> too", () => {
    const data = heldClaims.map((c) => structuredClone(c));
    (data[2] as { date: string | null }).date = "2024-13-01";
    expect(renderToString(heldCaptives, { data: data as never, lenient: true, plain: true })).toMatch(/<desc[^>]*>[^<]*skipped: data\[2\]/);
  });
});
