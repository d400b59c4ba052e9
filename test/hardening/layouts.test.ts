// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cumulativeBars, heldCaptives, renderToString, timeline, type Mark, type Scene } from "../../src/charts/index.js";
import type { AnyChart } from "../../src/charts/registry.js";
import { exchanges, heldClaims, type Exchange, type HeldClaim, type Qualifier } from "../../src/data/index.js";
import { exchangeArb, markProblems } from "../charts/support/arbitraries.js";
import { claim, stated } from "../charts/held-captives/fixtures.js";

// Hardening of every chart layout over random valid data, sizes and locales. Data stays small
// (≤ 40 records) so 1,000 runs per property take a few seconds; big inputs are tested beside
// each layout (test/charts/*/properties*.test.ts).
const RUNS = 1000;
/** A thousand layouts take 1–2 s on a quiet machine and several times that on a loaded two-core CI. */
const PROPERTY_TIMEOUT = { timeout: 120_000 };
const placeholder = /NaN|undefined|Infinity|\[object/;
/** Random text the charts print, minus the words the property looks for (they could be legitimate input). */
const words = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('<img src=x onerror="window.__pwned=1">', "<script>alert(1)</script>", "Ünïcødé — «лапки»", "", " "),
).map((s) => s.replace(/NaN|undefined|Infinity|\[object/g, "x"));
const clean = <T extends { disputes: readonly { claimant: string }[] }>(r: T): T =>
  ({ ...r, disputes: r.disputes.map((d) => ({ ...d, claimant: d.claimant.replace(/NaN|undefined|Infinity|\[object/g, "x") })) });
// size "max": lengths spread over 0–40 (fast-check's default keeps most arrays under ten).
const exchangeData = fc.array(exchangeArb, { maxLength: 40, size: "max" }).map((list) => list.map((r, i) => clean({ ...r, id: `${r.date}-${i}` })));

const qualifiers: Qualifier[] = ["exact", "about", "more-than", "almost", "at-least", "unspecified"];
const day = fc.integer({ min: Date.UTC(2000, 0, 1) / 864e5, max: Date.UTC(2040, 11, 31) / 864e5 }).map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
const figure = fc.option(fc.tuple(fc.option(fc.integer({ min: 0, max: 1_000_000_000 }), { nil: null }), fc.constantFrom(...qualifiers)).map(([v, q]) => stated(v, q)), { nil: null });
const claimData = fc.array(fc.tuple(fc.option(day, { nil: null }), figure, figure, words), { maxLength: 40, size: "max" })
  .map((rows) => rows.map(([date, russia, ukraine, claimant], i) => claim(date, russia, ukraine, { id: `c${i}`, claimant })));

const size = { width: fc.integer({ min: 0, max: 5000 }), height: fc.integer({ min: 0, max: 3000 }) };
const common = {
  locale: fc.constantFrom("en", "uk", "ru"),
  dark: fc.boolean(),
  plain: fc.boolean(),
  title: fc.option(words, { nil: undefined }),
  subtitle: fc.option(words, { nil: undefined }),
  note: fc.option(words, { nil: undefined }),
  range: fc.option(fc.tuple(day, day).map(([a, b]) => (a < b ? { from: a, to: b } : { from: b, to: a })), { nil: undefined, freq: 3 }),
  pick: fc.nat(),
};

/** Every string a reader can see or hear: text marks, title, description, hint, table, focus labels and tooltips. */
function texts(scene: Scene): string[] {
  const out = [scene.title, scene.description, scene.hint, scene.table.caption, ...scene.table.columns, ...scene.table.rows.flat()];
  for (const m of scene.marks) {
    if (m.kind === "text") out.push(m.text);
    if (m.focus) out.push(m.focus.label, m.focus.tooltip.heading, ...m.focus.tooltip.rows.flat());
  }
  return out;
}

/** markProblems, plus the numbers inside path data, which it does not read. */
function problems(scene: Scene, width: number, height: number): string[] {
  const found = markProblems(scene.marks, width, height);
  for (const m of scene.marks as readonly Mark[]) {
    if (m.kind === "path" && /NaN|Infinity|undefined/.test(m.d)) found.push(`${m.key}: path ${m.d.slice(0, 40)}`);
    if (m.focus && ![m.focus.anchor.x, m.focus.anchor.y].every(Number.isFinite)) found.push(`${m.key}: focus anchor not finite`);
  }
  found.push(...texts(scene).filter((t) => placeholder.test(t)).map((t) => `text: ${t.slice(0, 60)}`));
  return found;
}

function layOut(chart: AnyChart, options: object, width: number, height: number): Scene {
  const def = chart.definition;
  return def.layout(def.normalize(options), { width, height });
}

const highlightOf = (list: readonly { id: string }[], pick: number) => (list.length > 0 && pick % 3 !== 0 ? list[pick % list.length]!.id : undefined);

describe("every chart layout over random valid data, sizes 0–5000 × 0–3000 and every locale", PROPERTY_TIMEOUT, () => {
  it("the timeline has only finite numbers, marks inside the frame and no placeholder text", () => {
    fc.assert(
      fc.property(exchangeData, size.width, size.height, fc.record(common), fc.integer({ min: 0, max: 100 }), fc.boolean(), (data, width, height, o, largest, legend) => {
        const options = { data, locale: o.locale, plain: o.plain, title: o.title, subtitle: o.subtitle, note: o.note, ...o.range, highlight: highlightOf(data, o.pick), largest, legend };
        expect(problems(layOut(timeline as AnyChart, options, width, height), width, height)).toEqual([]);
      }),
      { seed: 70701, numRuns: RUNS },
    );
  });

  it("the cumulative bars have only finite numbers, marks inside the frame and no placeholder text", { timeout: 60_000 }, () => {
    const shape = fc.record({ by: fc.constantFrom("month", "exchange", "year"), mode: fc.constantFrom("grouped", "stacked"), officialTotals: fc.boolean() });
    fc.assert(
      fc.property(exchangeData, size.width, size.height, fc.record(common), shape, (data, width, height, o, s) => {
        const options = { data, locale: o.locale, plain: o.plain, title: o.title, subtitle: o.subtitle, note: o.note, ...o.range, highlight: highlightOf(data, o.pick), ...s };
        expect(problems(layOut(cumulativeBars as AnyChart, options, width, height), width, height)).toEqual([]);
      }),
      { seed: 70702, numRuns: RUNS },
    );
  });

  it("the held-captives chart has only finite numbers, marks inside the frame and no placeholder text", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(claimData, size.width, size.height, fc.record(common), fc.constantFrom("single", "dots"), (data, width, height, o, mode) => {
        const chosen = highlightOf(data, o.pick);
        const options = { data, locale: o.locale, plain: o.plain, title: o.title, subtitle: o.subtitle, note: o.note, ...o.range, mode, claim: chosen, highlight: chosen };
        expect(problems(layOut(heldCaptives as AnyChart, options, width, height), width, height)).toEqual([]);
      }),
      { seed: 70703, numRuns: RUNS },
    );
  });

  it("the property check itself catches NaN, a mark outside the frame and placeholder text", { timeout: 60_000 }, () => {
    const scene = layOut(timeline as AnyChart, { data: exchanges.slice(0, 3) }, 640, 400);
    const broken = (patch: Partial<Mark> & { kind: Mark["kind"] }) => ({ ...scene, marks: [...scene.marks, { key: "bad", layer: "marks", ...patch } as Mark] });
    expect(problems(scene, 640, 400)).toEqual([]);
    expect(problems(broken({ kind: "circle", cx: Number.NaN, cy: 1, r: 1 } as Partial<Mark> & { kind: "circle" }), 640, 400)).not.toEqual([]);
    expect(problems(broken({ kind: "rect", x: 630, y: 0, width: 20, height: 1 } as Partial<Mark> & { kind: "rect" }), 640, 400)).not.toEqual([]);
    expect(problems(broken({ kind: "text", x: 1, y: 1, text: "undefined people", size: 11 } as Partial<Mark> & { kind: "text" }), 640, 400)).not.toEqual([]);
  });
});

