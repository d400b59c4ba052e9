import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cumulativeBarsDefinition } from "../../../src/charts/cumulative-bars/definition.js";
import { heldCaptivesDefinition } from "../../../src/charts/held-captives/definition.js";
import { timelineDefinition } from "../../../src/charts/timeline/definition.js";

// At ordinary sizes (320–1,400 px wide, the chart's own height) every layout must fit its box by
// itself: `fit` clamps only what a too-small box cannot hold, and says so. A layout bug that puts
// marks outside the frame (a broken scale, a wrong offset) shows here, before any clamping hides it.
const definitions = [timelineDefinition, cumulativeBarsDefinition, heldCaptivesDefinition] as const;
const views: Record<string, readonly object[]> = {
  timeline: [{}, { highlight: "2024-07-17" }, { from: "2025-01-01" }],
  "cumulative-bars": [{}, { by: "year", mode: "stacked" }, { by: "exchange" }],
  "held-captives": [{}, { mode: "dots" }, { claim: "putin" }],
};

describe.each(definitions.map((d) => [d.name, d] as const))("%s at ordinary sizes", (name, definition) => {
  it("needs no clamping at any width from 320 to 1,400 px, in any language and view", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 320, max: 1400 }), fc.constantFrom("en", "uk", "ru"), fc.constantFrom(...views[name]!), (width, locale, view) => {
        const normalized = (definition.normalize as (o: object) => never)({ locale, ...view });
        const scene = (definition.layout as (o: never, size: { width: number; height: number }, dark: boolean) => { clamped?: true })(normalized, { width, height: definition.defaultHeight(width) }, false);
        expect(scene.clamped, `${name} at ${width} px, ${locale}, ${JSON.stringify(view)}`).toBeUndefined();
      }),
      { seed: 20261201, numRuns: 60 },
    );
  });
});
