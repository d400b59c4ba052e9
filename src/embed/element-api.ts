import type { ChartHandle } from "../charts/core/chart.js";
import type { ExportFormat } from "./actions.js";

/** What a `<pow-…>` element offers beyond HTMLElement. */
export interface PowChartElement extends HTMLElement {
  /** Records to draw instead of the bundled dataset (a property: never JSON in an attribute). */
  data: readonly unknown[] | undefined;
  /** Any chart option as an object; attributes win over it. */
  options: Readonly<Record<string, unknown>> | undefined;
  /** The mounted chart, or undefined while disconnected or showing an error. */
  readonly handle: ChartHandle<unknown> | undefined;
  /** The error shown instead of the chart, or null. */
  readonly error: string | null;
  /** The chart as standalone SVG at its current size and options, header and footer included. */
  toSVG(): string;
  /** The chart as PNG at `scale` (default 2). Rejects where the page's policy blocks `blob:` images. */
  toPNG(scale?: number): Promise<Blob>;
  /**
   * The records in range as CSV, with every source's address. In the progressive snippet's lazy
   * modules the addresses load when first needed: until then this throws (use `download("csv")`).
   */
  toCSV(): string;
  /** Runs an export button's action: saves a file (PNG falls back to SVG where the page blocks it). */
  download(format: ExportFormat): Promise<void>;
}
