// @vitest-environment node
import { describe, expect, it } from "vitest";
import { renderToString, timeline } from "../../../src/charts/index.js";
import { exchanges } from "../../../src/data/index.js";

describe("renderToString(timeline) in plain Node", () => {
  it("runs with no DOM globals", () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe("undefined");
    expect(typeof (globalThis as { window?: unknown }).window).toBe("undefined");
  });

  it("returns standalone SVG with a viewBox, a title and presentation attributes", () => {
    const svg = renderToString(timeline, { width: 640 });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('viewBox="0 0 640 ');
    expect(svg).toMatch(/<title id="pow-timeline-title">[^<]+<\/title>/);
    expect(svg).toContain('font-family="system-ui');
    expect(svg).not.toMatch(/NaN|undefined|\[object Object\]|Infinity/);
  });

  it("draws a mark for every exchange with figures", () => {
    const svg = renderToString(timeline, { width: 640 });
    const filled = svg.match(/<rect [^>]*fill="#(?!ffffff)[0-9a-f]{6}"[^>]*\/>/g) ?? [];
    const withFigures = exchanges.filter((e) => e.toUkraine !== null).length + exchanges.filter((e) => e.toRussia !== null).length;
    expect(filled.length).toBeGreaterThanOrEqual(withFigures);
  });

  it("escapes markup in options", () => {
    const svg = renderToString(timeline, { width: 400, title: '</title><script>alert(1)</script>', note: "a & b" });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;/title&gt;&lt;script&gt;");
    expect(svg).toContain("a &amp; b");
  });

  it("renders Ukrainian labels with locale uk and refuses an unknown locale by name", () => {
    expect(renderToString(timeline, { locale: "uk" })).toContain("Обміни полоненими");
    expect(() => renderToString(timeline, { locale: "xx" as never })).toThrow('invalid locale: "xx" (expected en, uk, ru)');
  });

  it("refuses something that is not a chart", () => {
    expect(() => renderToString((() => {}) as never)).toThrow("the first argument must be a chart");
  });
});
