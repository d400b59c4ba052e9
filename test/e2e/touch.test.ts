import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright";
import { serverAndBrowser } from "./support/setup.js";

// A reader on a phone: a touch context at 320 px, the README's element page, every chart.
const env = serverAndBrowser();
let page: Page;

beforeAll(async () => {
  const context = await env.browser.newContext({ viewport: { width: 320, height: 720 }, hasTouch: true, isMobile: true });
  page = await context.newPage();
  await page.goto(`${env.server.origin}/examples/csp.html`, { waitUntil: "load" });
});

const tags = ["pow-timeline", "pow-cumulative-bars", "pow-held-captives"];

/** Taps a grid of points over the chart until one opens a tooltip; returns whether one did. */
async function tapUntilTooltip(tag: string): Promise<boolean> {
  const svg = page.locator(`${tag} svg[role=img]`).first();
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  for (let row = 1; row < 10; row++) {
    for (let col = 1; col < 8; col++) {
      await page.touchscreen.tap(box.x + (box.width * col) / 8, box.y + (box.height * row) / 10);
      if (await page.locator(`${tag} [part=tooltip]`).isVisible()) return true;
    }
  }
  return false;
}

describe.each(tags)("%s on a phone", (tag) => {
  it("opens a tooltip with figures and an http(s) source link at a tap, and closes it from its button", async () => {
    expect(await tapUntilTooltip(tag)).toBe(true);
    const tooltip = page.locator(`${tag} [part=tooltip]`);
    expect(await tooltip.locator("dd").count()).toBeGreaterThan(0);
    const hrefs = await tooltip.locator("a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.some((href) => /^https?:\/\//.test(href))).toBe(true);
    // It stays inside the window at 320 px.
    const box = (await tooltip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await tooltip.locator("button[aria-label=Close]").tap();
    expect(await tooltip.isVisible()).toBe(false);
  });

  it("reaches the tooltip's source link with Tab from the chart, and closes it with Escape", async () => {
    expect(await tapUntilTooltip(tag)).toBe(true);
    await page.locator(`${tag} svg[role=img]`).first().focus();
    let onLink = false;
    for (let i = 0; i < 8 && !onLink; i++) {
      await page.keyboard.press("Tab");
      onLink = await page.evaluate((t) => document.querySelector(t)!.shadowRoot!.activeElement?.tagName === "A", tag);
    }
    expect(onLink).toBe(true);
    expect(await page.locator(`${tag} [part=tooltip]`).isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    expect(await page.locator(`${tag} [part=tooltip]`).isVisible()).toBe(false);
  });
});
