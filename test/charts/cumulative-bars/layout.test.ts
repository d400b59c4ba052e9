import { describe, expect, it } from "vitest";
import { layoutCumulativeBars, normalizeCumulativeBarsOptions, type CumulativeBarsOptions } from "../../../src/charts/index.js";
import { exchanges } from "../../../src/data/index.js";
import { find, record, records, totals } from "./fixtures.js";

const layout = (options: CumulativeBarsOptions = {}, width = 800, height = 400) =>
  layoutCumulativeBars(normalizeCumulativeBarsOptions({ data: records, totals, plain: true, ...options }), { width, height });

describe("layoutCumulativeBars", () => {
  it("draws one pair of bars for every month from the first to the last, the empty month included", () => {
    const { marks } = layout();
    const keys = marks.filter((m) => m.key.startsWith("bar-u-")).map((m) => m.key);
    expect(keys).toEqual(["bar-u-2024-01", "bar-u-2024-02", "bar-u-2024-03"]);
  });

  it("scales running totals to known pixel heights on a shared baseline", () => {
    const { marks } = layout();
    // plain, 800 × 400: the plot runs from y 54 to 374 and the scale from 0 to 250 (the "about 250" total).
    expect(find(marks, "grid-0", "line").y1).toBe(374);
    // To Ukraine by March: 200, of which 20 in an exchange Moscow gave no figure for (the lighter top).
    const solid = find(marks, "bar-u-2024-03", "rect");
    const light = find(marks, "bar-u1-2024-03", "rect");
    expect(light).toMatchObject({ y: 118, opacity: 0.45, fill: "toUkraine" });
    expect(light.height + solid.height).toBeCloseTo(256, 0);
    expect(solid.y).toBeCloseTo(light.y + light.height, 1);
    expect(light.height / (light.height + solid.height)).toBeCloseTo(20 / 200, 2);
    expect(find(marks, "bar-u1-2024-01", "rect").y).toBe(220.4);
    expect(find(marks, "bar-r-2024-03", "rect")).toMatchObject({ y: 220.4, height: 153.6 });
    expect(marks.some((m) => m.key === "bar-r1-2024-03")).toBe(false);
  });

  it("sets the two series side by side when grouped", () => {
    const { marks } = layout({ mode: "grouped" });
    const u = find(marks, "bar-u-2024-03", "rect");
    const r = find(marks, "bar-r-2024-03", "rect");
    expect(r.width).toBe(u.width);
    expect(r.x).toBeCloseTo(u.x + u.width + 1, 0);
    expect(u.fill).toBe("toUkraine");
    expect(r.fill).toBe("toRussia");
  });

  it("puts people returned to Russia on top of people returned to Ukraine when stacked", () => {
    const { marks } = layout({ mode: "stacked" });
    const u = find(marks, "bar-u-2024-03", "rect");
    const u1 = find(marks, "bar-u1-2024-03", "rect");
    const r = find(marks, "bar-r-2024-03", "rect");
    expect(r.x).toBe(u.x);
    expect(r.width).toBe(u.width);
    expect(r.y + r.height).toBeCloseTo(u1.y, 1);
    expect(r.height / (u.height + u1.height)).toBeCloseTo(120 / 200, 2);
    expect(u.y + u.height).toBe(374);
  });

  it("bins by exchange with one pair of bars per record, left to right", () => {
    const { marks } = layout({ by: "exchange" });
    const bars = marks.filter((m) => m.key.startsWith("bar-u-")) as { key: string; x: number }[];
    expect(bars.map((b) => b.key)).toEqual(["bar-u-2024-01-10", "bar-u-2024-01-20", "bar-u-2024-03-05"]);
    expect(bars.map((b) => b.x)).toEqual([...bars.map((b) => b.x)].sort((a, b) => a - b));
  });

  it("bins by year, and a year bar holds the year's running total", () => {
    const { marks, table } = layout({ by: "year" });
    expect(marks.filter((m) => m.key.startsWith("bar-u-")).map((m) => m.key)).toEqual(["bar-u-2024"]);
    expect(table.rows).toEqual([["2024", "200", "120", "200", "120 (1 exchange not reported)", "3", "120 (Coordination HQ, January 31, 2024); about 250 (Coordination HQ, March 10, 2024)"]]);
  });

  it("labels the last bars with the totals", () => {
    const { marks } = layout();
    expect(find(marks, "end-label-u", "text")).toMatchObject({ text: "200 to Ukraine", anchor: "end", x: 792, fill: "toUkraine" });
    expect(find(marks, "end-label-r", "text")).toMatchObject({ text: "120 to Russia", anchor: "end", fill: "toRussia" });
    expect(find(marks, "end-label-u", "text").y).toBeLessThan(find(marks, "end-label-r", "text").y);
  });

  it("marks only Kyiv's numbered running totals within the bins, hollow when approximate", () => {
    const { marks } = layout();
    const officials = marks.filter((m) => m.key.startsWith("official-") && !m.key.startsWith("official-hit-")).map((m) => m.key);
    expect(officials).toEqual(["official-exact", "official-about"]);
    expect(find(marks, "official-exact", "path")).toMatchObject({ fill: "official" });
    expect(find(marks, "official-about", "path")).toMatchObject({ fill: "background", stroke: "official" });
    const centre = /^M[\d.]+,([\d.]+)/.exec(find(marks, "official-exact", "path").d)!;
    expect(Number(centre[1]) + 4.5).toBeCloseTo(find(marks, "bar-u1-2024-01", "rect").y, 0);
  });

  it("gives each official total a focusable tooltip with claimant, worded figure, date and sources", () => {
    const marker = find(layout().marks, "official-about", "path");
    const focus = marker.focus!;
    expect(focus.id).toBe("about");
    // The pointer reaches the small diamond anywhere in a 12 px square around it.
    expect(focus.box).toMatchObject({ width: 12, height: 12 });
    expect(focus.tooltip.rows).toEqual([["Returned to Ukraine", "about 250"], ["Claimed by", "Coordination HQ"], ["Date", "March 10, 2024"]]);
    expect(focus.tooltip.sources[0]!.url).toBe("https://example.org/total/about");
    expect(focus.label).toBe("Coordination HQ, March 10, 2024: about 250 returned to Ukraine");
  });

  it("draws the bundled totals only over bars that count from the start of the war", () => {
    const bundled = (data: CumulativeBarsOptions["data"]) =>
      layoutCumulativeBars(normalizeCumulativeBarsOptions({ data, plain: true }), { width: 800, height: 400 }).marks.filter((m) => m.key.startsWith("official-"));
    expect(bundled(undefined).length).toBeGreaterThan(10);
    const from2025 = exchanges.filter((r) => r.date >= "2025-01-01");
    expect(bundled(from2025)).toEqual([]);
  });

  it("leaves official totals out when asked, or when the range cuts off earlier exchanges", () => {
    expect(layout({ officialTotals: false }).marks.some((m) => m.key.startsWith("official"))).toBe(false);
    expect(layout({ officialTotals: false }).marks.some((m) => m.key === "legend-label-official")).toBe(false);
    expect(layout({ from: "2024-02-01" }).marks.some((m) => m.key.startsWith("official"))).toBe(false);
  });

  it("makes every bar focusable with the period's last exchange, its figures and sources", () => {
    const scene = layout();
    const focusable = scene.marks.filter((m) => m.key.startsWith("bar-u-"));
    expect(focusable.map((m) => m.focus!.id)).toEqual(["2024-01-20", "2024-01-20", "2024-03-05"]);
    expect(scene.marks.filter((m) => m.key.startsWith("bar-r-") && m.focus)).toEqual([]);
    // Each period's focus box is its whole column, from the top of the plot to its axis.
    const boxes = focusable.map((m) => m.focus!.box!);
    for (const [i, box] of boxes.entries()) {
      const bar = focusable[i] as { x: number; width: number; y: number; height: number };
      expect(box.x).toBeLessThanOrEqual(bar.x);
      expect(box.x + box.width).toBeGreaterThanOrEqual(bar.x + bar.width);
      expect(box.y + box.height).toBeGreaterThanOrEqual(bar.y + bar.height);
      if (i > 0) expect(box.x).toBeCloseTo(boxes[i - 1]!.x + boxes[i - 1]!.width, 0);
    }
    const january = focusable[0]!.focus!;
    expect(january.label).toBe("Jan 2024: 120 returned to Ukraine and 50 to Russia so far");
    expect(january.tooltip.rows).toEqual([
      ["To Ukraine, total so far", "120"], ["To Russia, total so far", "50"],
      ["To Ukraine this month", "120"], ["To Russia this month", "50 (1 exchange not reported)"], ["Exchanges this month", "2"],
    ]);
    expect(january.tooltip.sources.map((s) => s.url)).toEqual(["https://example.org/2024-01-10", "https://example.org/2024-01-20"]);
    expect(focusable[1]!.focus!.tooltip.sources).toEqual([]);
  });

  it("says in the footer how many exchanges with unreported figures are not counted", () => {
    const note = (options: CumulativeBarsOptions) => layout({ plain: false, ...options }).marks.filter((m) => m.key.startsWith("frame-note")).map((m) => (m as { text: string }).text).join(" ");
    expect(note({})).toBe("1 exchange with unreported figures is not counted");
    expect(note({ locale: "uk" })).toBe("1 обмін без оприлюднених чисел не враховано");
    expect(note({ data: [...records, record("2024-04-01", null, null)], locale: "ru" })).toBe("2 обмена без опубликованных чисел не учтены");
    expect(note({ data: [record("2024-01-10", 1, 1)] })).toBe("");
  });

  it("shows the empty state for a range without exchanges, and does not throw", () => {
    const scene = layout({ from: "2030-01-01" });
    expect(find(scene.marks, "empty", "text").text).toBe("No exchanges in this range");
    expect(scene.marks.some((m) => m.key.startsWith("bar-"))).toBe(false);
    expect(scene.hint).toBe("");
    expect(layout({ data: [] }, 0, 0).marks.length).toBeGreaterThan(0);
  });

  it("describes the totals in a sentence, holds the series in a table and gives a keyboard hint", () => {
    const scene = layout();
    expect(scene.description).toBe("By March 5, 2024: 200 people returned to Ukraine and 120 people to Russia in 3 exchanges.");
    expect(scene.table.rows[1]).toEqual(["Feb 2024", "120", "50", "0", "0", "0", ""]);
    expect(scene.hint).toMatch(/arrow keys/);
    expect(layout({ locale: "uk" }).description).toBe("Станом на 5 березня 2024: в Україну повернуто 200 осіб, в Росію — 120 осіб; 3 обміни.");
  });

  it("keeps bar keys stable across widths, so updates move marks instead of replacing them", () => {
    const keys = (width: number) => layout({}, width).marks.filter((m) => m.key.startsWith("bar-")).map((m) => m.key);
    expect(keys(320)).toEqual(keys(1200));
  });

  it("outlines the period of a highlighted exchange", () => {
    const outline = find(layout({ highlight: "2024-03-05" }).marks, "highlight", "rect");
    const bar = find(layout().marks, "bar-u-2024-03", "rect");
    expect(outline.x).toBeCloseTo(bar.x - 2, 0);
    expect(outline.stroke).toBe("highlight");
  });

  it("thins period labels at 320 px to years that do not overlap", () => {
    const { marks } = layoutCumulativeBars(normalizeCumulativeBarsOptions({}), { width: 320, height: 420 });
    const labels = (marks.filter((m) => m.key.startsWith("xlabel-")) as { text: string; x: number }[]).sort((a, b) => a.x - b.x);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.every((l) => /^\d{4}$/.test(l.text))).toBe(true);
    labels.slice(1).forEach((l, i) => expect(l.x - labels[i]!.x).toBeGreaterThan(4 * 10 * 0.56));
  });
});

describe("the cumulative bars' data table", () => {
  it("lists the official totals the chart marks, in their period, with who stated them and when", () => {
    const { table } = layout();
    expect(table.columns.at(-1)).toBe("Official running total");
    expect(table.rows[0]!.at(-1)).toBe("120 (Coordination HQ, January 31, 2024)");
    expect(table.rows[2]!.at(-1)).toBe("about 250 (Coordination HQ, March 10, 2024)");
  });
});
