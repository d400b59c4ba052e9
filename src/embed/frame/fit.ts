/**
 * How `embed.html` sizes its chart in the iframe's box. Pure: sizes in, sizes out.
 * @module
 */

/** What the page knows when it lays the chart out. */
export interface FitInput {
  /** The iframe's viewport height (the height the parent page gives the iframe). */
  readonly viewport: number;
  /** What the page adds below or around the chart: the actions row and any margins. */
  readonly extra: number;
  /** The chart's own height at this width: the `height` parameter, or the chart's default height. */
  readonly natural: number;
  /** The smallest chart height whose layout keeps every mark in the frame (title, plot, footer). */
  readonly smallest: () => number;
}

/** The chart's height, and the page height reported to a parent that resizes iframes. */
export interface Fit {
  /** The chart's `height`: the viewport less `extra`, but never below the smallest that fits. */
  readonly chart: number;
  /** The chart's natural height plus `extra`: what a resizing parent should give the iframe. */
  readonly report: number;
}

/**
 * Fits the chart to the viewport. The reported height depends only on the width (through
 * `natural`) and never on the viewport, so a parent that follows it settles after one resize;
 * below the smallest height that fits, the chart keeps that height and the page scrolls.
 *
 * @example
 * fitChart({ viewport: 380, extra: 32, natural: 500, smallest: () => 240 }); // { chart: 348, report: 532 }
 * fitChart({ viewport: 200, extra: 32, natural: 500, smallest: () => 240 }); // { chart: 240, report: 532 }
 */
export function fitChart(input: FitInput): Fit {
  const available = Math.floor(input.viewport - input.extra);
  const report = Math.ceil(input.natural + input.extra);
  // At its natural height or more the chart is known to fit: no need to search for the smallest.
  if (available >= input.natural) return { chart: available, report };
  return { chart: Math.max(available, Math.min(input.smallest(), input.natural)), report };
}

/**
 * The smallest height from `low` to `high`, in steps of `step`, for which `fits` is true (binary
 * search: a taller chart fits whenever a shorter one does); `high` when none smaller fits.
 *
 * @example
 * smallestFitting((h) => h >= 301, 200, 600); // 304
 */
export function smallestFitting(fits: (height: number) => boolean, low: number, high: number, step = 4): number {
  if (!(low <= high) || !(step > 0)) throw new RangeError(`invalid search: ${low} to ${high} by ${step}`);
  let lo = 0;
  let hi = Math.ceil((high - low) / step);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fits(Math.min(high, low + mid * step))) hi = mid;
    else lo = mid + 1;
  }
  return Math.min(high, low + lo * step);
}
