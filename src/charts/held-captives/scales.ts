import { linear, log, type LinearScale, type LogScale } from "../layout/scales.js";
import { utcMs } from "../layout/time.js";

const STEPS = [1, 2, 5];
const DAY = 86_400_000;

/** The 1-2-5 steps from 1 to 10⁹, the range figures are checked to lie in. */
const ladder = Array.from({ length: 10 }, (_, k) => STEPS.map((s) => s * 10 ** k)).flat();

/**
 * A log scale for the figures. Claims run from a few hundred to tens of thousands: on a linear
 * scale everything under a few thousand would sit on the axis, and the question readers ask
 * ("how many times more?") is a ratio, which a log scale shows as a distance.
 * The domain is widened to 1-2-5 steps so that its ends are labelled; zero is drawn at 1.
 *
 * @example
 * figureScale([270, 28000], [300, 0]).domain; // [200, 50000]
 */
export function figureScale(values: readonly number[], range: [number, number]): LogScale {
  // A loop, not Math.min(...values): spreading 20,000 figures as arguments is slow, and more overflow the stack.
  let lo = 1e9;
  let hi = 1;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  lo = Math.max(1, lo);
  let bottom = Math.max(0, ladder.filter((v) => v <= lo).length - 1);
  let top = ladder.findIndex((v) => v >= hi);
  if (top <= bottom) [bottom, top] = [Math.max(0, bottom - 1), Math.max(bottom + 1, top)];
  return log([ladder[bottom]!, ladder[Math.min(top, ladder.length - 1)]!], range);
}

/** Tick values that fit the height: 1-2-5 steps, else powers of ten, else the domain's ends. */
export function figureTicks(y: LogScale, minGap = 16): number[] {
  const [lo, hi] = y.domain;
  const inside = ladder.filter((v) => v >= lo && v <= hi);
  const fits = (ticks: readonly number[]) => ticks.every((t, i) => i === 0 || Math.abs(y(t) - y(ticks[i - 1]!)) >= minGap);
  const tens = inside.filter((v) => /^10*$/.test(String(v)));
  const clear = (end: number) => tens.every((t) => t === end || Math.abs(y(t) - y(end)) >= minGap);
  const sparse = [...(clear(lo) ? [lo] : []), ...tens.filter((v) => v > lo && v < hi), ...(clear(hi) ? [hi] : [])];
  for (const candidate of [inside, sparse, [lo, hi]]) {
    if (candidate.length > 0 && fits(candidate)) return candidate;
  }
  return [hi];
}

/**
 * A time scale over the claims' dates (or the from/to range), padded so dots sit off the edges;
 * a single day is widened to a month either side.
 */
export function dateScale(dates: readonly string[], { from, to }: { readonly from: string | null; readonly to: string | null }, range: [number, number]): LinearScale {
  const sorted = [...dates].sort();
  let start = utcMs(from ?? sorted[0]!);
  let end = utcMs(to ?? sorted.at(-1)!);
  if (end <= start) [start, end] = [start - 30 * DAY, start + 30 * DAY];
  return linear([start, end], range, { clamp: true });
}
