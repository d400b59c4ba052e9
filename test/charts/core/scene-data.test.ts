import { describe, expect, it } from "vitest";
import { layoutCumulativeBars, normalizeCumulativeBarsOptions } from "../../../src/charts/index.js";
import { layoutTimeline } from "../../../src/charts/timeline/layout.js";
import { normalizeTimelineOptions } from "../../../src/charts/timeline/options.js";
import { layoutHeldCaptives } from "../../../src/charts/held-captives/layout.js";
import { normalizeHeldCaptivesOptions } from "../../../src/charts/held-captives/options.js";

// A scene is plain data: it crosses a worker boundary (structuredClone) and JSON whole, focus
// text and data table included, so tests and other renderers can take it as it is.
const scenes = {
  timeline: () => layoutTimeline(normalizeTimelineOptions({ highlight: "2024-07-17" }), { width: 640, height: 500 }),
  "cumulative bars": () => layoutCumulativeBars(normalizeCumulativeBarsOptions({}), { width: 640, height: 500 }),
  "held captives": () => layoutHeldCaptives(normalizeHeldCaptivesOptions({}), { width: 640, height: 600 }),
  "held captives, dots": () => layoutHeldCaptives(normalizeHeldCaptivesOptions({ mode: "dots" }), { width: 640, height: 600 }),
};

describe.each(Object.entries(scenes))("the %s scene", (_name, make) => {
  it("survives structuredClone whole", () => {
    const scene = make();
    expect(structuredClone(scene)).toEqual(scene);
  });

  it("survives JSON whole, focus labels, tooltips and table included", () => {
    const scene = make();
    const copy = JSON.parse(JSON.stringify(scene)) as typeof scene;
    expect(copy).toEqual(JSON.parse(JSON.stringify(copy)));
    const focused = scene.marks.filter((m) => m.focus);
    expect(focused.length).toBeGreaterThan(0);
    expect(copy.marks.filter((m) => m.focus).map((m) => [m.focus!.label, m.focus!.tooltip.heading])).toEqual(focused.map((m) => [m.focus!.label, m.focus!.tooltip.heading]));
    expect(copy.table.rows.length).toBe(scene.table.rows.length);
    expect(copy.table.rows.length).toBeGreaterThan(0);
  });
});

describe("a scene carries every word its renderer shows", () => {
  it("has its whole keyboard hint and the tooltip's buttons in the chart's language", () => {
    const uk = layoutTimeline(normalizeTimelineOptions({ locale: "uk" }), { width: 640, height: 500 });
    expect(uk.hint).toMatch(/Tab веде до джерел/);
    expect(uk.controls).toEqual({ close: "Закрити", previous: expect.any(String), next: expect.any(String) });
    const ru = layoutCumulativeBars(normalizeCumulativeBarsOptions({ locale: "ru" }), { width: 640, height: 500 });
    expect(ru.hint).toMatch(/^Клавиши со стрелками переключают столбцы .* Tab ведёт к источникам\.$/);
    expect(ru.controls.close).toBe("Закрыть");
  });

  it("has no hint when nothing can be focused", () => {
    const empty = layoutTimeline(normalizeTimelineOptions({ data: [] }), { width: 640, height: 500 });
    expect(empty.hint).toBe("");
  });
});
