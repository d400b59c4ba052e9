import { describe, expect, it } from "vitest";
import type { Page } from "playwright";
import { chartNames } from "../../src/charts/registry.js";
import { pageRecord, recordPage } from "./support/browser.js";
import { serverAndBrowser } from "./support/setup.js";
import { builtSnippet, hydrated, readmeSnippet, routeArticle, splitLoader } from "./support/snippet-page.js";
import { lazyGraph } from "../../scripts/static/lazy-graph.js";
import { fileURLToPath } from "node:url";

// The progressive snippet (issue 15) in an article page, against the built dist/ (`npm test` builds first).
const env = serverAndBrowser();

const names = chartNames();

describe("the README's snippet with JavaScript disabled", () => {
  it("shows the chart as an image whose alt text carries the sources and dataset version", async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(await routeArticle(context, env.server.origin, "no-js", { embed: readmeSnippet(env.server.origin) }), { waitUntil: "load" });
      const img = await page.evaluate(() => {
        const el = document.querySelector<HTMLImageElement>("pow-timeline img")!;
        return { loaded: el.complete && el.naturalWidth > 0, src: el.currentSrc, alt: el.alt, width: el.getBoundingClientRect().width };
      });
      expect(img.loaded, img.src).toBe(true);
      expect(img.src).toMatch(/\/dist\/static\/timeline-en-320\.svg$/);
      expect(img.width).toBe(320);
      expect(img.alt).toMatch(/^Prisoner exchanges between Russia and Ukraine\. .*Sources: .*Data v\d+\.\d+\.\d+/);
    } finally {
      await context.close();
    }
  });

  it.each(names)("shows the built %s snippet too", async (name) => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(await routeArticle(context, env.server.origin, `no-js-${name}`, { embed: builtSnippet(name, env.server.origin) }), { waitUntil: "load" });
      const img = await page.evaluate((tag) => {
        const el = document.querySelector(`${tag} img`) as HTMLImageElement;
        return { loaded: el.complete && el.naturalWidth > 0, src: el.currentSrc, alt: el.alt };
      }, `pow-${name}`);
      expect(img.loaded, img.src).toBe(true);
      expect(img.src).toMatch(new RegExp(`/dist/static/${name}-en-640\\.svg$`));
      expect(img.alt).toMatch(/Sources: .*Data v\d/);
    } finally {
      await context.close();
    }
  });
});

/** Loads the chart's snippet in an article (loader in <head> or pasted in the body) and waits for the live chart. */
async function load(name: string, width: number, placement: "head" | "body", options: { csp?: boolean } = {}): Promise<{ page: Page; requests: string[]; problems: string[]; moved: number }> {
  const context = await env.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await recordPage(page);
  // The chart's module is held back until the static picture is painted and measured, as from a
  // slow CDN: the live chart replaces it in a later frame, where a shift would show.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await context.route("**/dist/lazy/*.js", async (route) => {
    await gate;
    await route.continue();
  });
  const snippet = builtSnippet(name, env.server.origin);
  const { element, loader } = splitLoader(snippet);
  const parts = placement === "head" ? { head: loader, embed: element } : { embed: snippet };
  await page.goto(await routeArticle(context, env.server.origin, `${name}-${placement}`, { ...parts, ...options }), { waitUntil: "load" });
  const painted = await page.evaluate((tag) => !!document.querySelector(`${tag} picture img`), `pow-${name}`);
  expect(painted, "the static picture is on the page before the live chart").toBe(true);
  // Chromium leaves moves under a few pixels out of layout-shift entries: compare positions too.
  const below = () => page.evaluate(() => document.getElementById("after")!.getBoundingClientRect().top + scrollY);
  const before = await below();
  release();
  await hydrated(page, `pow-${name}`);
  await page.evaluate(() => document.fonts.ready);
  return { page, requests, problems, moved: (await below()) - before };
}

describe("the snippet with JavaScript: no layout shift when the live chart replaces the static one", () => {
  for (const name of names) {
    it.each([320, 390, 768, 1280])(`${name} at %i px, loader in <head> and pasted in the body`, async (width) => {
      for (const placement of ["head", "body"] as const) {
        // A shift is retried once, with what moved written to the log: twice in about ten full
        // runs on a loaded two-core machine, one load at 1280 px recorded a shift of 1/64 that no
        // rerun showed (the next paragraph's position is asserted on every load, retried or not).
        // A real regression shifts every load and fails both attempts.
        for (let attempt = 1; ; attempt++) {
          const { page, problems, moved } = await load(name, width, placement);
          try {
            const after = await page.evaluate((tag) => {
              const el = document.querySelector(tag)!;
              return { svg: Number(el.shadowRoot!.querySelector("svg[role=img]")!.getAttribute("width")), box: Math.round(el.getBoundingClientRect().width) };
            }, `pow-${name}`);
            expect(after.svg, `${placement}: the live chart follows the container`).toBe(after.box);
            expect(moved, `${placement} at ${width} px: the next paragraph moved`).toBe(0);
            expect(problems).toEqual([]);
            const record = await pageRecord(page);
            if (record.shifts.length > 0 && attempt === 1) {
              console.warn(`layout shift on the first load, retried: ${name} ${placement} at ${width} px: ${record.shiftSources.join("; ")}`);
              continue;
            }
            expect(record.shifts, `${placement} at ${width} px: ${record.shiftSources.join("; ")}`).toEqual([]);
            break;
          } finally {
            await page.context().close();
          }
        }
      }
    });
  }
});

