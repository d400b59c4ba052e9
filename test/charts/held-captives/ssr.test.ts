// @vitest-environment node
import { describe, expect, it } from "vitest";
import { heldCaptives, renderToString } from "../../../src/charts/index.js";
import { claim, stated } from "./fixtures.js";

describe("held-captives rendered to a string", () => {
  it("renders standalone SVG with a title and no placeholder values", () => {
    const svg = renderToString(heldCaptives, { width: 640 });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("<title");
    expect(svg).toContain("Vladimir Putin");
    expect(svg).not.toMatch(/NaN|undefined|\[object Object\]/);
  });

  it("renders every mode in every locale without a DOM", () => {
    expect(typeof document).toBe("undefined");
    for (const locale of ["en", "uk", "ru"] as const) {
      for (const mode of ["latest", "single", "dots"] as const) {
        const svg = renderToString(heldCaptives, { width: 320, locale, mode });
        expect(svg).toMatch(/^<svg[^>]* height="600"/);
        expect(svg).not.toMatch(/NaN|undefined|\[object Object\]/);
      }
    }
  });

  it("escapes markup in a claimant's name", () => {
    const data = [claim("2024-01-01", stated(10), stated(5), { id: "x", claimant: '<script>alert("x")</script> & Co' })];
    for (const mode of ["single", "dots"] as const) {
      const svg = renderToString(heldCaptives, { width: 640, data, mode });
      expect(svg).not.toContain("<script>");
      expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    }
  });
});
