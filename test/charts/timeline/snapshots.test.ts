// @vitest-environment node
import { describe, expect, it } from "vitest";
import { renderToString, timeline } from "../../../src/charts/index.js";

/** SVG file snapshots: review them as images (open test/charts/output/*.svg) whenever they change. */
describe("timeline SVG snapshots", () => {
  it.each([
    ["default", {}],
    ["320px", { width: 320 }],
    ["uk", { locale: "uk" }],
    ["highlight", { highlight: "2024-07-17" }],
    ["dark", { dark: true }],
  ] as const)("matches the %s snapshot", async (name, options) => {
    await expect(renderToString(timeline, { width: 640, ...options })).toMatchFileSnapshot(`../output/timeline-${name}.svg`);
  });
});