describe("the hydrated chart", () => {
  it("is interactive: a focusable svg, a tooltip from the keyboard and on hover", async () => {
    const { page } = await load("timeline", 390, "body");
    try {
      const svg = page.locator("pow-timeline svg[role=img]");
      expect(await svg.getAttribute("tabindex")).toBe("0");
      await svg.focus();
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.locator("pow-timeline [part=tooltip]").isVisible()).toBe(true);
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator("pow-timeline [part=tooltip]").isVisible()).toBe(false);
      // Hover along the middle of the plot until a record's tooltip shows.
      const box = (await svg.boundingBox())!;
      let shown = false;
      for (let x = box.x + 20; x < box.x + box.width - 10 && !shown; x += 6) {
        await page.mouse.move(x, box.y + box.height * 0.45);
        shown = await page.locator("pow-timeline [part=tooltip]").isVisible();
      }
      expect(shown).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it("works under the strict CSP with no violation, and loads only the charts on the page", async () => {
    const { page, requests, problems } = await load("held-captives", 390, "head", { csp: true });
    try {
      const record = await pageRecord(page);
      expect(record.violations).toEqual([]);
      expect(problems).toEqual([]);
      const lazy = requests.filter((path) => path.startsWith("/dist/lazy/")).sort();
      expect(lazy).toEqual(moduleGraph("lazy/held-captives.js").map((f) => `/dist/${f}`).sort());
      expect(lazy).not.toContain("/dist/lazy/timeline.js");
      expect(requests.filter((path) => path.endsWith(".js"))).not.toContain("/dist/pow-exchanges.global.js");
    } finally {
      await page.context().close();
    }
  });

  it.each([
    ["", 0],
    [", even when the chart's module arrives after that file was refused", 1_500],
  ])("refuses a chart file that differs from its published hash, and keeps the picture%s", async (_when, moduleDelay) => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 800 } });
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
      // A CDN serving one changed byte in a shared chunk: the loader preloads it with its sha384.
      await context.route("**/dist/lazy/chunk-*.js", async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: `${await response.text()}\n/* changed */` });
      });
      // A slow chart module: its imports are resolved only after the changed chunk was refused.
      if (moduleDelay > 0) {
        await context.route("**/dist/lazy/timeline.js", async (route) => {
          await new Promise((resolve) => setTimeout(resolve, moduleDelay));
          await route.continue();
        });
      }
      await page.goto(await routeArticle(context, env.server.origin, "tampered", { embed: builtSnippet("timeline", env.server.origin) }), { waitUntil: "load" });
      // The loader's own word that the chart did not load: until then a late import could still define it.
      await expect.poll(() => problems.join("\n"), { timeout: 20_000 }).toMatch(/could not load pow-timeline/);
      const state = await page.evaluate(() => ({ picture: !!document.querySelector("pow-timeline picture img"), defined: !!customElements.get("pow-timeline") }));
      expect(state).toEqual({ picture: true, defined: false });
    } finally {
      // A chunk still being changed in transit when the page is done with it is of no interest.
      await context.unrouteAll({ behavior: "ignoreErrors" });
      await context.close();
    }
  });
});

/** A lazy module and every chunk it imports, from the built files (the rule the bench and bundle tests use). */
const moduleGraph = (file: string): string[] => [...lazyGraph(fileURLToPath(new URL("../../dist/", import.meta.url)), file)];

describe("the one-script build with the snippet's markup", () => {
  it("hydrates the picture the same way: no shift, window.PowExchanges kept", async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 800 } });
    try {
      const page = await context.newPage();
      await recordPage(page);
      await context.route("**/dist/pow-exchanges.global.js", async (route) => {
        await new Promise((r) => setTimeout(r, 400));
        await route.continue();
      });
      const { element } = splitLoader(builtSnippet("cumulative-bars", env.server.origin));
      const embed = `${element}<script defer src="${env.server.origin}/dist/pow-exchanges.global.js"></script>`;
      await page.goto(await routeArticle(context, env.server.origin, "global", { embed }), { waitUntil: "domcontentloaded" });
      await hydrated(page, "pow-cumulative-bars");
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => typeof (window as unknown as { PowExchanges?: { timeline?: unknown } }).PowExchanges?.timeline)).toBe("function");
      expect((await pageRecord(page)).shifts).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
