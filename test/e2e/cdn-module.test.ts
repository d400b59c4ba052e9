import { describe, expect, it } from "vitest";
import { serverAndBrowser } from "./support/setup.js";

// dist/cdn/*.js bundle their dependencies, so a <script type="module"> from a CDN (here a local
// static server on 127.0.0.1) has no bare specifier left to fail on.
const env = serverAndBrowser();

describe("the self-contained ES modules (dist/cdn/)", () => {
  it("render all three elements and a server SVG from a module script", async () => {
    const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    try {
      await page.goto(`${env.server.origin}/examples/cdn-module.html`, { waitUntil: "load" });
      await page.waitForFunction(() => Array.from(document.querySelectorAll("pow-timeline, pow-cumulative-bars, pow-held-captives")).every((el) => el.shadowRoot?.querySelector("svg")), undefined, { timeout: 15_000 });
      const drawn = await page.evaluate(() => Array.from(document.querySelectorAll("pow-timeline, pow-cumulative-bars, pow-held-captives"), (el) => [el.localName, el.shadowRoot!.querySelectorAll("svg").length]));
      expect(drawn).toEqual([["pow-timeline", 1], ["pow-cumulative-bars", 1], ["pow-held-captives", 1]]);
      expect(await page.locator("#server > svg").count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 30_000);

  it("leave no bare import specifier in the files", async () => {
    const { readFileSync } = await import("node:fs");
    for (const file of ["element.js", "charts.js"]) {
      const code = readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url), "utf8");
      expect(code, file).not.toMatch(/(?:^|[;\s])(?:import|export)\s*(?:[^"'`;]*?from\s*)?["'](?![./])[^"']+["']/);
    }
  });
});
