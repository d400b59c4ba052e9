import type { NormalizedCommon } from "../../core/options.js";
import type { RenderSettings } from "../../core/render-settings.js";

/**
 * Whether a chart draws dark: `"auto"` follows the reader's colour-scheme preference where the
 * page has a window, and is light where it has none (a server, a worker).
 *
 * @example
 * drawsDark("auto", window); // true when the reader prefers dark
 */
export function drawsDark(dark: boolean | "auto" | undefined, win: Window | null | undefined): boolean {
  return dark === "auto" ? (win?.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false) : dark === true;
}

/**
 * The render settings for a chart's options in this window: `"auto"` resolved against the
 * reader's preferences (colour scheme, reduced motion), and motion only where `animate` allows it
 * for this draw (a first draw never moves).
 *
 * @example
 * renderSettings(normalizeTimelineOptions({ dark: "auto" }), window, false).dark;
 */
export function renderSettings(o: NormalizedCommon, win: Window | null | undefined, animate: boolean): RenderSettings {
  // The reader's motion preference is asked only for a draw that could move.
  const reduced = () => win?.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? true;
  return {
    dark: drawsDark(o.dark, win),
    animate: animate && (o.animate === "auto" ? !reduced() : o.animate),
    tooltip: o.tooltip,
    interactive: o.interactive,
  };
}
