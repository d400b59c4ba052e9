import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, CDPSession, Page } from "playwright";
import { launch } from "./support/browser.js";
import { serve, type StaticServer } from "./support/server.js";

// 1,000 mount/destroy cycles of each chart in Chromium, against the built global script
// (browser-mode Vitest has no CDP, so the heap is measured here). One harness checks all four
// kinds of leak: DOM nodes, ResizeObservers, event listeners and heap.
const CYCLES = 1000;
const HEAP_SLACK = 1024 * 1024;

let server: StaticServer;
let browser: Browser;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  [server, browser] = await Promise.all([serve(), launch()]);
  page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  // A page of our own, served from dist/ so the script loads from the same place as in production.
  await page.route("**/dist/leaks.html", (route) =>
    route.fulfill({ contentType: "text/html", body: '<!doctype html><meta charset="utf-8"><div id="host" style="width:640px"></div><script src="pow-exchanges.global.js"></script>' }));
  await page.goto(`${server.origin}/dist/leaks.html`);
  await page.waitForFunction(() => "PowExchanges" in window);
  cdp = await page.context().newCDPSession(page);
  // Count observers and listeners from here on: every observe/disconnect, and every add/remove on
  // any target (the page runs nothing but the charts, so any listener left is theirs: on the
  // elements they create, or on window, document or a media query). Listeners added with `once`
  // or a `signal` would need their own bookkeeping; the charts use neither.
  await page.evaluate(() => {
    const count = { observing: 0 };
    (window as unknown as { __leaks: typeof count }).__leaks = count;
    const Native = window.ResizeObserver;
    window.ResizeObserver = class extends Native {
      #targets = 0;
      override observe(target: Element, options?: ResizeObserverOptions) { this.#targets++; count.observing++; super.observe(target, options); }
      override unobserve(target: Element) { if (this.#targets > 0) { this.#targets--; count.observing--; } super.unobserve(target); }
      override disconnect() { count.observing -= this.#targets; this.#targets = 0; super.disconnect(); }
    };
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    // Weak maps only: the counter itself must not keep removed nodes alive (or the heap check fails).
    const registered = new WeakMap<EventTarget, Set<string>>();
    const ids = new WeakMap<object, number>();
    let next = 0;
    let net = 0;
    const idOf = (o: unknown) => (o !== null && (typeof o === "object" || typeof o === "function") ? (ids.get(o as object) ?? (ids.set(o as object, ++next), next)) : 0);
    const keyOf = (type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
      `${type}#${idOf(listener)}#${typeof options === "boolean" ? options : !!options?.capture}`;
    EventTarget.prototype.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener) {
        const set = registered.get(this) ?? new Set<string>();
        const key = keyOf(type, listener, options);
        if (!set.has(key)) net++;
        set.add(key);
        registered.set(this, set);
      }
      return add.call(this, type, listener, options);
    };
    EventTarget.prototype.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (registered.get(this)?.delete(keyOf(type, listener, options))) net--;
      return remove.call(this, type, listener, options);
    };
    (window as unknown as { __listeners: () => number }).__listeners = () => net;
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function heap(): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  return (await cdp.send("Runtime.getHeapUsage")).usedSize;
}

/** Mounts and destroys a chart `cycles` times in the page; returns what is left in the host and the document. */
function cycle(chart: string, cycles: number) {
  return page.evaluate(async ({ chart, cycles }) => {
    const api = (window as unknown as { PowExchanges: Record<string, (el: Element, o: object) => { destroy(): void }> }).PowExchanges;
    const host = document.getElementById("host")!;
    const during = { observing: 0, listeners: 0 };
    for (let i = 0; i < cycles; i++) {
      const handle = api[chart]!(host, { animate: false, locale: ["en", "uk", "ru"][i % 3] });
      if (i === 0) {
        during.observing = (window as unknown as { __leaks: { observing: number } }).__leaks.observing;
        during.listeners = (window as unknown as { __listeners: () => number }).__listeners();
      }
      handle.destroy();
      // Give observers and frames a chance to run every so often, as a page would.
      if (i % 100 === 99) await new Promise((r) => requestAnimationFrame(r));
    }
    return {
      during,
      children: host.childNodes.length,
      elements: document.getElementsByTagName("*").length,
      observing: (window as unknown as { __leaks: { observing: number } }).__leaks.observing,
      listeners: (window as unknown as { __listeners: () => number }).__listeners(),
    };
  }, { chart, cycles });
}

describe("1,000 mount/destroy cycles in Chromium", () => {
  it.each(["timeline", "cumulativeBars", "heldCaptives"])("%s leaves no node, observer, listener or heap growth over 1 MB behind", async (chart) => {
    const before = await page.evaluate(() => document.getElementsByTagName("*").length);
    await cycle(chart, 20); // warm up: compiled code, caches, the first layout's lazily built tables
    const heapBefore = await heap();
    const after = await cycle(chart, CYCLES);
    const heapAfter = await heap();
    // The counters saw a mounted chart (so they can fail) and nothing once it was destroyed.
    expect(after.during.observing).toBe(1);
    expect(after.during.listeners).toBeGreaterThan(0);
    expect(after.children).toBe(0);
    expect(after.elements).toBe(before);
    expect(after.observing).toBe(0);
    expect(after.listeners).toBe(0);
    expect(heapAfter - heapBefore, `heap grew by ${heapAfter - heapBefore} bytes`).toBeLessThan(HEAP_SLACK);
  }, 30_000);
});
