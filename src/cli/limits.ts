import { UsageError } from "./usage-error.js";

/**
 * What the CLI will draw, documented in `--help` and the README. A chart's SVG is small at any
 * size; a PNG is width × height × scale² pixels of four bytes each, so images are bounded by a
 * pixel budget as well as by each side (8000 px at scale 8 once took 1.2 GB and crashed).
 *
 * @example
 * cliLimits.maxPixels; // 40000000: 6400 × 6250, or a 640 px chart at scale 8 with room to spare
 */
export const cliLimits = Object.freeze({
  /** Widest and tallest chart, in CSS pixels before scaling. */
  maxSide: 8000,
  minScale: 0.1,
  maxScale: 8,
  /** Most pixels in a PNG (width × scale × height × scale): 40 million, about 160 MB to draw. */
  maxPixels: 40_000_000,
});

/**
 * Checks a render's size against {@link cliLimits}. Throws a `UsageError` (exit code 2) naming the
 * value and the limit; `height` is the chart's own when `--height` was not given.
 *
 * @example
 * checkImageSize({ width: 640, height: 352, scale: 2, png: true }); // fine
 * checkImageSize({ width: 8000, height: 4400, scale: 8, png: true }); // throws: the image would be 2,252,800,000 pixels
 */
export function checkImageSize(size: { width: number; height: number; scale: number; png: boolean }): void {
  const { width, height, scale, png } = size;
  for (const [name, value] of [["width", width], ["height", height]] as const) {
    if (value > cliLimits.maxSide) throw new UsageError(`invalid --${name}: ${value} (expected at most ${cliLimits.maxSide} pixels)`);
  }
  if (!png) return;
  const pixels = Math.round(width * scale) * Math.round(height * scale);
  if (pixels > cliLimits.maxPixels) {
    throw new UsageError(
      `image too large: ${Math.round(width * scale)} × ${Math.round(height * scale)} px is ${pixels.toLocaleString("en-US")} pixels ` +
        `(the limit is ${cliLimits.maxPixels.toLocaleString("en-US")}); lower --width, --height or --scale`,
    );
  }
}
