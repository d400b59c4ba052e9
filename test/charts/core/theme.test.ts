import { describe, expect, it } from "vitest";
import { darkTheme, lightTheme } from "../../../src/charts/index.js";
import { cssVariable } from "../../../src/charts/core/theme.js";

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("the themes", () => {
  it.each([
    ["light", lightTheme],
    ["dark", darkTheme],
  ] as const)("give %s text colours at least 4.5:1 contrast against the background", (_name, theme) => {
    for (const token of ["text", "muted", "axis", "toUkraine", "toRussia", "highlight"] as const) {
      expect(contrast(theme[token], theme.background), token).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("name each token's custom property in kebab case", () => {
    expect(cssVariable("toUkraine")).toBe("--pow-color-to-ukraine");
  });
});
