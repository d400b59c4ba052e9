// @vitest-environment node
import { describe, expect, it } from "vitest";
import { cumulativeBars, heldCaptives, renderToString, timeline } from "../../src/charts/index.js";
import { expectSvgFile } from "../support/svg-snapshot.js";

/**
 * SVG file snapshots of every chart, one element per line: numbers are rounded to 0.1 px and ids
 * are fixed, so a diff means a real change. A failing comparison writes `<name>-changed.svg` beside
 * the expected file: review both as images before accepting the change with `UPDATE_SVG=1`.
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
  it.each(configurations)("matches the %s snapshot", (config, options) => {
    const extra = name === "held-captives" && config === "highlight" ? { mode: "dots", highlight: "2024-06-05-putin" } : options;
    const svg = renderToString(chart as typeof timeline, { width: 640, ...options, ...extra });
    expectSvgFile(svg, new URL(`output/${name}-${config}.svg`, import.meta.url));
  });
});
