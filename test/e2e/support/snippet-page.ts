import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright";
import { STRICT_CSP } from "./server.js";

const dist = new URL("../../../dist/", import.meta.url);

/** A built snippet (dist/snippet/NAME.html, made for a copy of dist/ at /dist/) pointed at `origin`. */
export function builtSnippet(name: string, origin: string): string {
  return readFileSync(new URL(`snippet/${name}.html`, dist), "utf8").replaceAll('"/dist/', `"${origin}/dist/`);
}

/** The README's recommended snippet, with its CDN placeholder replaced by `origin`'s dist/. */
export function readmeSnippet(origin: string): string {
  const readme = readFileSync(new URL("../README.md", dist), "utf8");
  const block = /<!-- snippet:start -->\s*```html\n([\s\S]*?)```\s*<!-- snippet:end -->/.exec(readme)?.[1];
  if (!block) throw new Error("README.md has no snippet between <!-- snippet:start --> and <!-- snippet:end -->");
  return block.replaceAll(/https:\/\/<your npm CDN>\/pow-exchanges@[^/]+\/dist\//g, `${origin}/dist/`);
}

/** The snippet without its loader line, and that line: for a page that loads the loader in <head>. */
export function splitLoader(snippet: string): { element: string; loader: string } {
  const loader = /<script type="module"[^>]*><\/script>\n?/.exec(snippet)?.[0];
  if (!loader) throw new Error("the snippet has no module script");
  return { element: snippet.replace(loader, ""), loader };
}

const CSS = `html{overflow-y:scroll}body{margin:0;font:18px/1.55 Georgia,"DejaVu Serif",serif;color:#1a1a1a;background:#fff}
article{max-width:680px;margin:0 auto;padding:0 16px 48px}h1{font-size:30px;line-height:1.15;margin:20px 0 8px}`;
const P = "Russia and Ukraine exchanged prisoners of war again on Thursday, according to officials on both sides.";

/**
 * Serves, in this context only, an article page at `${origin}/article/NAME.html` (and its
 * stylesheet: no inline style, so the strict policy applies as is) with `head` at the end of
 * <head> and `embed` between the second and third paragraphs. `csp` sends the strict policy.
 */
export async function routeArticle(context: BrowserContext | Page, origin: string, name: string, parts: { head?: string; embed: string; csp?: boolean }): Promise<string> {
  await context.route(`${origin}/article/article.css`, (route) => route.fulfill({ contentType: "text/css", body: CSS }));
  await context.route(`${origin}/article/${name}.html`, (route) => route.fulfill({
    contentType: "text/html; charset=utf-8",
    headers: parts.csp ? { "content-security-policy": STRICT_CSP } : {},
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Article</title><link rel="stylesheet" href="/article/article.css">${parts.head ?? ""}</head>
<body><article><h1>Russia and Ukraine swap prisoners of war</h1><p>${P}</p><p>${P}</p>
${parts.embed}
<p id="after">${P}</p><p>${P}</p><p>${P}</p></article></body></html>`,
  }));
  return `${origin}/article/${name}.html`;
}

/** Waits until the element drew its live chart and its static picture is gone. */
export async function hydrated(page: Page, tag: string): Promise<void> {
  await page.waitForFunction((t) => {
    const el = document.querySelector(t);
    return !!el?.shadowRoot?.querySelector("svg[role=img]") && !el.querySelector("picture, img");
  }, tag, { timeout: 30_000 });
}
