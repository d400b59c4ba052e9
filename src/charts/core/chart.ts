import type { Exchange, HeldClaim } from "../../data/types.js";
import type { Scene } from "./marks.js";
import type { NormalizedCommon } from "./options.js";
import type { ChartTarget } from "./target.js";

/** Everything that makes one chart: option checking, default height and the pure layout. */
export interface ChartDefinition<Options, Normalized extends NormalizedCommon = NormalizedCommon> {
  /** The chart's name in tags, URLs and file names (`pow-NAME`, `embed.html?chart=NAME`). */
  readonly name: string;
  normalize(options: Options): Normalized;
  /** The height used when none is given, for a width: tall enough to stay legible at 320 px. */
  defaultHeight(width: number): number;
  /**
   * Pure: options and a size in, a plain-data scene out. No DOM, no globals, no render settings:
   * colours, motion and interactivity are the renderer's, so one scene draws light or dark, still
   * or interactive.
   */
  layout(options: Normalized, size: { readonly width: number; readonly height: number }): Scene;
  /** The records the chart draws with these options, and the dataset table they belong to: what its CSV export holds. */
  shown(options: Normalized): ShownRecords;
}

/** Records a chart draws, tagged with their table in the dataset (`toCsv` writes either). */
export type ShownRecords =
  | { readonly table: "exchanges"; readonly records: readonly Exchange[] }
  | { readonly table: "heldClaims"; readonly records: readonly HeldClaim[] };

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
