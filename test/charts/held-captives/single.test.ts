import { describe, expect, it } from "vitest";
import { layoutHeldCaptives } from "../../../src/charts/held-captives/layout.js";
import { normalizeHeldCaptivesOptions, type HeldCaptivesOptions } from "../../../src/charts/held-captives/options.js";
import type { Mark, RectMark, TextMark } from "../../../src/charts/core/marks.js";

function scene(options: HeldCaptivesOptions = {}, width = 640, height = 448) {
  return layoutHeldCaptives(normalizeHeldCaptivesOptions({ mode: "single", ...options }), { width, height });
}
const find = (marks: readonly Mark[], key: string) => marks.find((m) => m.key === key);
const texts = (marks: readonly Mark[]) => marks.filter((m): m is TextMark => m.kind === "text").map((m) => m.text);

describe("single mode", () => {
  it("draws Putin's claim by default with bars in proportion to 6,465 and 1,348", () => {
    const { marks } = scene();
    const russia = find(marks, "bar-heldByRussia") as RectMark;
    const ukraine = find(marks, "bar-heldByUkraine") as RectMark;
    expect(russia.x).toBe(ukraine.x);
    expect(russia.width / ukraine.width).toBeCloseTo(6465 / 1348, 1);
    expect(russia.fill).toBe("toUkraine");
    expect(ukraine.fill).toBe("toRussia");
    expect(texts(marks)).toContain("Vladimir Putin, June 5, 2024: 6,465 vs 1,348");
    expect((find(marks, "value-heldByRussia") as TextMark).text).toBe("6,465");
  });

  it("keeps the bars' labels to the right of the bars and inside the chart", () => {
    for (const width of [320, 640, 1200]) {
      const { marks } = scene({}, width);
      const bar = find(marks, "bar-heldByRussia") as RectMark;
      const label = find(marks, "value-heldByRussia") as TextMark;
      expect(label.x).toBeGreaterThan(bar.x + bar.width);
      expect(label.x + label.text.length * 13 * 0.6).toBeLessThanOrEqual(width);
    }
  });

  it("labels figures with their qualifier words and draws rough ones dashed", () => {
    const { marks } = scene({ claim: "2026-02-14-zelensky" });
    expect((find(marks, "value-heldByRussia") as TextMark).text).toBe("about 7,000");
    expect((find(marks, "value-heldByUkraine") as TextMark).text).toBe("more than 4,000");
    expect((find(marks, "bar-heldByRussia-outline") as RectMark).dash).toBe("5 3");
    expect(texts(marks).join(" ")).toContain("Dashed outline");
  });

  it("words qualifiers in Ukrainian and Russian", () => {
    expect((find(scene({ claim: "zelensky", locale: "uk" }).marks, "value-heldByRussia") as TextMark).text).toMatch(/^близько 7\s000$/);
    expect((find(scene({ claim: "zelensky", locale: "ru" }).marks, "value-heldByUkraine") as TextMark).text).toMatch(/^более 4\s000$/);
    expect((find(scene({ claim: "2025-05-23", locale: "ru" }).marks, "value-heldByRussia") as TextMark).text).toMatch(/^почти 10\s000$/);
  });

  it("draws a figure without a number as text only, never as a zero bar", () => {
    const { marks } = scene({ claim: "medinsky" });
    expect(marks.filter((m) => m.kind === "rect")).toEqual([]);
    expect((find(marks, "value-heldByRussia-0") as TextMark).text).toBe("thousands");
    expect(find(marks, "value-heldByRussia-0")?.focus?.id).toBe("2025-08-24-medinsky");
  });

  it("says 'not stated' for a side the claim does not mention", () => {
    const { marks } = scene({ claim: "2025-08-07-syrskyi" });
    expect(find(marks, "bar-heldByRussia")).toBeUndefined();
    expect((find(marks, "value-heldByRussia-0") as TextMark).text).toBe("not stated");
    expect(find(marks, "bar-heldByUkraine")).toBeDefined();
  });

  it("makes every figure a focus stop carrying the claim's id, sources and wording", () => {
    const s = scene();
    const focus = s.marks.flatMap((m) => (m.focus ? [m.focus] : []));
    expect(focus.map((f) => f.id)).toEqual(["2024-06-05-putin", "2024-06-05-putin"]);
    expect(focus[0]!.tooltip.rows).toContainEqual(["Ukrainians held by Russia", "6,465"]);
    expect(focus[0]!.tooltip.sources.length).toBeGreaterThan(0);
    expect(s.hint).toMatch(/^Use the arrow keys to move between the claims' figures\. Home and End/);
  });

  it("prints the caveat, describes the claim and lists it in the table", () => {
    const s = scene();
    expect(texts(s.marks)).toContain("These are claims by officials and media, not verified counts.");
    expect(s.description).toBe(
      "Claim by Vladimir Putin, June 5, 2024. Ukrainians held by Russia: 6,465; Russians held by Ukraine: 1,348 (prisoners of war). These are claims by officials and media, not verified counts.",
    );
    expect(s.table.rows).toEqual([["June 5, 2024", "Vladimir Putin", "6,465", "1,348", "prisoners of war"]]);
  });

  it("shows an empty state when there are no claims", () => {
    const s = scene({ data: [] });
    expect(find(s.marks, "empty")).toMatchObject({ text: "No claims to show" });
    expect(s.hint).toBe("");
  });

  it("keeps a grouped number on one line when a Russian headline wraps", () => {
    const lines = texts(scene({ locale: "ru" }, 320).marks).filter((t) => /против/.test(t) || /465/.test(t));
    expect(lines.some((t) => /6\s465/.test(t))).toBe(true);
  });
});

describe("latest mode (the default)", () => {
  const latest = (width = 640, locale: "en" | "uk" | "ru" = "en") => layoutHeldCaptives(normalizeHeldCaptivesOptions({ locale }), { width, height: 600 });

  it("names a claimant from each side, each dated, the older one with its age", () => {
    const all = texts(latest().marks).join(" ");
    expect(all).toContain("Ukraine's latest claim");
    expect(all).toContain("Volodymyr Zelensky");
    expect(all).toContain("Russia's latest claim (23 months old)");
    expect(all).toContain("Vladimir Putin, June 5, 2024: 6,465 vs 1,348");
    expect(texts(latest(640, "uk").marks).join(" ")).toContain("Остання заява Росії (давністю 23 місяці)");
  });

  it("draws both claims to one scale", () => {
    const { marks } = latest();
    const putin = find(marks, "2024-06-05-putin-bar-heldByRussia") as RectMark;
    const zelensky = find(marks, "2026-02-14-zelensky-bar-heldByRussia") as RectMark;
    expect(putin.width / zelensky.width).toBeCloseTo(6465 / 7000, 2);
  });

  it("fills the height it is given, with no band left empty above the footer at any width", () => {
    for (const width of [320, 640, 1280]) {
      const { marks } = latest(width);
      const plot = marks.filter((m) => m.layer !== "frame").map((m) => (m.kind === "text" ? m.y : m.kind === "rect" ? m.y + m.height : m.kind === "line" ? Math.max(m.y1, m.y2) : 0));
      const footer = Math.min(...marks.filter((m) => m.layer === "frame" && m.kind === "text" && m.y > 300).map((m) => (m as TextMark).y));
      expect(footer - Math.max(...plot), `at ${width}`).toBeLessThan(120);
      expect(footer - Math.max(...plot), `at ${width}`).toBeGreaterThan(0);
    }
  });
});

describe("held captives in Ukrainian and Russian", () => {
  it("names claimants and says whom each claim counts in the chart's language", () => {
    const uk = texts(layoutHeldCaptives(normalizeHeldCaptivesOptions({ locale: "uk" }), { width: 640, height: 600 }).marks).join(" ");
    expect(uk).toContain("Володимир Зеленський");
    expect(uk).toContain("Що враховано: військовополонені");
    const ru = texts(layoutHeldCaptives(normalizeHeldCaptivesOptions({ locale: "ru" }), { width: 640, height: 600 }).marks).join(" ");
    expect(ru).toContain("Владимир Путин, 5 июня 2024");
    expect(ru).not.toContain("prisoners of war");
  });
});
