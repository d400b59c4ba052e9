import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright";
import { launch, pageRecord, recordPage, registeredNames } from "./support/browser.js";
import { exportFile } from "./support/downloads.js";
import { serve, STRICT_CSP, type StaticServer } from "./support/server.js";

// The acceptance test: a page served with the strict policy, the global script alone, 390 px.
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([serve({ csp: (path) => path.endsWith("csp.html") || path.endsWith("embed.html") }), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width = 390): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  await recordPage(page);
  // A slow script is when a page would shift: hold it back and expect no shift anyway.
  await page.route("**/pow-exchanges.global.js", async (route) => {
    await new Promise((r) => setTimeout(r, 300));
    await route.continue();
  });
  const response = await page.goto(`${server.origin}${path}`, { waitUntil: "load" });
  expect(response!.headers()["content-security-policy"]).toBe(STRICT_CSP);
  return page;
}

describe("a page with a strict Content-Security-Policy", () => {
  let page: Page;
  beforeAll(async () => {
    page = await open("/examples/csp.html");
  });

  it("renders every element at 390 px with no violations and no layout shift", async () => {
    for (const name of await registeredNames(page)) {
      const box = await page.evaluate((tag) => {
        const el = document.querySelector(tag)!;
        const svg = el.shadowRoot!.querySelector("svg[role=img]");
        return { width: el.getBoundingClientRect().width, svgWidth: Number(svg?.getAttribute("width")) };
      }, `pow-${name}`);
      expect(box.svgWidth, name).toBeGreaterThan(300);
      expect(box.svgWidth, name).toBeLessThanOrEqual(390);
      expect(box.svgWidth).toBe(box.width);
    }
    const record = await pageRecord(page);
    expect(record.violations).toEqual([]);
    expect(record.shifts).toEqual([]);
  });

  it("re-renders when the locale attribute changes, still without violations", async () => {
    const titles = await page.evaluate(async () => {
      const el = document.querySelector("pow-timeline")!;
      const read = () => el.shadowRoot!.querySelector("svg title")!.textContent;
      const before = read();
      el.setAttribute("locale", "uk");
      // Attribute changes render in the next animation frame.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return [before, read()];
    });
    expect(titles).toEqual(["Prisoner exchanges between Russia and Ukraine", "Обміни полоненими між Росією та Україною"]);
    await page.locator("pow-timeline svg[role=img]").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator("pow-timeline [part=tooltip]").isVisible()).toBe(true);
    expect((await pageRecord(page)).violations).toEqual([]);
  });

  it("exports SVG and CSV under the policy; PNG falls back to SVG where blob: images are blocked", async () => {
    expect((await exportFile(page, "pow-timeline", "svg")).bytes.toString("utf8")).toMatch(/^<svg[^>]*>.*<title/);
    expect((await exportFile(page, "pow-timeline", "csv")).bytes.toString("utf8")).toMatch(/^id,date,/);
    expect((await pageRecord(page)).violations).toEqual([]);
    const png = await exportFile(page, "pow-timeline", "png");
    expect(png.name).toBe("pow-exchanges-timeline.svg");
    expect(await page.locator("pow-timeline [role=status]").textContent()).toMatch(/PNG/);
    // The documented limit: a bare default-src 'self' blocks blob: in img-src.
    expect((await pageRecord(page)).violations).toEqual([expect.stringMatching(/^img-src blob/)]);
    // Four downloads in a real browser: sized for a loaded two-core CI machine, not for a quiet one.
  }, 30_000);
});

describe("dist/embed.html under the strict policy", () => {
  it("renders the requested chart and locale with no violations", async () => {
    const page = await open("/dist/embed.html?chart=timeline&locale=ru&highlight=2024-07-17&title=%3Cb%3Ex%3C%2Fb%3E");
    const state = await page.evaluate(() => {
      const el = document.querySelector("pow-timeline")!;
      return { lang: document.documentElement.lang, title: el.shadowRoot!.querySelector("svg title")!.textContent, bold: el.shadowRoot!.querySelector("b") !== null };
    });
    expect(state).toEqual({ lang: "ru", title: "<b>x</b>", bold: false });
    expect((await pageRecord(page)).violations).toEqual([]);
  });

  it("refuses a date span outside 1900–2199 with a visible message, drawing nothing", async () => {
    const page = await open("/dist/embed.html?chart=timeline&from=0100-01-01&to=9999-12-31");
    const state = await page.evaluate(() => {
      const root = document.querySelector("pow-timeline")!.shadowRoot!;
      return { alert: root.querySelector("[role=alert]")?.textContent ?? "", elements: root.querySelectorAll("svg *").length };
    });
    expect(state.alert).toContain('invalid from: "0100-01-01"');
    expect(state.elements).toBe(0);
  });

  it("exports well-formed SVG for XML-illegal characters in its title", async () => {
    const page = await open("/dist/embed.html?chart=cumulative-bars&title=a%0Bb%01%3C%2Ftitle%3E");
    const parsed = await page.evaluate(() => {
      const svg = (document.querySelector("pow-cumulative-bars") as unknown as { toSVG(): string }).toSVG();
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      return { error: doc.querySelector("parsererror") !== null, title: doc.querySelector("title")?.textContent };
    });
    expect(parsed).toEqual({ error: false, title: "ab</title>" });
  });

  it("names an unknown chart as text", async () => {
    const page = await open("/dist/embed.html?chart=piechart");
    expect(await page.locator("[role=alert]").textContent()).toMatch(/unknown chart: "piechart" \(expected timeline/);
  });
});
