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

/** Resolves a colour token to a colour of the theme. */
export function themeColor(token: ColorToken, dark: boolean): string {
  const theme = dark ? darkTheme : lightTheme;
  return Object.prototype.hasOwnProperty.call(theme, token) ? theme[token as keyof Theme] : theme.text;
}

/**
 * The CSS custom property that overrides a token.
 *
 * @example
 * cssVariable("toUkraine"); // "--pow-color-to-ukraine"
 */
export function cssVariable(token: ColorToken): string {
  return `--pow-color-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The font stack, overridable with `--pow-font`. Fallbacks cover Latin and Cyrillic. */
export const fontStack = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
