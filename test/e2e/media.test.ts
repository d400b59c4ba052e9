import { describe, expect, it } from "vitest";
import type { Page } from "playwright";
import { serverAndBrowser } from "./support/setup.js";
import { darkTheme, lightTheme } from "../../src/charts/core/theme.js";

// Print and forced colours, in Chromium with the media emulated, on a page whose chart is dark.
const env = serverAndBrowser();

const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, "0")).join("")}`;

async function darkChart(): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width: 640, height: 900 } });
  await page.goto(`${env.server.origin}/examples/csp.html`, { waitUntil: "load" });
  await page.evaluate(() => document.querySelector("pow-timeline")!.setAttribute("dark", "true"));
  await page.waitForFunction(() => document.querySelector("pow-timeline")?.shadowRoot?.querySelector(".pow-chart.pow-dark svg text"));
  return page;
}

/** The computed colours of the chart's title, its background and its export buttons. */
function colours(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector("pow-timeline")!.shadowRoot!;
    const title = root.querySelector(".pow-chart svg text.pow-f-text")!;
    const background = root.querySelector(".pow-chart > svg > rect")!;
    const actions = root.querySelector(".actions");
    return {
      title: getComputedStyle(title).fill,
      background: getComputedStyle(background).fill,
      actions: actions ? getComputedStyle(actions).display : "none",
    };
  });
}

describe("a dark chart", () => {
  it("prints in the light theme, without its download buttons", async () => {
    const page = await darkChart();
    const screen = await colours(page);
    expect(hex(screen.title)).toBe(darkTheme.text);
    expect(screen.actions).not.toBe("none");
    await page.emulateMedia({ media: "print" });
    const printed = await colours(page);
    expect(hex(printed.title)).toBe(lightTheme.text);
    expect(hex(printed.background)).toBe(lightTheme.background);
    expect(printed.actions).toBe("none");
    await page.close();
  });

  it("takes the system's colours for text and background under forced colours", async () => {
    const page = await darkChart();
    await page.emulateMedia({ forcedColors: "active", colorScheme: "light" });
    const forced = await page.evaluate(() => {
      const probe = document.createElement("div");
      probe.style.color = "CanvasText";
      probe.style.backgroundColor = "Canvas";
      document.body.append(probe);
      return { text: getComputedStyle(probe).color, canvas: getComputedStyle(probe).backgroundColor };
    });
    const c = await colours(page);
    expect(c.title).toBe(forced.text);
    expect(c.background).toBe(forced.canvas);
    await page.close();
  });
});
