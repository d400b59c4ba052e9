import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { chartNames } from "../../src/charts/registry.js";
import { pngSize } from "./support/downloads.js";

const dist = new URL("../../dist/", import.meta.url);

describe("the build's static fallbacks and iframe page", () => {
  it("has an SVG, a 2× PNG and alt text for every registered chart", () => {
    const files = readdirSync(new URL("static/", dist));
    const alt = JSON.parse(readFileSync(new URL("static/alt.json", dist), "utf8")) as Record<string, { alt: string; width: number; height: number }>;
    for (const name of chartNames()) {
      expect(files).toContain(`${name}.svg`);
      expect(readFileSync(new URL(`static/${name}.svg`, dist), "utf8")).toMatch(/^<svg[^>]*>.*<title[^>]*>[^<]+<\/title>/);
      expect(pngSize(readFileSync(new URL(`static/${name}.png`, dist)))).toEqual({ width: alt[name]!.width * 2, height: alt[name]!.height * 2 });
      expect(alt[name]!.alt.length).toBeGreaterThan(40);
    }
    expect(readFileSync(new URL("static/README.md", dist), "utf8")).toContain("<noscript>");
  });

  it("ships embed.html with no inline script or style", () => {
    const html = readFileSync(new URL("embed.html", dist), "utf8");
    expect(html).not.toMatch(/<style|style=|<script(?![^>]*\ssrc=)/);
    expect(html).toContain('src="pow-exchanges.global.js"');
  });
});
