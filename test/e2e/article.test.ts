import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright";
import { launch, pageRecord, recordPage, registeredNames } from "./support/browser.js";
import { exportFile, pngSize } from "./support/downloads.js";
import { serve, type StaticServer } from "./support/server.js";

// Page-level tests against the built dist/ (`npm test` builds first), in one shared browser.
let server: StaticServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([serve(), launch()]);
  page = await browser.newPage({ viewport: { width: 1024, height: 800 }, acceptDownloads: true });
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await recordPage(page);
  await page.addInitScript(() => {
    const messages: unknown[] = [];
    (window as unknown as { __messages: unknown[] }).__messages = messages;
    window.addEventListener("message", (e) => messages.push(e.data));
  });
  await page.goto(`${server.origin}/examples/article.html`, { waitUntil: "load" });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("examples/article.html", () => {
  it("renders every registered chart element with no console errors", async () => {
    const names = await registeredNames(page);
    expect(names).toContain("timeline");
    for (const name of names) {
      const drawn = await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelectorAll("[data-layer=marks] > *").length ?? -1, `pow-${name}`);
      expect(drawn, name).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
  });

  it("has no layout shift and no CSP violations", async () => {
    const record = await pageRecord(page);
    expect(record.shifts).toEqual([]);
    expect(record.violations).toEqual([]);
  });

  it("has zero axe violations, inside the elements' shadow roots too", async () => {
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run({ resultTypes: ["violations"] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  it("resizes the iframe from the height it posts (pym.js and AMP formats)", async () => {
    await expect.poll(() => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages.filter((m) => typeof m === "string" && m.includes("xPYMxheightxPYMx")).length)).toBeGreaterThan(0);
    const { pym, amp, frameHeight, contentHeight } = await page.evaluate(() => {
      const messages = (window as unknown as { __messages: unknown[] }).__messages;
      const iframe = document.querySelector<HTMLIFrameElement>("iframe[data-pow-embed]")!;
      return {
        pym: messages.filter((m): m is string => typeof m === "string").at(-1)!,
        amp: messages.filter((m) => typeof m === "object" && (m as { sentinel?: string }).sentinel === "amp").at(-1) as { type: string; height: number },
        frameHeight: iframe.getBoundingClientRect().height,
        contentHeight: Math.ceil(iframe.contentDocument!.body.getBoundingClientRect().height),
      };
    });
    expect(pym).toBe(`pympowxPYMxheightxPYMx${contentHeight}`);
    expect(amp).toEqual({ sentinel: "amp", type: "embed-size", height: contentHeight });
    expect(contentHeight).toBeGreaterThan(300);
    expect(frameHeight).toBe(contentHeight);
    expect(await page.frameLocator("iframe[data-pow-embed]").locator("html").getAttribute("lang")).toBe("uk");
  });

  it("downloads SVG, PNG (2×) and CSV from the export buttons", async () => {
    const svg = await exportFile(page, "pow-timeline", "svg");
    expect(svg.name).toBe("pow-exchanges-timeline.svg");
    const text = svg.bytes.toString("utf8");
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, "image/svg+xml");
      return { error: doc.querySelector("parsererror") !== null, title: doc.querySelector("title")?.textContent, width: Number(doc.documentElement.getAttribute("width")) };
    }, text);
    expect(parsed).toMatchObject({ error: false, title: "Prisoner exchanges between Russia and Ukraine" });
    expect(text).toMatch(/Data v\d+\.\d+\.\d+.*package pow-exchanges@\d/);

    const png = await exportFile(page, "pow-timeline", "png");
    expect(png.name).toBe("pow-exchanges-timeline.png");
    expect(pngSize(png.bytes).width).toBe(parsed.width * 2);

    const csv = await exportFile(page, "pow-timeline", "csv");
    const lines = csv.bytes.toString("utf8").trim().split("\n");
    expect(lines[0]).toMatch(/^id,date,datePrecision,toUkraine,toRussia,/);
    expect(lines.length).toBeGreaterThan(50);
  });

  it("tells the page which record a reader selected", async () => {
    await page.locator("pow-timeline svg[role=img]").focus();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#selected").textContent()).toMatch(/^Selected: \d{4}-\d{2}-\d{2}/);
  });
});
