import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Page } from "playwright";
import { serverAndBrowser } from "./support/setup.js";
import { builtSnippet, hydrated, routeArticle } from "./support/snippet-page.js";

// What the progressive snippet's lazy modules load only when needed (issue 15): a locale's words
// and the sources' addresses. Against the built dist/ (`npm test` builds first).
const env = serverAndBrowser();

const root = new URL("../../", import.meta.url);
const firstExchange = (JSON.parse(readFileSync(new URL("data/exchanges.json", root), "utf8")) as { date: string; sources: { url: string }[] }[])
  .sort((a, b) => (a.date < b.date ? -1 : 1))[0]!;

/** The CLI's snippet for a chart in a locale, pointed at the test server's dist/. */
function localeSnippet(name: string, locale: string): string {
  return execFileSync(process.execPath, [new URL("dist/cli.js", root).pathname, "snippet", name, "--locale", locale, "--base", `${env.server.origin}/dist/`], { encoding: "utf8" });
}

/** Opens an article with `embed`, waits for the live chart, and keeps the paths the page requested. */
async function open(name: string, embed: string): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(await routeArticle(context, env.server.origin, `lazy-${name}-${requests.length}-${Math.random().toString(36).slice(2)}`, { embed }), { waitUntil: "load" });
  await hydrated(page, `pow-${name}`);
  return { page, requests, problems };
}

const lazyFiles = (requests: string[]) => requests.filter((path) => /\/dist\/lazy\/(locale-|source-addresses)/.test(path)).map((path) => path.slice(path.lastIndexOf("/") + 1));

describe("the lazy modules' words", () => {
  it("draw an English chart without loading any other language", async () => {
    const { page, requests, problems } = await open("timeline", builtSnippet("timeline", env.server.origin));
    try {
      expect(lazyFiles(requests)).toEqual([]);
      expect(await page.locator("pow-timeline").evaluate((el) => el.shadowRoot!.querySelector("svg")!.textContent)).toContain("Prisoner exchanges between Russia and Ukraine");
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it.each([
    ["timeline", "uk", "Обміни полоненими між Росією та Україною"],
    ["held-captives", "ru", "Сколько пленных, по заявлениям, удерживает каждая сторона"],
  ])("draw %s in %s once that language's module arrives, and load only it", async (name, locale, title) => {
    const { page, requests, problems } = await open(name, localeSnippet(name, locale));
    try {
      expect(lazyFiles(requests)).toEqual([`locale-${locale}.js`]);
      // The loader asked for it alongside the chart's files, with its hash.
      expect(await page.evaluate((file) => document.querySelector(`link[rel=modulepreload][href$="/lazy/${file}"]`)?.getAttribute("integrity") ?? null, `locale-${locale}.js`)).toMatch(/^sha384-/);
      const text = await page.locator(`pow-${name}`).evaluate((el) => el.shadowRoot!.querySelector("svg")!.textContent);
      expect(text).toContain(title);
      expect(await page.locator(`pow-${name}`).evaluate((el) => (el as unknown as { error: string | null }).error)).toBeNull();
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("switch an English chart to Russian when its locale changes, keeping it on screen meanwhile", async () => {
    const { page, requests, problems } = await open("timeline", builtSnippet("timeline", env.server.origin));
    try {
      await page.locator("pow-timeline").evaluate((el) => el.setAttribute("locale", "ru"));
      // Until the Russian module is in, the English chart stays (no empty box).
      expect(await page.locator("pow-timeline").evaluate((el) => !!el.shadowRoot!.querySelector("svg[role=img]"))).toBe(true);
      await expect.poll(() => page.locator("pow-timeline").evaluate((el) => el.shadowRoot!.querySelector("svg")!.textContent), { timeout: 15_000 }).toContain("Обмены пленными между Россией и Украиной");
      expect(lazyFiles(requests)).toEqual(["locale-ru.js"]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe("the lazy modules' source addresses", () => {
  it("load when a tooltip first opens, and its sources become links to the records' own addresses", async () => {
    const { page, requests, problems } = await open("timeline", builtSnippet("timeline", env.server.origin));
    try {
      expect(lazyFiles(requests)).toEqual([]);
      await page.locator("pow-timeline svg[role=img]").focus();
      await page.keyboard.press("ArrowRight"); // the first exchange
      const links = page.locator("pow-timeline [part=tooltip] a[href]");
      await expect.poll(() => links.count(), { timeout: 15_000 }).toBe(Math.min(4, firstExchange.sources.length));
      expect(await links.evaluateAll((list) => list.map((a) => (a as HTMLAnchorElement).href))).toEqual(firstExchange.sources.slice(0, 4).map((s) => new URL(s.url).href));
      expect(lazyFiles(requests)).toEqual(["source-addresses.js"]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("are reached from the keyboard: Tab from the chart goes through the tooltip's buttons to its first source link", async () => {
    const { page, problems } = await open("timeline", builtSnippet("timeline", env.server.origin));
    try {
      await page.locator("pow-timeline svg[role=img]").focus();
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.locator("pow-timeline [part=tooltip] a[href]").count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const reached: string[] = [];
      for (let i = 0; i < 5 && !reached.at(-1)?.startsWith("A "); i++) {
        await page.keyboard.press("Tab");
        reached.push(await page.locator("pow-timeline").evaluate((el) => {
          const active = el.shadowRoot!.activeElement;
          return `${active?.tagName ?? "none"} ${active?.getAttribute("href") ?? active?.textContent ?? ""}`;
        }));
      }
      expect(reached.at(-1), reached.join(" → ")).toBe(`A ${new URL(firstExchange.sources[0]!.url).href}`);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("never leave an export without them: toCSV() says they are loading, download('csv') waits for them", async () => {
    const { page, problems } = await open("timeline", builtSnippet("timeline", env.server.origin));
    try {
      const before = await page.locator("pow-timeline").evaluate((el) => {
        try {
          return (el as unknown as { toCSV(): string }).toCSV();
        } catch (error) {
          return `threw: ${(error as Error).message}`;
        }
      });
      expect(before).toMatch(/^threw: .*still loading/);
      const csv = await page.locator("pow-timeline").evaluate(async (el) => {
        const chart = el as unknown as { download(format: string): Promise<void>; toCSV(): string };
        await chart.download("csv");
        return chart.toCSV();
      });
      expect(csv).not.toContain("pow-source:");
      expect(csv).toContain(firstExchange.sources[0]!.url);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe("the --eager snippet", () => {
  it("fetches each of the chart's files once, whether preloaded or imported, and draws the chart", async () => {
    const eager = execFileSync(process.execPath, [new URL("dist/cli.js", root).pathname, "snippet", "timeline", "--eager", "--base", `${env.server.origin}/dist/`], { encoding: "utf8" });
    const { page, requests, problems } = await open("timeline", eager);
    try {
      const lazy = requests.filter((path) => path.startsWith("/dist/lazy/"));
      expect(lazy.length).toBeGreaterThan(1);
      expect(new Set(lazy).size, lazy.join(" ")).toBe(lazy.length);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
