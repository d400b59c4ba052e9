import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { layoutTimeline, normalizeTimelineOptions, timeline } from "../../src/charts/index.js";
import { eachFocus, pointAt } from "./pointer.js";
import type { ChartHandle, TimelineOptions } from "../../src/charts/index.js";

let handle: ChartHandle<TimelineOptions> | undefined;
let host: HTMLDivElement | undefined;

function mountAt(width: number, options: TimelineOptions = {}) {
  host = document.createElement("div");
  host.style.width = `${width}px`;
  document.body.append(host);
  handle = timeline(host, { animate: false, ...options });
  return { host, handle };
}

afterEach(() => {
  handle?.destroy();
  host?.remove();
  handle = undefined;
});

describe("the timeline in the browser", () => {
  it("shows a record's figures, mediators and source links in the tooltip", async () => {
    const { host } = mountAt(900, { highlight: "2024-07-17" });
    // Where the pure layout puts the record, at the size the chart was drawn.
    const svg = host.querySelector("svg")!;
    const scene = layoutTimeline(normalizeTimelineOptions({ highlight: "2024-07-17" }), { width: 900, height: Number(svg.getAttribute("height")) });
    const anchor = scene.marks.find((m) => m.focus?.id === "2024-07-17")!.focus!.anchor;
    pointAt(host, anchor.x, anchor.y + 1);
    const tooltip = host.querySelector<HTMLElement>(".pow-tooltip")!;
    expect(tooltip.textContent).toContain("95");
    expect(tooltip.textContent).toContain("UAE");
    expect(tooltip.textContent).toContain("54");
    const links = [...tooltip.querySelectorAll("a")];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.protocol).toMatch(/^https?:$/);
      expect(a.rel).toBe("noopener noreferrer");
    }
  });

  it("carries every record in a visually hidden data table, built once the chart is on screen", async () => {
    const { exchanges } = await import("../../src/data/index.js");
    const { host } = mountAt(700);
    await expect.poll(() => host.querySelectorAll("table tbody tr").length).toBe(exchanges.length);
    expect(host.querySelector("table caption")!.textContent).toBe("Prisoner exchanges between Russia and Ukraine");
    expect(host.querySelector("table")!.parentElement!.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it("follows its container when resized", async () => {
    const { host } = mountAt(600);
    host.style.width = "420px";
    await expect.poll(() => host.querySelector("svg")!.getAttribute("width")).toBe("420");
  });

  it("moves marks on update instead of rebuilding them", () => {
    const { host, handle } = mountAt(700);
    // The batch with the most bars: every paint it stands for is still used after the update.
    const batches = () => [...host.querySelectorAll<SVGPathElement>("[data-layer=marks] path[data-batch]")];
    const path = batches().sort((a, b) => b.getAttribute("d")!.length - a.getAttribute("d")!.length)[0]!;
    const before = path.getAttribute("d");
    handle.update({ from: "2024-01-01" });
    expect(batches()).toContain(path);
    expect(path.getAttribute("d")).not.toBe(before);
    handle.update({ from: undefined, locale: "uk" });
    expect(host.querySelector("title")!.textContent).toBe("Обміни полоненими між Росією та Україною");
  });

  it("draws its marks as one path per paint, and lets the keyboard reach every record", async () => {
    const { exchanges } = await import("../../src/data/index.js");
    const { host } = mountAt(700);
    const batches = [...host.querySelectorAll<SVGPathElement>("[data-layer] path[data-batch]")];
    expect(batches.length).toBeGreaterThan(0);
    for (const path of batches) expect(path.getAttribute("d")).toMatch(/^M[\d.-]+,[\d.-]+/);
    const paints = batches.map((p) => `${p.parentElement!.getAttribute("data-layer")} ${p.getAttribute("class")} ${p.getAttribute("opacity")} ${p.getAttribute("stroke-dasharray")}`);
    expect(new Set(paints).size).toBe(batches.length);
    expect(host.querySelectorAll("[data-layer=marks] rect")).toHaveLength(0);
    expect(eachFocus(host)).toBe(exchanges.length);
  });

  it("moves batched marks along with the records when an update is animated", async () => {
    const { host, handle } = mountAt(700);
    const batch = host.querySelector<SVGPathElement>("[data-layer=marks] path[data-batch]")!;
    const before = batch.getAttribute("d");
    const frames: FrameRequestCallback[] = [];
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = (cb) => frames.push(cb);
    try {
      handle.update({ animate: true, from: "2023-01-01" });
      const first = batch.getAttribute("d");
      expect(batch.isConnected).toBe(true);
      expect(first).not.toBe(before);
      while (frames.length > 0) frames.shift()!(performance.now() + 1_000);
      expect(batch.getAttribute("d")).not.toBe(first);
      expect(batch.getAttribute("d")).not.toContain("NaN");
    } finally {
      window.requestAnimationFrame = raf;
    }
  });

  it("sends a select event with the record id when a mark is activated", async () => {
    const { host } = mountAt(700);
    const ids: string[] = [];
    host.addEventListener("select", (e) => ids.push((e as CustomEvent<{ id: string }>).detail.id));
    host.querySelector("svg")!.focus();
    await userEvent.keyboard("{Home}{Enter}");
    expect(ids).toEqual(["2022-03-01"]);
  });

  it("renders text from options as text, never as markup", () => {
    const { host } = mountAt(500, { title: '<img src=x onerror="window.__pwned=1">' });
    expect(host.querySelector("img")).toBeNull();
    expect(host.querySelector("title")!.textContent).toContain("<img");
  });

  it("reports records skipped in lenient mode through a skip event and in the footer", async () => {
    const { exchanges } = await import("../../src/data/index.js");
    const data = [...exchanges.slice(0, 5), { ...exchanges[0]!, id: "broken", date: "2024-02-30" }];
    host = document.createElement("div");
    host.style.width = "600px";
    document.body.append(host);
    const events: unknown[] = [];
    host.addEventListener("skip", (e) => events.push((e as CustomEvent).detail));
    handle = timeline(host, { data, lenient: true, animate: false });
    await Promise.resolve();
    expect(events).toEqual([{ skipped: [{ index: 5, id: "broken", reason: 'date: "2024-02-30" is not a calendar date (YYYY-MM-DD)' }] }]);
    expect(host.querySelector("svg")!.textContent).toContain("1 record skipped");
  });

  it("shows the empty state for a range without exchanges", () => {
    const { host } = mountAt(500, { from: "2023-09-01", to: "2023-12-01" });
    expect(host.textContent).toContain("No exchanges in this range");
  });
});
