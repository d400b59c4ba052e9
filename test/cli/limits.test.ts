// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkImageSize, cliLimits } from "../../src/cli/limits.js";
import { parseRenderArgs, UsageError } from "../../src/cli/args.js";

// Guarantee: the CLI refuses, as bad usage (exit code 2), any image over its documented limits.
const charts = ["timeline", "cumulative-bars", "held-captives"];

describe("CLI size limits", () => {
  it("accept every PNG within the limits and refuse every one over them, naming the limit", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12_000 }), fc.integer({ min: 1, max: 12_000 }), fc.double({ min: 0.1, max: 8, noNaN: true }), (width, height, scale) => {
        const pixels = Math.round(width * scale) * Math.round(height * scale);
        const fits = width <= cliLimits.maxSide && height <= cliLimits.maxSide && pixels <= cliLimits.maxPixels;
        if (fits) expect(() => checkImageSize({ width, height, scale, png: true })).not.toThrow();
        else expect(() => checkImageSize({ width, height, scale, png: true })).toThrow(UsageError);
      }),
      { numRuns: 500, seed: 1612 },
    );
  });

  it("refuse --width 8000 --scale 8 before drawing anything, with the pixel count and the budget", () => {
    expect(() => checkImageSize({ width: 8000, height: 560, scale: 8, png: true })).toThrow("image too large: 64000 × 4480 px is 286,720,000 pixels (the limit is 40,000,000)");
  });

  it("refuse a scale outside 0.1–8 (--scale 0.001 included) as bad usage", () => {
    for (const scale of ["0.001", "0.09", "8.5", "1e9"]) {
      expect(() => parseRenderArgs(["render", "timeline", "--scale", scale], charts)).toThrow(/invalid --scale: .* \(expected a number from 0.1 to 8\)/);
    }
    expect(parseRenderArgs(["render", "timeline", "--scale", "0.1"], charts)).toMatchObject({ scale: 0.1 });
  });

  it("refuse dates outside 1900–2199 as bad usage, with the one calendar-date rule", () => {
    expect(() => parseRenderArgs(["render", "timeline", "--from", "0100-01-01"], charts)).toThrow(UsageError);
    expect(() => parseRenderArgs(["render", "timeline", "--to", "9999-12-31"], charts)).toThrow("invalid --to: \"9999-12-31\" (expected a calendar date YYYY-MM-DD from 1900 to 2199)");
    expect(parseRenderArgs(["render", "timeline", "--from", "1900-01-01", "--to", "2199-12-31"], charts)).toMatchObject({ options: { from: "1900-01-01", to: "2199-12-31" } });
  });
});
