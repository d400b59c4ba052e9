// @vitest-environment node
import { describe, expect, it } from "vitest";
import { cumulativeBars, renderToString } from "../../../src/charts/index.js";

describe("renderToString(cumulativeBars) in plain Node", () => {
  it("runs with no DOM globals", () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe("undefined");
    expect(typeof (globalThis as { window?: unknown }).window).toBe("undefined");
  });

  it("returns standalone SVG with a title and nothing unprintable", () => {
    const svg = renderToString(cumulativeBars, { width: 640 });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('viewBox="0 0 640 ');
    expect(svg).toMatch(/<title id="pow-cumulative-bars-title">People returned in prisoner exchanges<\/title>/);
    expect(svg).not.toMatch(/NaN|undefined|\[object Object\]|Infinity/);
  });

  it("escapes markup in a title", () => {
    const svg = renderToString(cumulativeBars, { width: 640, title: "<img src=x onerror=alert(1)>" });
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("renders every binning and mode in Ukrainian and Russian", () => {
    for (const locale of ["uk", "ru"] as const) {
      for (const by of ["month", "exchange", "year"] as const) {
        const svg = renderToString(cumulativeBars, { width: 320, locale, by, mode: "stacked" });
        expect(svg).toContain(locale === "uk" ? "в Україну" : "в Украину");
        expect(svg).not.toMatch(/NaN|undefined|\[object Object\]|Infinity/);
      }
    }
  });

  it("names the records lenient mode skipped in its footer", async () => {
    const { exchanges } = await import("../../../src/data/index.js");
    const data = [...exchanges, { ...exchanges[0]!, id: "typo", toUkraine: -1 }];
    expect(() => renderToString(cumulativeBars, { data })).toThrow(`invalid data[${exchanges.length}]: toUkraine: -1`);
    expect(renderToString(cumulativeBars, { data, lenient: true, width: 900 })).toContain(`1 record skipped: data[${exchanges.length}] toUkraine: -1`);
  });
});
