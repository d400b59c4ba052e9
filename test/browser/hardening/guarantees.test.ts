import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import "../../../src/embed/index.js";
import { cumulativeBars, heldCaptives, timeline, type ChartHandle } from "../../../src/charts/index.js";
import type { AnyChart } from "../../../src/charts/registry.js";
import type { PowChartElement } from "../../../src/embed/index.js";
import { exchanges, heldClaims } from "../../../src/data/index.js";
import { escapes, frames, markup } from "./support.js";
import { chartSvg, eachFocus, pointAt } from "../pointer.js";

type Row = readonly [name: string, chart: AnyChart, data: readonly object[]];
const charts: readonly Row[] = [
  ["timeline", timeline as AnyChart, exchanges.slice(0, 12)],
  ["cumulative-bars", cumulativeBars as AnyChart, exchanges.slice(0, 12)],
  ["held-captives", heldCaptives as AnyChart, heldClaims.slice(0, 6)],
];

const hosts: HTMLElement[] = [];
const handles: ChartHandle<unknown>[] = [];
let errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(e.reason)}`);

beforeEach(() => {
  errors = [];
  window.addEventListener("error", onError);
  window.addEventListener("unhandledrejection", onRejection);
});
afterEach(() => {
  window.removeEventListener("error", onError);
  window.removeEventListener("unhandledrejection", onRejection);
  handles.splice(0).forEach((h) => h.destroy());
  hosts.splice(0).forEach((h) => h.remove());
  vi.restoreAllMocks();
});

function container(style: Partial<CSSStyleDeclaration> = { width: "600px" }, attach = true): HTMLDivElement {
  const host = document.createElement("div");
  Object.assign(host.style, style);
  if (attach) document.body.append(host);
  hosts.push(host);
  return host;
}
function mount(chart: AnyChart, host: Element, options: object): ChartHandle<unknown> {
  const handle = chart(host, { animate: false, ...options }) as ChartHandle<unknown>;
  handles.push(handle);
  return handle;
}
const drawn = (root: ParentNode) => root.querySelectorAll("[data-layer] > *").length;

/** Copies of records behind proxies that throw on every read once `arm()` is called. */
function hostile<T extends object>(records: readonly T[]): { data: T[]; arm(): void } {
  let armed = false;
  const wrap = <V,>(value: V): V =>
    value !== null && typeof value === "object"
      ? (new Proxy(value as object, {
          get(target, key, receiver) {
            if (armed) throw new Error("hostile getter");
            return wrap(Reflect.get(target, key, receiver));
          },
        }) as V)
      : value;
  return { data: records.map((r) => wrap(structuredClone(r))), arm: () => (armed = true) };
}

describe.each(charts)("the %s chart's guarantees", (name, chart, data) => {
  it("draws the records as they were when given: getters that start throwing afterwards change nothing, and no exception escapes a pointer, keyboard or resize handler", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const host = container();
    const { data: records, arm } = hostile(data);
    mount(chart, host, { data: records });
    const before = drawn(host);
    expect(before).toBeGreaterThan(1);
    arm();
    // The chart holds checked copies made at the call, so labels and tooltips built on first use
    // (and the hidden data table, built when the browser is idle) never read the hostile records.
    const width = Number(chartSvg(host).getAttribute("width")), middle = Number(chartSvg(host).getAttribute("height")) / 2;
    for (let x = 0; x <= width; x += 8) pointAt(host, x, middle);
    host.querySelector("svg")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Home", bubbles: true })); // the label for the live region, and the tooltip
    expect(host.querySelector(".pow-tooltip, [part=tooltip]")?.textContent ?? "").not.toContain("hostile");
    host.style.width = "420px"; // ResizeObserver, then a redraw on the next frame from the same copies
    await frames();
    await frames();
    expect(drawn(host)).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("draws correctly once a zero-width, a detached or a display:none container gets a width", async () => {
    const reference = container();
    mount(chart, reference, { data });
    const expected = normalizedSvg(reference);
    const zero = container({ width: "0px" });
    const detached = container({ width: "600px" }, false);
    const hidden = container({ width: "600px", display: "none" });
    for (const host of [zero, detached, hidden]) mount(chart, host, { data });
    for (const host of [zero, detached, hidden]) expect(drawn(host), "nothing drawn while there is no room").toBe(0);
    zero.style.width = "600px";
    document.body.append(detached);
    hidden.style.display = "block";
    await expect.poll(() => [zero, detached, hidden].map((h) => h.querySelector("svg")!.getAttribute("width"))).toEqual(["600", "600", "600"]);
    for (const host of [zero, detached, hidden]) expect(normalizedSvg(host)).toBe(expected);
    expect(errors).toEqual([]);
  });

  it("renders markup in its title, subtitle, note, claimant and publisher as text", () => {
    const [img, script, svg] = markup;
    const records = name === "held-captives"
      ? data.map((c) => ({ ...c, claimant: img, sources: [{ url: "https://example.org/a", publisher: script }] }))
      : data.map((r) => ({ ...r, disputes: [{ field: "toUkraine", value: 1, claimant: img, side: "other", note: "" }], sources: [{ url: "https://example.org/a", publisher: script }] }));
    const host = container({ width: "900px" });
    mount(chart, host, { data: records, title: img, subtitle: svg, note: script, ...(name === "held-captives" ? { mode: "dots" } : {}) });
    const shown: string[] = [];
    eachFocus(host, (tooltip) => shown.push(tooltip.textContent ?? ""));
    expect(escapes(host)).toEqual([]);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(host.querySelector("svg > title")!.textContent).toBe(img);
    const texts = [...host.querySelectorAll("svg text")].map((t) => t.textContent).join(" ");
    expect(texts).toContain("<svg onload");
    expect(texts).toContain("<script>");
    expect(shown.join(" ")).toContain(script);
    if (name !== "cumulative-bars") expect(shown.join(" ")).toContain(img); // the claimant: of a dispute, or of the claim
  });

  it("links tooltip sources only to http(s) addresses, with rel=noopener noreferrer, and shows any other address as text", () => {
    const sources = [{ url: "javascript:window.__pwned=1", publisher: "Evil Source" }, { url: "https://example.org/fine", publisher: "Fine Source" }];
    const records = data.slice(0, 1).map((r) => ({ ...r, sources }));
    const host = container({ width: "700px" });
    mount(chart, host, { data: records, ...(name === "cumulative-bars" ? { officialTotals: false } : {}) });
    let seen = 0;
    eachFocus(host, (tooltip) => {
      if (!tooltip.textContent?.includes("Evil Source")) return;
      seen++;
      const links = [...tooltip.querySelectorAll("a")];
      expect(links.map((a) => a.textContent)).toEqual(["Fine Source"]);
      expect(links.map((a) => [a.protocol, a.rel])).toEqual([["https:", "noopener noreferrer"]]);
    });
    expect(seen).toBeGreaterThan(0);
    expect(host.querySelector("a[href^='javascript' i]")).toBeNull();
  });
});

describe("the elements' guarantees", () => {
  function element(tag: string, style: Partial<CSSStyleDeclaration> = { width: "600px" }): PowChartElement {
    const host = container(style);
    const el = document.createElement(tag) as PowChartElement;
    el.setAttribute("animate", "false");
    host.append(el);
    return el;
  }

  it.each(charts)("<pow-%s> shows an alert, not an exception, when its records or options start throwing on an attribute change", async (name, _chart, data) => {
    const el = element(`pow-${name}`);
    const { data: records, arm } = hostile(data);
    el.data = records;
    expect(el.error).toBeNull();
    arm();
    el.setAttribute("locale", "uk");
    await frames(); // attribute changes render in the next frame
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain("hostile getter");
    el.data = data;
    expect(el.error).toBeNull();
    el.options = { get title(): string { throw new Error("hostile options"); } };
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain("hostile options");
    el.setAttribute("locale", "ru");
    expect(el.error).toContain("hostile options");
    await frames();
    expect(errors).toEqual([]);
  });

  it.each(charts)("<pow-%s> lets no exception escape its export buttons when its records start throwing", async (name, _chart, data) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const el = element(`pow-${name}`);
    const { data: records, arm } = hostile(data);
    el.data = records;
    arm();
    for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>("[part=actions] button")) button.click();
    await frames();
    await new Promise((r) => setTimeout(r, 50));
    expect(errors).toEqual([]);
    expect(el.shadowRoot!.querySelector(".status")!.textContent).toContain("hostile getter");
  });

  it.each(charts)("<pow-%s> inside a display:none parent draws once the parent is shown", async (name) => {
    const el = element(`pow-${name}`, { width: "500px", display: "none" });
    expect(drawn(el.shadowRoot!)).toBe(0);
    el.parentElement!.style.display = "block";
    await expect.poll(() => el.shadowRoot!.querySelector("svg")?.getAttribute("width")).toBe("500");
    expect(drawn(el.shadowRoot!)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

/** The chart's SVG with its per-mount ids renumbered, to compare two mounts of the same chart. */
function normalizedSvg(host: Element): string {
  return host.querySelector("svg")!.outerHTML.replace(/pow-[a-z-]+-\d+/g, "ID");
}
