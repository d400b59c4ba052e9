/**
 * The chart type scale, one home for every chart: no text under 11 px at any width, and ticks and
 * annotations at 12 px from 480 px up, where there is room (a phone reader holds the page close;
 * a desktop reader sits further away).
 */
export const MIN_TEXT_SIZE = 11;

/** The width from which ticks and annotations grow to 12 px. */
export const WIDE = 480;

/**
 * The size of tick labels and annotations at a chart width.
 *
 * @example
 * tickSize(320); // 11
 * tickSize(640); // 12
 */
export function tickSize(width: number): number {
  return width >= WIDE ? 12 : MIN_TEXT_SIZE;
}