describe("the bundled data, in random subsets at random widths", PROPERTY_TIMEOUT, () => {
  const charts: [string, AnyChart, readonly (Exchange | HeldClaim)[]][] = [
    ["timeline", timeline as AnyChart, exchanges],
    ["cumulative bars", cumulativeBars as AnyChart, exchanges],
    ["held captives", heldCaptives as AnyChart, heldClaims],
  ];

  it("renders 80 random subsets per chart at widths 1–1,400 via renderToString with no NaN, Infinity or undefined", { timeout: 60_000 }, () => {
    for (const [name, chart, all] of charts) {
      const subset = fc.subarray([...all]);
      fc.assert(
        fc.property(subset, fc.integer({ min: 1, max: 1400 }), fc.constantFrom("en", "uk", "ru"), (data, width, locale) => {
          const svg = renderToString(chart, { data, width, locale, ...(chart === heldCaptives && data.length % 2 === 1 ? { mode: "dots" } : {}) } as never);
          expect(svg.startsWith("<svg"), name).toBe(true);
          expect(svg, name).not.toMatch(/NaN|Infinity|undefined/);
        }),
        { seed: 80, numRuns: 80 },
      );
    }
  });

  it("renders a chart with the empty-range message for empty data", { timeout: 60_000 }, () => {
    expect(renderToString(timeline, { data: [] })).toContain("No exchanges in this range");
    expect(renderToString(cumulativeBars, { data: [] })).toContain("No exchanges in this range");
    expect(renderToString(heldCaptives, { data: [] })).toContain("No claims to show");
    expect(renderToString(timeline, { data: [], locale: "uk" })).toMatch(/^<svg[^]*У цьому проміжку обмінів не було/);
  });
});
