import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Frame, Page } from "playwright";
import { launch } from "./support/browser.js";
import { serve, type StaticServer } from "./support/server.js";

// The README's iframe snippet in an article on another origin (http://localhost:…), with dist/ on
// http://127.0.0.1:… standing in for the npm CDN. Needs `npm run build`. (A page answered by
// page.route does not do: Chromium counts it as public and blocks its iframes of 127.0.0.1.)
let server: StaticServer;
let browser: Browser;
let articles: Server;
const bodies = new Map<string, string>();
let articleOrigin = "";

/** The first html block of the README's "### N. An iframe", with the CDN base pointed at the local server. */
function readmeSnippet(): string {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const start = readme.search(/^### \d+\. An iframe$/m);
  if (start < 0) throw new Error("no \"An iframe\" section in the README");
  const end = readme.slice(start + 1).search(/^### /m);
  const section = readme.slice(start, end < 0 ? undefined : start + 1 + end);
  const block = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("no html block in the README's iframe section");
  return block.replaceAll("https://<your npm CDN>/pow-exchanges@<version>/", `${server.origin}/`);
}
const withoutScripts = (html: string) => html.replace(/<script[\s\S]*?<\/script>\n?/g, "");

/** Opens `body` as an article on localhost, recording the heights each iframe posts and takes. */
async function article(body: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const path = `/article-${bodies.size}.html`;
  bodies.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Article</title></head><body style="margin:0">\n<p>Before the chart.</p>\n${body}\n<p>After the chart.</p></body></html>`);
  await page.addInitScript(() => {
    if (window !== window.top) return;
    const w = window as unknown as { __posted: unknown[]; __heights: string[] };
    w.__posted = [];
    w.__heights = [];
    window.addEventListener("message", (e) => w.__posted.push(e.data));
    new MutationObserver((records) => {
      for (const r of records) if (r.target instanceof HTMLIFrameElement) w.__heights.push(`${r.target.id}:${r.target.style.height}`);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["style"] });
  });
  await page.goto(articleOrigin + path, { waitUntil: "load" });
  return page;
}

/** The chart's frame: the one whose URL is embed.html, once its chart has drawn its marks. */
async function chartFrame(page: Page, index = 0): Promise<Frame> {
  await expect.poll(() => page.frames().filter((f) => f.url().includes("/dist/embed.html")).length).toBeGreaterThan(index);
  const frame = page.frames().filter((f) => f.url().includes("/dist/embed.html"))[index]!;
  await frame.waitForFunction(() => (document.querySelector("main > *")?.shadowRoot?.querySelectorAll("[data-layer=marks] > *").length ?? 0) > 0);
  return frame;
}

/** Where the footer and buttons are, in the frame's own coordinates, after two frames. */
function footerBox(frame: Frame) {
  return frame.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const root = document.querySelector("main > *")!.shadowRoot!;
    const texts = [...root.querySelectorAll("[data-layer=frame] text")].map((t) => ({ text: t.textContent ?? "", ...t.getBoundingClientRect().toJSON() }));
    const actions = root.querySelector(".actions")!.getBoundingClientRect();
    return {
      viewport: window.innerHeight,
      scrollHeight: document.scrollingElement!.scrollHeight,
      lowestText: Math.max(...texts.map((t) => t.bottom)),
      versionLine: texts.find((t) => /pow-exchanges@\d/.test(t.text)),
      actions: { top: actions.top, bottom: actions.bottom, height: actions.height },
    };
  });
}

beforeAll(async () => {
  articles = createServer((req, res) => {
    const body = bodies.get(new URL(req.url ?? "/", "http://localhost").pathname);
    if (body) res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => articles.listen(0, "127.0.0.1", resolve));
  articleOrigin = `http://localhost:${(articles.address() as AddressInfo).port}`;
  [server, browser] = await Promise.all([serve(), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => articles?.close(resolve));
});

describe("the README's iframe snippet with no script of ours on the page", () => {
  it.each([320, 390, 768, 1280])("keeps the footer and the buttons inside the iframe's box at %i px", async (width) => {
    const snippet = withoutScripts(readmeSnippet());
    expect(snippet).toMatch(/<iframe[^>]*height:\d+px/);
    const page = await article(snippet, width);
    const frame = await chartFrame(page);
    const box = await footerBox(frame);
    const iframeHeight = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);
    expect(box.viewport).toBe(iframeHeight);
    expect(box.versionLine, "the dataset line is drawn").toBeDefined();
    expect(box.lowestText).toBeLessThanOrEqual(box.actions.top);
    expect(box.actions.height).toBeGreaterThan(0);
    expect(box.actions.bottom).toBeLessThanOrEqual(box.viewport);
    expect(box.scrollHeight, "nothing below the box").toBeLessThanOrEqual(box.viewport);
    // No script on the article: the iframe's height is the snippet's own.
    expect(await page.evaluate(() => (window as unknown as { __heights: string[] }).__heights)).toEqual([]);
    await page.close();
  });

  it("is at least the height the chart reports at phone widths, so a phone shows it at its own size", async () => {
    const snippetHeight = Number(/height:(\d+)px/.exec(readmeSnippet())![1]);
    for (const width of [320, 390]) {
      const page = await article(withoutScripts(readmeSnippet()), width);
      await chartFrame(page);
      const reported = await lastHeight(page);
      expect(snippetHeight, `${width} px`).toBeGreaterThanOrEqual(reported);
      await page.close();
    }
  });
});

/** The last height the page heard, checked to be the same in pym.js's and AMP's formats. */
async function lastHeight(page: Page, ignore = ""): Promise<number> {
  await expect.poll(() => page.evaluate((skip) => (window as unknown as { __posted: unknown[] }).__posted.filter((m) => m !== skip).length, ignore)).toBeGreaterThan(1);
  const { pym, amp } = await page.evaluate((skip) => {
    const posted = (window as unknown as { __posted: unknown[] }).__posted.filter((m) => m !== skip);
    return { pym: posted.filter((m): m is string => typeof m === "string").at(-1)!, amp: posted.filter((m) => typeof m === "object").at(-1) as { height: number } };
  }, ignore);
  const height = Number(/^pympowxPYMxheightxPYMx(\d+)$/.exec(pym)?.[1]);
  expect(amp).toEqual({ sentinel: "amp", type: "embed-size", height });
  return height;
}

/** Waits until the iframe `selector` has had the same height for 60 animation frames in a row, and returns it. */
function settledHeight(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => new Promise<number>((resolve) => {
    const frame = document.querySelector<HTMLIFrameElement>(sel)!;
    let last = -1;
    let still = 0;
    const tick = () => {
      const h = frame.getBoundingClientRect().height;
      still = h === last ? still + 1 : 0;
      last = h;
      if (still >= 60) resolve(h);
      else requestAnimationFrame(tick);
    };
    tick();
  }), selector);
}

