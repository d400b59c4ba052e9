import { afterEach, describe, expect, it } from "vitest";
import { cumulativeBars, heldCaptives, timeline } from "../../src/charts/index.js";
import type { Chart, ChartHandle } from "../../src/charts/index.js";

// The function API takes an element or a CSS selector; a missing target is an error naming it.
const charts = { timeline, cumulativeBars, heldCaptives } as Record<string, Chart<{ animate?: boolean }>>;
let handle: ChartHandle<unknown> | undefined;
let host: HTMLDivElement | undefined;
afterEach(() => {
  handle?.destroy();
  host?.remove();
  handle = host = undefined;
});

describe.each(Object.keys(charts))("%s's target", (name) => {
  const chart = charts[name]!;
  const definition = chart.definition.name;

  it("may be a CSS selector", () => {
    host = document.body.appendChild(document.createElement("div"));
    host.id = "swaps";
    handle = chart("#swaps", { animate: false });
    expect(host.querySelectorAll("svg").length).toBe(1);
  });

  it("names a selector that matches nothing", () => {
    expect(() => chart("#nowhere")).toThrow(`${definition}: no target element matches "#nowhere"`);
  });

  it("names null and undefined instead of failing inside", () => {
    expect(() => chart(null as unknown as Element)).toThrow(`${definition}: no target element (got null)`);
    expect(() => chart(undefined as unknown as Element)).toThrow(`${definition}: no target element (got undefined)`);
    expect(() => chart({} as Element)).toThrow(`${definition}: no target element (got object)`);
  });
});
