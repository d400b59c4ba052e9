// @vitest-environment node
import { describe, expect, it } from "vitest";
import { cumulativeBars, heldCaptives, renderToString, timeline } from "../../src/charts/index.js";

/**
 * SVG file snapshots of every chart: numbers are rounded to 0.1 px and ids are fixed, so a diff
 * means a real change. Review changed files as images (open test/charts/output/*.svg) before
 * updating them with `vitest -u`.
 */
const charts = { timeline, "cumulative-bars": cumulativeBars, "held-captives": heldCaptives } as const;
const configurations = [
  ["default", {}],
  ["320px", { width: 320 }],
  ["uk", { locale: "uk" }],
  ["highlight", { highlight: "2024-07-17" }],
  ["dark", { dark: true }],
] as const;

describe.each(Object.entries(charts))("%s SVG snapshots", (name, chart) => {
  it.each(configurations)("matches the %s snapshot", async (config, options) => {
    const extra = name === "held-captives" && config === "highlight" ? { mode: "dots", highlight: "2024-06-05-putin" } : options;
    const svg = renderToString(chart as typeof timeline, { width: 640, ...options, ...extra });
    await expect(svg).toMatchFileSnapshot(`output/${name}-${config}.svg`);
  });
});