describe("with the resizer script (dist/iframe-resizer.js)", () => {
  it.each([[390, 380], [1280, 900]])("gives the iframe the reported height at %i px (from %i px), which then stays put", async (width, start) => {
    const page = await article(readmeSnippet().replace(/height:\d+px/, `height:${start}px`), width);
    const frame = await chartFrame(page);
    await expect.poll(async () => (await page.evaluate(() => (window as unknown as { __heights: string[] }).__heights)).length).toBeGreaterThan(0);
    const reported = await lastHeight(page);
    await expect.poll(() => page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height)).toBe(reported);
    expect(reported).not.toBe(start);
    // Settled: the height holds for a second of frames, and nothing more is posted or set.
    const before = await page.evaluate(() => [(window as unknown as { __posted: unknown[] }).__posted.length, (window as unknown as { __heights: string[] }).__heights.length]);
    expect(await settledHeight(page, "iframe")).toBe(reported);
    await frame.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    expect(await page.evaluate(() => [(window as unknown as { __posted: unknown[] }).__posted.length, (window as unknown as { __heights: string[] }).__heights.length])).toEqual(before);
    const box = await footerBox(frame);
    expect(box.scrollHeight).toBeLessThanOrEqual(box.viewport);
    expect(box.actions.bottom).toBeLessThanOrEqual(box.viewport);
    await page.close();
  });
});

describe("sandboxed iframes", () => {
  it("resize only when named with data-pow-embed=\"sandboxed\", and only from their own window", async () => {
    const src = /src="([^"]+embed\.html[^"]*)"/.exec(readmeSnippet())![1]!;
    const resizer = /<script defer src="([^"]+iframe-resizer\.js)"/.exec(readmeSnippet())![1]!;
    // A third sandboxed frame (origin "null" too) keeps claiming a height of 999 px.
    const forged = "pympowxPYMxheightxPYMx999";
    const forger = `<script>setInterval(() => parent.postMessage('${forged}', '*'), 20)<\/script>`;
    const page = await article([
      `<iframe id="named" data-pow-embed="sandboxed" sandbox="allow-scripts" title="named" style="width:100%;height:380px;border:0" src="${src}"></iframe>`,
      `<iframe id="unnamed" data-pow-embed sandbox="allow-scripts" title="unnamed" style="width:100%;height:380px;border:0" src="${src}"></iframe>`,
      `<iframe id="forger" sandbox="allow-scripts" title="forger" srcdoc="${forger}"></iframe>`,
      `<script defer src="${resizer}"></script>`,
    ].join("\n"), 390);
    await chartFrame(page, 1);
    const reported = await lastHeight(page, forged);
    await expect.poll(() => page.locator("#named").evaluate((f) => f.getBoundingClientRect().height)).toBe(reported);
    // The forger has been posting all along: let it post for a while more.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted.filter((m) => m === "pympowxPYMxheightxPYMx999").length)).toBeGreaterThan(20);
    expect(reported).not.toBe(999);
    expect(await settledHeight(page, "#named")).toBe(reported);
    expect(await page.locator("#unnamed").evaluate((f) => f.getBoundingClientRect().height)).toBe(380);
    const heights = await page.evaluate(() => (window as unknown as { __heights: string[] }).__heights);
    expect(heights.filter((h) => h.endsWith(":999px"))).toEqual([]);
    expect(heights.filter((h) => !h.startsWith("named:"))).toEqual([]);
    await page.close();
  });
});
