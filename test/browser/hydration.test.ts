import { afterEach, describe, expect, it } from "vitest";
import { cumulativeBars, heldCaptives, renderToString, timeline } from "../../src/charts/index.js";
import type { Chart, ChartHandle } from "../../src/charts/index.js";

// A chart mounted on the SVG its server rendered (renderToString with the same options and width)
// takes that SVG's place: one SVG at every moment, and destroy() leaves the container empty.
const charts = { timeline, cumulativeBars, heldCaptives } as Record<string, Chart<{ width?: number; locale?: string; animate?: boolean }>>;
let handle: ChartHandle<unknown> | undefined;
let host: HTMLDivElement | undefined;
afterEach(() => {
  handle?.destroy();
  host?.remove();
  handle = host = undefined;
});

describe.each(Object.keys(charts))("%s on its server-rendered SVG", (name) => {
  const chart = charts[name]!;
  const options = { width: 480, locale: "uk", animate: false };

  it("takes it over: exactly one SVG, in the same place, and destroy() removes it", () => {
    host = document.body.appendChild(document.createElement("div"));
    host.innerHTML = `<p>before</p>${renderToString(chart, options)}<p>after</p>`;
    const serverHeight = host.querySelector("svg")!.getBoundingClientRect().height;
    handle = chart(host, options);
    expect(host.querySelectorAll("svg").length).toBe(1);
    expect(Array.from(host.children, (c) => c.localName)).toEqual(["p", "div", "p"]);
    expect(host.querySelector("svg")!.getBoundingClientRect().height).toBe(serverHeight);
    handle.destroy();
    handle = undefined;
    expect(host.querySelectorAll("svg").length).toBe(0);
  });

  it("leaves other SVGs in the container alone", () => {
    host = document.body.appendChild(document.createElement("div"));
    host.innerHTML = `<svg width="10" height="10"></svg>`;
    handle = chart(host, options);
    expect(host.querySelectorAll(":scope > svg").length).toBe(1);
    expect(host.querySelectorAll("svg").length).toBe(2);
  });
});
