import { describe, expect, it } from "vitest";
import { layoutTimeline, normalizeTimelineOptions } from "../../../src/charts/index.js";
import type { Exchange } from "../../../src/data/index.js";
import type { Mark } from "../../../src/charts/index.js";

function record(date: string, toUkraine: number | null, toRussia: number | null, extra: Partial<Exchange> = {}): Exchange {
  return {
    id: date, date, datePrecision: "day", toUkraine, toRussia, includesCivilians: null, civiliansToUkraine: null,
    mediators: [], sequence: null, official: true, agreement: null, stage: null, disputes: [], confidence: "high", note: "",
    sources: [{ url: "https://example.org/a", publisher: "Example" }], ...extra,
  };
}

const data = [
  record("2024-01-03", 200, 100, { mediators: ["UAE"] }),
  record("2024-07-17", 95, null, { disputes: [{ field: "toUkraine", value: 150, claimant: "Someone", side: "russia" }] }),
  record("2024-12-30", null, 50),
];
const layout = (options = {}, width = 800, height = 400) => layoutTimeline(normalizeTimelineOptions({ data, plain: true, legend: false, ...options }), { width, height });
const byKey = (marks: readonly Mark[], key: string) => marks.find((m) => m.key === key);

describe("layoutTimeline", () => {
  it("draws people returned to Ukraine above the baseline and to Russia below it, to one scale", () => {
    const { marks } = layout();
    const up = byKey(marks, "2024-01-03-u") as Extract<Mark, { kind: "rect" }>;
    const down = byKey(marks, "2024-01-03-r") as Extract<Mark, { kind: "rect" }>;
    const baseline = byKey(marks, "baseline") as Extract<Mark, { kind: "line" }>;
    expect(up.y + up.height).toBeCloseTo(baseline.y1, 0);
    expect(down.y).toBeCloseTo(baseline.y1, 0);
    expect(up.height / down.height).toBeCloseTo(2, 1);
    expect([up.fill, down.fill]).toEqual(["toUkraine", "toRussia"]);
  });

  it("colours bars by direction whoever mediated, and marks a named mediator with a dot under the column", () => {
    const { marks } = layout();
    expect(byKey(marks, "2024-07-17-u")).toMatchObject({ fill: "toUkraine" });
    expect(byKey(marks, "2024-01-03-mediated")).toMatchObject({ kind: "circle", fill: "muted" });
    expect(byKey(marks, "2024-07-17-mediated")).toBeUndefined();
  });

  it("draws an unreported figure as a hollow dashed stub, never as a zero bar", () => {
    const { marks } = layout();
    const unreported = byKey(marks, "2024-07-17-r") as Extract<Mark, { kind: "rect" }>;
    expect(unreported).toMatchObject({ fill: "none", stroke: "unreported", dash: "2 1.5" });
    expect(unreported.height).toBeGreaterThan(0);
  });

  it("outlines a disputed figure at the competing number", () => {
    const { marks } = layout();
    const outline = byKey(marks, "2024-07-17-dispute-0") as Extract<Mark, { kind: "rect" }>;
    const bar = byKey(marks, "2024-07-17-u") as Extract<Mark, { kind: "rect" }>;
    expect(outline.fill).toBe("none");
    expect(outline.height / bar.height).toBeCloseTo(150 / 95, 1);
  });

  it("places exchanges left to right by date", () => {
    const { marks } = layout();
    const xs = ["2024-01-03", "2024-07-17", "2024-12-30"].map((id) => (byKey(marks, `${id}-u`) as Extract<Mark, { kind: "rect" }>).x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it("makes one focusable mark per record, carrying its id", () => {
    const ids = layout().marks.filter((m) => m.focus).map((m) => m.focus!.id);
    expect(ids).toEqual(["2024-01-03", "2024-07-17", "2024-12-30"]);
  });

  it("labels the largest exchange and notes a long pause", () => {
    const long = [record("2023-01-08", 50, 50), record("2023-08-07", 22, null), record("2024-01-03", 230, 248)];
    const { marks } = layoutTimeline(normalizeTimelineOptions({ data: long, plain: true, legend: false }), { width: 900, height: 400 });
    expect(marks.find((m) => m.key === "largest-2024-01-03")).toMatchObject({ text: "230 · Jan 2024" });
    expect(marks.find((m) => m.key === "largest-2023-01-08")).toMatchObject({ text: "50 each way · Jan 2023" });
    const pause = marks.filter((m) => m.key.startsWith("pause-label-2023-08-07")).map((m) => (m as { text: string }).text);
    expect(pause.join(" ")).toBe("no exchange for 5 months");
  });

  it("emphasises the highlighted record, by id or by date", () => {
    expect(byKey(layout({ highlight: "2024-07-17" }, 900).marks, "2024-07-17-highlight")).toBeDefined();
    expect(byKey(layout({ highlight: "2024-07-17" }, 900).marks, "highlight-label")).toMatchObject({ text: "July 17, 2024: 95 to Ukraine, not reported to Russia" });
  });

  it("summarises the data in the description, in the chosen language", () => {
    expect(layout().description).toBe("3 exchanges from Jan 2024 to Dec 2024; 295 people returned to Ukraine and 150 people to Russia, as each side reported.");
    expect(layout({ locale: "uk" }).description).toContain("3 обміни");
  });

  it("shows a message instead of marks for an empty range", () => {
    const scene = layout({ from: "2025-01-01" });
    expect(scene.marks.map((m) => m.key)).toContain("empty");
    expect(scene.marks.some((m) => m.focus)).toBe(false);
  });
});

describe("agreements", () => {
  const stages = [
    record("2025-05-23", 390, 390, { agreement: "Istanbul 1000 for 1000", stage: 1 }),
    record("2025-05-24", 307, 307, { agreement: "Istanbul 1000 for 1000", stage: 2 }),
    record("2025-05-25", 303, 303, { agreement: "Istanbul 1000 for 1000", stage: 3 }),
    record("2025-06-10", 400, 400),
  ];
  const scene = layout({ data: stages }, 900);
  const rect = (key: string) => byKey(scene.marks, key) as Extract<Mark, { kind: "rect" }>;

  it("stacks the stages of an agreement carried out within a week in one column, each still its own mark", () => {
    expect(rect("2025-05-24-u").x).toBe(rect("2025-05-23-u").x);
    expect(rect("2025-05-24-u").y + rect("2025-05-24-u").height).toBeLessThan(rect("2025-05-23-u").y);
    expect(rect("2025-05-25-r").y).toBeGreaterThan(rect("2025-05-24-r").y + rect("2025-05-24-r").height);
    expect(scene.marks.filter((m) => m.focus).map((m) => m.focus!.id)).toEqual(["2025-05-23", "2025-05-24", "2025-05-25", "2025-06-10"]);
  });

  it("ranks and labels the agreement as one event, above a larger single day", () => {
    expect(byKey(scene.marks, "largest-2025-05-23")).toMatchObject({ text: "1,000 each way · Istanbul, May 2025" });
    expect(byKey(scene.marks, "largest-2025-05-24")).toBeUndefined();
    expect(byKey(layout({ data: stages, locale: "uk" }, 900).marks, "largest-2025-05-23")).toMatchObject({ text: expect.stringMatching(/^по 1\s000 з кожного боку · Стамбул, трав\. 2025$/) });
  });

  it("keeps stages weeks apart in columns of their own", () => {
    const spread = [record("2025-06-09", null, null, { agreement: "Istanbul-2", stage: 1 }), record("2025-06-30", null, null, { agreement: "Istanbul-2", stage: 2 })];
    const s = layout({ data: spread }, 900);
    expect((byKey(s.marks, "2025-06-30-u") as Extract<Mark, { kind: "rect" }>).x).toBeGreaterThan((byKey(s.marks, "2025-06-09-u") as Extract<Mark, { kind: "rect" }>).x);
  });
});

describe("labels", () => {
  it("never drops a label: one that would collide moves up a row with a leader to its column", () => {
    const close = [record("2024-01-03", 300, 300), record("2024-01-10", 290, 290), record("2024-01-17", 280, 280)];
    const { marks } = layout({ data: close, from: "2022-01-01", to: "2026-01-01" }, 640);
    const texts = ["largest-2024-01-03", "largest-2024-01-10", "largest-2024-01-17"].map((key) => byKey(marks, key) as Extract<Mark, { kind: "text" }>);
    expect(texts.every(Boolean)).toBe(true);
    expect(new Set(texts.map((t) => t.y)).size).toBe(3);
    expect(byKey(marks, "largest-2024-01-17-leader")).toMatchObject({ kind: "line", stroke: "muted" });
  });

  it("keys every encoding it uses besides direction, and only those", () => {
    const keyed = layoutTimeline(normalizeTimelineOptions({ data, plain: true }), { width: 900, height: 400 }).marks.filter((m) => m.key.startsWith("legend-label-")).map((m) => m.key);
    expect(keyed).toEqual(["legend-label-not-reported", "legend-label-other-figure", "legend-label-mediated"]);
  });

  it("sets no text under 11 px, and ticks at 12 px from 480 px up", () => {
    for (const width of [320, 640]) {
      const sizes = layoutTimeline(normalizeTimelineOptions({}), { width, height: 500 }).marks.flatMap((m) => (m.kind === "text" ? [m.size] : []));
      expect(Math.min(...sizes)).toBe(width < 480 ? 11 : 11);
      expect(sizes.filter((s) => s < 11)).toEqual([]);
    }
    const ticks = layoutTimeline(normalizeTimelineOptions({}), { width: 640, height: 500 }).marks.filter((m) => m.key.startsWith("ylabel-"));
    expect(ticks.every((m) => m.kind === "text" && m.size === 12)).toBe(true);
  });
});

describe("lenient mode", () => {
  const bad = [...data, { ...data[0]!, id: "bad-date", date: "2024-02-30" }, { ...data[0]!, id: "bad-count", toUkraine: -3 }];

  it("refuses invalid records by default, naming the first and counting the rest", () => {
    expect(() => normalizeTimelineOptions({ data: bad })).toThrow('invalid data[3]: date: "2024-02-30" is not a calendar date (YYYY-MM-DD) (and 1 more;');
  });

  it("draws the valid records and lists the skipped ones in the footer", () => {
    const o = normalizeTimelineOptions({ data: bad, lenient: true });
    expect(o.data).toHaveLength(3);
    expect(o.skipped.map((s) => [s.index, s.id])).toEqual([[3, "bad-date"], [4, "bad-count"]]);
    const scene = layoutTimeline(o, { width: 900, height: 420 });
    const footer = scene.marks.filter((m) => m.layer === "frame" && m.kind === "text").map((m) => (m as { text: string }).text).join(" ");
    expect(footer).toContain("2 records skipped: data[3] date:");
    expect(scene.marks.filter((m) => m.focus)).toHaveLength(3);
  });
});

describe("normalizeTimelineOptions", () => {
  it.each([
    [{ locale: "xx" }, 'invalid locale: "xx" (expected en, uk, ru)'],
    [{ width: -1 }, "invalid width: -1 (expected a number of pixels from 0 to 100000)"],
    [{ from: "2024-02-30" }, 'invalid from: "2024-02-30" (expected a calendar date YYYY-MM-DD from 1900 to 2199)'],
    [{ from: "2025-01-01", to: "2024-01-01" }, 'invalid from: "2025-01-01" is after to: "2024-01-01"'],
    [{ largest: 2.5 }, "invalid largest: 2.5 (expected a whole number from 0 to 100)"],
    [{ colour: "red" }, 'unknown option: "colour"'],
    [{ data: [{ id: "x" }] }, 'invalid data[0]: date: undefined is not a calendar date'],
    [{ lenient: "yes" }, 'invalid lenient: "yes" (expected true or false)'],
  ])("rejects %j with a message naming the option", (options, message) => {
    expect(() => normalizeTimelineOptions(options as never)).toThrow(message);
  });

  it("applies visible defaults", () => {
    expect(normalizeTimelineOptions({})).toMatchObject({ locale: "en", largest: 3, pauseMonths: 4, tooltip: true, animate: "auto" });
  });
});
