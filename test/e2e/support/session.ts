import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright";
import { launch } from "./browser.js";
import { serve, type StaticServer } from "./server.js";

/** The static server and Chromium a test file shares, set once its `beforeAll` has run. */
export interface BrowserSession {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * Starts the static server and Chromium before a file's tests and closes both after them. Call it
 * at the top of the file: a `beforeAll` the file adds afterwards runs once both are up.
 *
 * @example
 * const session = browserSession();
 * it("…", async () => { const page = await session.browser.newPage(); … });
 */
export function browserSession(): BrowserSession {
  const session = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    [session.server, session.browser] = await Promise.all([serve({}), launch()]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
