// @vitest-environment node
import { describe, expect, it, vi } from "vitest";

// Guarantee: without the optional peer dependencies, PNG output fails with a message naming
// what to install (a plain `npm install pow-exchanges` leaves them out).
vi.mock("@resvg/resvg-js", () => {
  throw new Error("Cannot find package '@resvg/resvg-js'");
});

describe("svgToPngBuffer without @resvg/resvg-js", () => {
  it("names both packages to install, and the SVG alternative", async () => {
    const { svgToPngBuffer } = await import("../../src/cli/png.js");
    await expect(svgToPngBuffer('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', 1)).rejects.toThrow(
      "PNG output needs @resvg/resvg-js and dejavu-fonts-ttf, which are not installed: run `npm install @resvg/resvg-js dejavu-fonts-ttf`, or render --format svg",
    );
  });
});
