import { describe, expect, it } from "vitest";
import { layoutHeldCaptives } from "../../../src/charts/held-captives/layout.js";
import { normalizeHeldCaptivesOptions, type HeldCaptivesOptions } from "../../../src/charts/held-captives/options.js";
import type { CircleMark, Mark, TextMark } from "../../../src/charts/core/marks.js";
import { heldClaims } from "../../../src/data/records/held-claims.js";
import { claim, stated } from "./fixtures.js";

function scene(options: HeldCaptivesOptions = {}, width = 640, height = 448) {
  return layoutHeldCaptives(normalizeHeldCaptivesOptions({ mode: "dots", ...options }), { width, height });
}
const circle = (marks: readonly Mark[], key: string) => marks.find((m): m is CircleMark => m.kind === "circle" && m.key === key);
const texts = (marks: readonly Mark[]) => marks.filter((m): m is TextMark => m.kind === "text").map((m) => m.text);

const ladder = [
  claim("2022-01-01", stated(100), null, { id: "hundred" }),
  claim("2023-01-01", stated(1000), null, { id: "thousand" }),
  claim("2024-01-01", stated(10000, "about"), null, { id: "ten-thousand" }),
];

describe("dots mode", () => {
  it("places claims left to right by date", () => {
    const { marks } = scene({ data: ladder });
    const xs = ["hundred", "thousand", "ten-thousand"].map((id) => circle(marks, `${id}-heldByRussia`)!.cx);
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
  });

  it("puts equal ratios at equal distances on the log scale", () => {
    const { marks } = scene({ data: ladder });
    const [a, b, c] = ["hundred", "thousand", "ten-thousand"].map((id) => circle(marks, `${id}-heldByRussia`)!.cy);
    expect(a! - b!).toBeCloseTo(b! - c!, 0);
    expect(a).toBeGreaterThan(b!);
  });

  it("fills exact figures and leaves rough ones hollow, one colour per side", () => {
    const { marks } = scene();
    expect(circle(marks, "2024-06-05-putin-heldByRussia")).toMatchObject({ fill: "toUkraine" });
    expect(circle(marks, "2024-06-05-putin-heldByUkraine")).toMatchObject({ fill: "toRussia" });
    expect(circle(marks, "2026-02-14-zelensky-heldByRussia")).toMatchObject({ fill: "background", stroke: "toUkraine" });
    expect(circle(marks, "2024-06-05-putin-heldByRussia")!.cy).toBeLessThan(circle(marks, "2024-06-05-putin-heldByUkraine")!.cy);
  });

  it("draws a figure without a number as a question mark below the scale", () => {
    const { marks } = scene();
    const mark = marks.find((m) => m.key === "2025-08-24-medinsky-heldByRussia") as TextMark;
    expect(mark).toMatchObject({ kind: "text", text: "?" });
    expect(mark.focus?.id).toBe("2025-08-24-medinsky");
    const lowest = Math.max(...marks.filter((m): m is CircleMark => m.kind === "circle" && !!m.focus).map((m) => m.cy));
    expect(mark.y).toBeGreaterThan(lowest);
  });

  it("lists undated claims in the footer instead of plotting them", () => {
    const s = scene();
    const undated = heldClaims.filter((c) => c.date === null).map((c) => c.id);
    expect(s.marks.some((m) => m.focus && undated.includes(m.focus.id))).toBe(false);
    expect(undated).toEqual(["undated-military-liberation"]);
    expect(texts(s.marks).join(" ")).toMatch(/^.*1 undated claim, not plotted: Military Liberation, more than 10,000 vs not stated/);
    expect(s.table.rows).toHaveLength(heldClaims.length);
  });

  it("keeps only the claims between from and to", () => {
    const s = scene({ from: "2025-01-01", to: "2025-12-31" });
    const ids = new Set(s.marks.flatMap((m) => (m.focus ? [m.focus.id] : [])));
    expect([...ids].every((id) => id.startsWith("2025-"))).toBe(true);
    expect(ids.size).toBe(heldClaims.filter((c) => c.date?.startsWith("2025-")).length);
  });

  it("rings the highlighted claim and names it in the footer", () => {
    const s = scene({ highlight: "2024-06-05-putin" });
    expect(s.marks.filter((m) => m.key.startsWith("2024-06-05-putin-highlight"))).toHaveLength(2);
    expect(texts(s.marks)).toContain("highlighted: Vladimir Putin, June 5, 2024: 6,465 vs 1,348");
  });

  it("summarises the claims in the description, in the reader's language", () => {
    expect(scene({ data: ladder }).description).toBe(
      "3 claims from Jan 2022 to Jan 2024. Claims of captives held, by Test Claimant. These are claims by officials and media, not verified counts.",
    );
    expect(scene({ data: ladder, locale: "uk" }).description).toMatch(/^3 заяви з/);
    expect(scene({ data: ladder.slice(0, 1), locale: "ru" }).description).toMatch(/^1 заявление с/);
  });

  it("shows an empty state when no claim falls in the range", () => {
    const s = scene({ from: "2030-01-01" });
    expect(s.marks.find((m) => m.key === "empty")).toMatchObject({ text: "No claims to show" });
    expect(s.marks.some((m) => m.focus)).toBe(false);
  });
});
