import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright";
import { launch } from "./support/browser.js";
import { serve, type StaticServer } from "./support/server.js";

// The deployed Storybook, not the dev server: `npm run build-storybook` (run by `npm test` before
// Vitest) tree-shakes by package.json's "sideEffects", which once left every Elements story blank.
const site = new URL("../../storybook-static/", import.meta.url);
const built = existsSync(new URL("index.json", site));
interface Entry { id: string; title: string; type: "story" | "docs" }
const entries: Entry[] = built ? Object.values((JSON.parse(readFileSync(new URL("index.json", site), "utf8")) as { entries: Record<string, Entry> }).entries) : [];
const elementStories = entries.filter((e) => e.title === "Elements" && e.type === "story").map((e) => e.id);

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  if (!built) throw new Error("storybook-static/ is missing: run `npm run build-storybook` first (npm test does)");
  [server, browser] = await Promise.all([serve({ dirs: ["storybook-static"] }), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a story or docs page of the static build, alone in its iframe. */
async function open(id: string, viewMode: "story" | "docs"): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(`${server.origin}/storybook-static/iframe.html?id=${id}&viewMode=${viewMode}`, { waitUntil: "load" });
  return page;
}

/** What each chart element on the page shows: "svg", "alert" or "blank" (undefined, or nothing drawn yet). */
function shown(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll("pow-timeline, pow-cumulative-bars, pow-held-captives"), (el) =>
    !customElements.get(el.localName) ? "blank" : el.shadowRoot?.querySelector("svg") ? "svg" : el.shadowRoot?.querySelector("[role=alert]") ? "alert" : "blank"));
}

describe("the static Storybook build in Chromium", () => {
  it("has the Elements stories", () => {
    expect(elementStories.length).toBeGreaterThanOrEqual(15);
  });

  it.each(elementStories)("%s draws its element", async (id) => {
    const page = await open(id, "story");
    try {
      await page.waitForFunction(() => {
        const el = document.querySelector("pow-timeline, pow-cumulative-bars, pow-held-captives");
        return !!el?.shadowRoot?.querySelector("svg, [role=alert]");
      }, undefined, { timeout: 15_000 }).catch(() => undefined);
      // The invalid-attribute story shows the element's error message instead of a chart, as it should.
      expect(await shown(page)).toEqual([id.endsWith("--invalid-attribute") ? "alert" : "svg"]);
    } finally {
      await page.close();
    }
  }, 30_000);

  it("draws the elements on the Elements docs page", async () => {
    const page = await open("elements--documentation", "docs");
    try {
      await page.waitForFunction(() => {
        const all = Array.from(document.querySelectorAll("pow-timeline, pow-cumulative-bars, pow-held-captives"));
        return all.length > 0 && all.every((el) => el.shadowRoot?.querySelector("svg, [role=alert]"));
      }, undefined, { timeout: 20_000 }).catch(() => undefined);
      const states = await shown(page);
      expect(states.length).toBeGreaterThan(0);
      expect(states.filter((state) => state === "blank")).toEqual([]);
      expect(states.filter((state) => state === "svg").length).toBeGreaterThanOrEqual(states.length - 1);
    } finally {
      await page.close();
    }
  }, 30_000);

  it("renders the Markdown tables of the docs pages as tables", async () => {
    const page = await open("docs-introduction--documentation", "docs");
    try {
      await page.waitForSelector("#storybook-docs table", { timeout: 15_000 });
      const text = await page.evaluate(() => document.querySelector("#storybook-docs")!.textContent ?? "");
      expect(text).not.toMatch(/\|---/);
    } finally {
      await page.close();
    }
  }, 30_000);
});
