import { describe, expect, it } from "vitest";
import { serverAndBrowser } from "./support/setup.js";

// What a screen reader is given, read from Chromium's accessibility tree.
const env = serverAndBrowser();

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  description?: { value?: string };
  ignored?: boolean;
}

describe("a chart in the accessibility tree", () => {
  it("is one image named by its title and summary, described by the keyboard hint, which is read nowhere else", async () => {
    const page = await env.browser.newPage({ viewport: { width: 640, height: 900 } });
    try {
      await page.goto(`${env.server.origin}/examples/csp.html`, { waitUntil: "load" });
      await page.waitForFunction(() => document.querySelector("pow-timeline")?.shadowRoot?.querySelector(".pow-chart svg text"), undefined, { timeout: 15_000 });
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: AXNode[] };
      const shown = nodes.filter((n) => !n.ignored);
      const images = shown.filter((n) => n.role?.value === "image" && n.name?.value?.startsWith("Prisoner exchanges between Russia and Ukraine"));
      expect(images).toHaveLength(1);
      expect(images[0]!.description?.value).toMatch(/^Use the arrow keys to move between exchanges\./);
      const hintTexts = shown.filter((n) => n.role?.value === "StaticText" && n.name?.value?.startsWith("Use the arrow keys"));
      expect(hintTexts).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
