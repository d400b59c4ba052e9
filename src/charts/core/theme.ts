import type { ColorToken } from "./marks.js";

/** The colours a chart uses, light and dark. Each maps to a CSS custom property `--pow-color-…`. */
export interface Theme {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  readonly toUkraine: string;
  readonly toRussia: string;
  readonly unreported: string;
  readonly highlight: string;
  readonly official: string;
}

/** Light theme. Contrast of text and series colours against the background is at least 4.5:1. */
export const lightTheme: Theme = {
  background: "#ffffff",
  text: "#1a1a1a",
  muted: "#595959",
  grid: "#e3e3e3",
  axis: "#767676",
  toUkraine: "#005bbb",
  toRussia: "#b3261e",
  unreported: "#767676",
  highlight: "#8a5a00",
  official: "#1a1a1a",
};

/** Dark theme, for `dark: true` or a reader who prefers dark. */
export const darkTheme: Theme = {
  background: "#151515",
  text: "#f0f0f0",
  muted: "#b0b0b0",
  grid: "#3a3a3a",
  axis: "#9a9a9a",
  toUkraine: "#6fa8ff",
  toRussia: "#ff8a80",
  unreported: "#9a9a9a",
  highlight: "#ffc44d",
  official: "#f0f0f0",
};

/** Mediator colours (colour-blind-safe order); unknown mediators share the last one. */
const mediatorPalette: Readonly<Record<string, readonly [light: string, dark: string]>> = /* @__PURE__ */ Object.freeze({
  UAE: ["#00796b", "#4db6ac"],
  Turkey: ["#c2185b", "#f48fb1"],
  USA: ["#5e35b1", "#b39ddb"],
  "Saudi Arabia": ["#2e7d32", "#81c784"],
  none: ["#8c8c8c", "#8c8c8c"],
  other: ["#6d4c41", "#bcaaa4"],
});

/** The mediators that get their own colour, in legend order. */
export const namedMediators = ["UAE", "Turkey", "USA", "Saudi Arabia"] as const;

/** Resolves a colour token to a colour of the theme. */
export function themeColor(token: ColorToken, dark: boolean): string {
  if (token.startsWith("mediator:")) {
    const name = token.slice("mediator:".length);
    // Own keys only: a mediator called "constructor", "toString" or "__proto__" is an unknown mediator.
    const pair = Object.prototype.hasOwnProperty.call(mediatorPalette, name) ? mediatorPalette[name]! : mediatorPalette.other!;
    return pair[dark ? 1 : 0];
  }
  const theme = dark ? darkTheme : lightTheme;
  return Object.prototype.hasOwnProperty.call(theme, token) ? theme[token as keyof Theme] : theme.text;
}

/**
 * The CSS custom property that overrides a token: `toUkraine` → `--pow-color-to-ukraine`,
 * `mediator:Saudi Arabia` → `--pow-color-mediator-saudi-arabia`.
 */
export function cssVariable(token: ColorToken): string {
  const slug = token.startsWith("mediator:")
    ? `mediator-${token.slice("mediator:".length).toLowerCase()}`
    : token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return `--pow-color-${slug.replace(/[^a-z0-9]+/g, "-").replace(/-+$/, "")}`;
}

/** The font stack, overridable with `--pow-font`. Fallbacks cover Latin and Cyrillic. */
export const fontStack = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
