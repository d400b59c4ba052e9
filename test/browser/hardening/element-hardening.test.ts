import { afterEach, describe, expect, it, vi } from "vitest";
import "../../../src/embed/index.js";
import type { PowChartElement } from "../../../src/embed/index.js";
import { timeline } from "../../../src/charts/index.js";
import { exchanges, type Exchange } from "../../../src/data/index.js";
import { frames } from "./support.js";

// The elements' guarantees of hardening round two, in real Chromium: attribute storms cost one
// render; an array edited in place is drawn again (or refused, or reported); downloads ignore the
// host page's click handlers; exports parse as XML; a polluted Object.prototype changes nothing.
const hosts: HTMLElement[] = [];
afterEach(() => {
  hosts.splice(0).forEach((h) => h.remove());
  vi.restoreAllMocks();
});

function place(tag = "pow-timeline", attributes = ""): PowChartElement {
  const host = document.createElement("div");
  host.style.width = "640px";
  document.body.append(host);
  hosts.push(host);
  host.innerHTML = `<${tag} animate="false" ${attributes}></${tag}>`;
  return host.firstElementChild as PowChartElement;
}
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const svgOf = (el: Element) => el.shadowRoot!.querySelector("svg[role=img]")!;
const copies = () => exchanges.slice(0, 12).map((r) => structuredClone(r) as Exchange);

describe("attribute storms", () => {
  it("cost one render per frame, drawing the last values set", async () => {
    const el = place();
    const handle = el.handle!;
    const update = vi.spyOn(handle, "update");
    for (let i = 0; i < 1000; i++) {
      el.setAttribute("title", `Title ${i}`);
      el.setAttribute("locale", i % 2 === 0 ? "uk" : "en");
    }
    expect(update).not.toHaveBeenCalled();
    await nextFrame();
    expect(update).toHaveBeenCalledTimes(1);
    expect(svgOf(el).querySelector("title")!.textContent).toBe("Title 999");
  });

  it("are rendered at once when the page reads the element's state", () => {
    const el = place();
    el.setAttribute("locale", "xx");
    expect(el.error).toContain('invalid locale: "xx"');
  });
});

describe("records edited in place", () => {
  it("are drawn again by el.data = the same array, and refused when invalid", async () => {
    const el = place();
    const data = copies();
    el.data = data;
    const before = svgOf(el).outerHTML;
    (data[3] as { toUkraine: number | null }).toUkraine = 4321;
    el.data = data;
    expect(svgOf(el).outerHTML).not.toBe(before);
    (data[4] as { date: string }).date = "2024-02-30";
    el.data = data;
    expect(el.error).toContain('invalid data[4]: date: "2024-02-30"');
  });

  it("are reported, in lenient mode, by pow:skipped and in the chart's description", async () => {
    const el = place("pow-timeline", "lenient plain");
    const data = copies();
    el.data = data;
    const skipped: unknown[] = [];
    el.addEventListener("pow:skipped", (e) => skipped.push((e as CustomEvent).detail));
    (data[2] as { date: string }).date = "2024-13-01";
    el.data = data;
    await frames();
    expect(skipped).toHaveLength(1);
    expect(svgOf(el).querySelector("desc")!.textContent).toContain("1 record skipped: data[2]");
  });

  it("are drawn again by chart.update({ data }) with the same array, and refused when invalid", () => {
    const host = document.createElement("div");
    host.style.width = "640px";
    document.body.append(host);
    hosts.push(host);
    const data = copies();
    const chart = timeline(host, { data, animate: false });
    const before = host.querySelector("svg")!.outerHTML;
    (data[5] as { toRussia: number | null }).toRussia = 3210;
    chart.update({ data });
    expect(host.querySelector("svg")!.outerHTML).not.toBe(before);
    (data[6] as { mediators: unknown }).mediators = "UAE";
    expect(() => chart.update({ data })).toThrow("invalid data[6]: mediators");
    chart.destroy();
  });
});

describe("downloads", () => {
  it("start even when the host page cancels every click, and never reach the page's listeners", async () => {
    const el = place();
    const seen: EventTarget[] = [];
    const cancel = (e: Event) => {
      seen.push(e.target!);
      e.preventDefault();
    };
    document.addEventListener("click", cancel, true);
    window.addEventListener("click", cancel, true);
    const links: { connected: boolean; file: string; started: boolean }[] = [];
    const original = HTMLAnchorElement.prototype.dispatchEvent;
    vi.spyOn(HTMLAnchorElement.prototype, "dispatchEvent").mockImplementation(function (this: HTMLAnchorElement, event: Event) {
      // The real dispatch, so any listener that could see the click runs (the browser saves a small file).
      const started = original.call(this, event);
      links.push({ connected: this.isConnected, file: this.download, started });
      return started;
    });
    try {
      await el.download("svg");
      await el.download("csv");
    } finally {
      document.removeEventListener("click", cancel, true);
      window.removeEventListener("click", cancel, true);
    }
    expect(links).toEqual([
      { connected: false, file: "pow-exchanges-timeline.svg", started: true },
      { connected: false, file: "pow-exchanges-timeline.csv", started: true },
    ]);
    expect(seen.filter((t) => t instanceof HTMLAnchorElement)).toEqual([]);
    expect(el.shadowRoot!.querySelector(".status")!.textContent).toBe("");
  });

  it("say so in the element's status line when one cannot start", async () => {
    const el = place();
    vi.spyOn(HTMLAnchorElement.prototype, "dispatchEvent").mockReturnValue(false);
    await el.download("csv");
    expect(el.shadowRoot!.querySelector(".status")!.textContent).toContain("pow-exchanges-timeline.csv was cancelled");
  });
});

describe("exported SVG from an element", () => {
  it("is well-formed XML with markup and XML-illegal characters in its attributes and records", () => {
    const el = place();
    el.setAttribute("title", '"><script>alert(1)</script>\u000B\u0000');
    el.setAttribute("subtitle", "\uD800\uFFFE]]>");
    el.data = copies().map((r, i) => ({ ...r, mediators: i % 2 ? ["\u0001<b>"] : r.mediators, sources: r.sources.map((s) => ({ ...s, publisher: "\u000C</text>" })) }));
    const doc = new DOMParser().parseFromString(el.toSVG(), "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelector("script")).toBeNull();
    expect(doc.querySelector("title")!.textContent).toBe('"><script>alert(1)</script>');
  });
});

describe("a polluted Object.prototype", () => {
  it("changes nothing an element draws or exports", () => {
    const el = place();
    const before = { svg: el.toSVG(), title: svgOf(el).querySelector("title")!.textContent };
    const names = ["title", "subtitle", "note", "data", "highlight", "locale", "from", "to", "dark", "plain", "lenient", "height", "width", "options", "largest"];
    const values = ["PWNED", "uk", "2025-01-01", true, 100, [{ ...exchanges[3], id: "x", toUkraine: 99_999 }]];
    for (const name of names) {
      for (const value of values) {
        (Object.prototype as Record<string, unknown>)[name] = value;
        try {
          el.options = {};
          expect({ svg: el.toSVG(), title: svgOf(el).querySelector("title")!.textContent }, `${name} = ${String(value)}`).toEqual(before);
        } finally {
          delete (Object.prototype as Record<string, unknown>)[name];
        }
      }
    }
  });
});
