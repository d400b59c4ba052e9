import type { Scene } from "./marks.js";
import type { NormalizedCommon } from "./options.js";
import type { ChartTarget } from "./target.js";

/** Everything that makes one chart: option checking, default height and the pure layout. */
export interface ChartDefinition<Options, Normalized extends NormalizedCommon = NormalizedCommon> {
  readonly name: "timeline" | "cumulative-bars" | "held-captives";
  normalize(options: Options): Normalized;
  /** The height used when none is given, for a width: tall enough to stay legible at 320 px. */
  defaultHeight(width: number): number;
  /**
   * Pure: options and a size in, marks out. No DOM, no globals. With `interactive` false (as
   * `renderToString` asks) a layout may leave out the marks' focus, which nothing reads in a static
   * SVG; the drawn marks are the same.
   */
  layout(options: Normalized, size: { readonly width: number; readonly height: number }, dark: boolean, interactive?: boolean): Scene;
}

/** What a mounted chart gives back. */
export interface ChartHandle<Options> {
  /** The element the chart created inside the target. */
  readonly element: HTMLElement;
  /** Merges new options and redraws, moving marks from where they were. */
  update(options: Partial<Options>): void;
  /** Removes the chart's DOM, listeners, observers and timers. */
  destroy(): void;
}

/** What `renderToString` needs of a chart: its definition (a chart function, or the server entry's chart). */
export interface ChartLike<Options> {
  readonly definition: ChartDefinition<Options, NormalizedCommon>;
}

/**
 * A chart function, e.g. `timeline`: mounts into a target (an element or a CSS selector), and
 * carries its definition for `renderToString`.
 */
export interface Chart<Options> extends ChartLike<Options> {
  (target: ChartTarget, options?: Options): ChartHandle<Options>;
}
