import { afterEach, describe, expect, it } from "vitest";
import { cumulativeBars, heldCaptives, timeline } from "../../src/charts/index.js";

// Measured in the browser, with the fonts a reader's Chromium has: every chart, phone to desktop,
// in each language. No text under 11 px, and none running past the SVG's edges.
const charts = { timeline, "cumulative-bars": cumulativeBars, "held-captives": heldCaptives } as const;
/** Every chart's views: the held-captives dot plot as well as its default. */
const views: Record<string, readonly object[]> = { timeline: [{}], "cumulative-bars": [{}, { by: "year", mode: "stacked" }], "held-captives": [{}, { mode: "dots" }] };
const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.remove()));

describe.each(Object.entries(charts))("%s", (name, chart) => {
  it.each([320, 640, 1280])("at %i px sets no text under 11 px and none past the edges, in en, uk and ru", (width) => {
    for (const view of views[name]!) for (const locale of ["en", "uk", "ru"] as const) {
      const host = document.createElement("div");
      host.style.width = `${width}px`;
      document.body.append(host);
      hosts.push(host);
      const handle = (chart as typeof timeline)(host, { locale, animate: false, highlight: "2024-07-17", ...view });
      const svg = handle.element.querySelector("svg")!;
      const problems: string[] = [];
      for (const text of svg.querySelectorAll("text")) {
        const size = Number.parseFloat(getComputedStyle(text).fontSize);
        const box = text.getBBox();
        if (size < 11) problems.push(`${size}px: ${text.textContent}`);
        if (box.width > 0 && (box.x < -0.5 || box.x + box.width > width + 0.5)) problems.push(`past the edge (${box.x.toFixed(1)}–${(box.x + box.width).toFixed(1)}): ${text.textContent}`);
      }
      expect(problems, `${locale} at ${width}, ${JSON.stringify(view)}`).toEqual([]);
      handle.destroy();
    }
  });
});
