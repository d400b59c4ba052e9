import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright";
import { launch } from "./browser.js";
import { serve, type StaticServer } from "./server.js";

/**
 * One static server and one Chromium for a test file: opened before its tests, closed after.
 * Read `env.server` and `env.browser` inside tests (they are set by the time tests run).
 *
 * @example
 * const env = serverAndBrowser();
 * it("…", async () => { const page = await env.browser.newPage(); await page.goto(`${env.server.origin}/…`); });
 */
export function serverAndBrowser(options?: Parameters<typeof serve>[0]): { server: StaticServer; browser: Browser } {
  const env = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([serve(options), launch()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
