import { describe, expect, it } from "vitest";
import { registeredCharts } from "../../src/charts/registry.js";
import { fitChart, smallestFitting } from "../../src/embed/frame/fit.js";
import { sceneFits } from "../../src/embed/frame/scene-fits.js";
import { frameChart, MIN_CHART_HEIGHT } from "../../src/embed/frame/chart.js";

describe("fitChart", () => {
  it("gives the chart the viewport less the actions row, and reports the natural height whatever the viewport", () => {
    const smallest = () => 300;
    expect(fitChart({ viewport: 380, extra: 32, natural: 500, smallest })).toEqual({ chart: 348, report: 532 });
    expect(fitChart({ viewport: 900, extra: 32, natural: 500, smallest })).toEqual({ chart: 868, report: 532 });
    expect(fitChart({ viewport: 200, extra: 32, natural: 500, smallest })).toEqual({ chart: 300, report: 532 });
    // A chart that needs more than its natural height still gets no more than that.
    expect(fitChart({ viewport: 200, extra: 0, natural: 250, smallest: () => 340 })).toEqual({ chart: 250, report: 250 });
  });

  it("settles when the parent follows the reported height: the next fit reports the same and draws the natural height", () => {
    for (const viewport of [0, 150, 380, 532, 700, 5000]) {
      const first = fitChart({ viewport, extra: 32, natural: 500, smallest: () => 340 });
      const followed = fitChart({ viewport: first.report, extra: 32, natural: 500, smallest: () => 340 });
      expect(followed).toEqual({ chart: 500, report: first.report });
    }
  });

  it("searches for the smallest height only when the viewport is below the natural one", () => {
    let searched = 0;
    fitChart({ viewport: 600, extra: 32, natural: 500, smallest: () => ++searched });
    expect(searched).toBe(0);
  });
});

describe("smallestFitting", () => {
  it("finds the first step that fits, or the top", () => {
    expect(smallestFitting((h) => h >= 301, 200, 600)).toBe(304);
    expect(smallestFitting(() => true, 200, 600)).toBe(200);
    expect(smallestFitting(() => false, 200, 600)).toBe(600);
    expect(smallestFitting((h) => h >= 598, 200, 598)).toBe(598);
  });

  it("names a search it cannot run", () => {
    expect(() => smallestFitting(() => true, 600, 200)).toThrow("invalid search: 600 to 200 by 4");
    expect(() => smallestFitting(() => true, 0, 10, 0)).toThrow("invalid search: 0 to 10 by 0");
  });
});

describe("sceneFits", () => {
  const widths = [320, 390, 640, 768, 1280];
  it.each(registeredCharts.map((c) => c.definition.name))("holds for %s at its own height, in every locale and width", (name) => {
    const d = registeredCharts.find((c) => c.definition.name === name)!.definition;
    for (const locale of ["en", "uk", "ru"]) {
      for (const width of widths) expect(sceneFits(d.layout(d.normalize({ locale }), { width, height: d.defaultHeight(width) })), `${locale} ${width}`).toBe(true);
    }
  });

  it("fails for a plot that reaches into the footer, and for a clamped scene", () => {
    const footer = { kind: "text", layer: "frame", key: "frame-data-0", y: 490, size: 11 };
    expect(sceneFits({ marks: [footer, { kind: "rect", layer: "marks", y: 300, height: 100 }] })).toBe(true);
    expect(sceneFits({ marks: [footer, { kind: "rect", layer: "marks", y: 400, height: 100 }] })).toBe(false);
    expect(sceneFits({ marks: [footer, { kind: "path", layer: "marks", d: "M0,10L5,485" }] })).toBe(false);
    expect(sceneFits({ clamped: true, marks: [] })).toBe(false);
  });

  it("finds held captives' stacked claims over the footer when short, where `clamped` alone does not", () => {
    const d = registeredCharts.find((c) => c.definition.name === "held-captives")!.definition;
    const scene = d.layout(d.normalize({}), { width: 640, height: 360 });
    expect(scene.clamped).toBeUndefined();
    expect(sceneFits(scene)).toBe(false);
  });
});

describe("frameChart", () => {
  const api = Object.fromEntries(registeredCharts.map((c) => [c.definition.name, c]));
  it("reads the natural height from the chart or the height parameter, and the smallest that fits", () => {
    const timeline = frameChart("timeline", [["locale", "uk"]], api)!;
    expect(timeline.natural(390)).toBe(500);
    const smallest = timeline.smallest(390);
    expect(smallest).toBeGreaterThanOrEqual(MIN_CHART_HEIGHT);
    expect(smallest).toBeLessThanOrEqual(500);
    expect(frameChart("timeline", [["height", "420"]], api)!.natural(390)).toBe(420);
  });

  it("is null for an unknown chart or invalid attributes, which the element then shows", () => {
    expect(frameChart("piechart", [], api)).toBeNull();
    expect(frameChart("timeline", [["height", "tall"]], api)).toBeNull();
    expect(frameChart("timeline", [["from", "0100-01-01"]], api)).toBeNull();
  });
});
