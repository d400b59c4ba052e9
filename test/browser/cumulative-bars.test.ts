import { afterEach, describe, expect, it } from "vitest";
import { cumulativeBars, layoutCumulativeBars, normalizeCumulativeBarsOptions } from "../../src/charts/index.js";
import type { ChartHandle, CumulativeBarsOptions } from "../../src/charts/index.js";
import { eachFocus, pointAt } from "./pointer.js";

let handle: ChartHandle<CumulativeBarsOptions> | undefined;
let host: HTMLDivElement | undefined;

afterEach(() => {
  handle?.destroy();
  host?.remove();
  handle = undefined;
});

function mountAt(width: number, options: CumulativeBarsOptions = {}) {
  host = document.createElement("div");
  host.style.width = `${width}px`;
  document.body.append(host);
  handle = cumulativeBars(host, { animate: false, ...options });
  const svg = host.querySelector("svg")!;
  // The scene the chart drew, from the same pure layout, to know where things are.
  const scene = layoutCumulativeBars(normalizeCumulativeBarsOptions({ animate: false, ...options }), { width, height: Number(svg.getAttribute("height")) });
  return { host, scene };
}

const tooltipText = (root: ParentNode) => root.querySelector<HTMLElement>("[part=tooltip]")?.textContent ?? "";

describe("the cumulative bars in the browser", () => {
  it("shows a period's tooltip wherever the pointer is in its column, above or below the bars", () => {
    const { host, scene } = mountAt(700, { by: "year" });
    const bar = scene.marks.find((m) => m.key === "bar-u-2023")!;
    const column = bar.focus!.box!;
    const middle = column.x + column.width / 2;
    pointAt(host, middle, column.y + 2); // far above the bar
    const above = tooltipText(host);
    expect(above).toContain("2023");
    pointAt(host, middle, column.y + column.height - 2); // at the foot of the column
    expect(tooltipText(host)).toBe(above);
    pointAt(host, column.x + column.width + 2, column.y + column.height - 2); // the next column
    expect(tooltipText(host)).not.toBe(above);
  });

  it("shows an official total's tooltip over its small diamond, not the period's around it", () => {
    const { host, scene } = mountAt(700);
    const marker = scene.marks.find((m) => m.key.startsWith("official-") && m.focus)!;
    const { anchor } = marker.focus!;
    pointAt(host, anchor.x, anchor.y + 5);
    expect(tooltipText(host)).toContain(marker.focus!.tooltip.heading);
    expect(tooltipText(host)).toContain(marker.focus!.tooltip.rows[1]![1]); // the claimant
  });

  it("lets the keyboard visit every period, then every official total", () => {
    const { host, scene } = mountAt(700);
    const periods = scene.marks.filter((m) => m.key.startsWith("bar-u-")).map((m) => m.focus!.label);
    const totals = scene.marks.filter((m) => m.key.startsWith("official-") && m.focus).map((m) => m.focus!.label);
    expect(totals.length).toBeGreaterThan(0);
    const labels: string[] = [];
    eachFocus(host, (_tooltip, label) => labels.push(label));
    expect(labels).toEqual([...periods, ...totals]);
  });
});
