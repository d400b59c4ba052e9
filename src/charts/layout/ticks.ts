/**
 * Round tick values and "nice" domains, as d3-array's ticks and d3-scale's nice compute them
 * (test/charts/layout/scales-d3.test.ts holds them to d3 on random domains).
 */
/**
 * The step between round ticks that splits [start, stop] into about `count` parts: 1, 2 or 5
 * times a power of ten, whichever is closest (on a log scale) to the exact step.
 *
 * @example
 * tickStep(0, 390, 4); // 100
 */
export function tickStep(start: number, stop: number, count: number): number {
  const exact = Math.abs(stop - start) / Math.max(1, count);
  if (!(exact > 0) || !Number.isFinite(exact)) return 0;
  const power = 10 ** Math.floor(Math.log10(exact));
  const ratio = exact / power;
  // The thresholds are the geometric means of 1, 2, 5 and 10: √2, √10 and √50.
  return power * (ratio >= Math.SQRT2 * 5 ? 10 : ratio >= Math.sqrt(10) ? 5 : ratio >= Math.SQRT2 ? 2 : 1);
}

/**
 * Round values from `start` to `stop` (both included when round), about `count` of them.
 *
 * @example
 * ticks(0, 400, 4); // [0, 100, 200, 300, 400]
 */
export function ticks(start: number, stop: number, count: number): number[] {
  const found = ticksAt(start, stop, count);
  // As d3-array: asked for about one tick and none falls on the step, try twice as many.
  return found.length === 0 && count >= 0.5 && count < 2 ? ticksAt(start, stop, count * 2) : found;
}

function ticksAt(start: number, stop: number, count: number): number[] {
  const step = tickStep(start, stop, count);
  if (step === 0) return Number.isFinite(start) ? [start] : [];
  const lo = Math.min(start, stop);
  const hi = Math.max(start, stop);
  const out: number[] = [];
  // Below 1, work in the step's inverse (an integer): 3 * 0.1 is 0.30000000000000004, 3 / 10 is
  // 0.3, and 0.029 / 0.0002 falls short of 145 while 0.029 * 5000 does not.
  if (step >= 1) for (let i = Math.ceil(lo / step); i <= Math.floor(hi / step); i++) out.push(i * step);
  else {
    const inverse = Math.round(1 / step);
    for (let i = Math.ceil(lo * inverse); i <= Math.floor(hi * inverse); i++) out.push(i / inverse);
  }
  return out;
}

/**
 * Widens [start, stop] outward to round values at the tick step for `count` ticks.
 *
 * @example
 * nice(0, 390, 4); // [0, 400]
 */
export function nice(start: number, stop: number, count: number): [number, number] {
  let [lo, hi] = [start, stop];
  let previous: number | undefined;
  // Until the step stops changing, as d3-scale does (which leaves the domain as it was when the
  // step never settles); below 1 the bounds are rounded through the step's inverse (an
  // integer), since 0.1 and friends are not exact in binary.
  for (let i = 0; i < 10; i++) {
    const step = tickStep(lo, hi, count);
    if (step === 0 || step === previous) return [lo, hi];
    if (step >= 1) [lo, hi] = [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
    else {
      const inverse = Math.round(1 / step);
      [lo, hi] = [Math.floor(lo * inverse) / inverse, Math.ceil(hi * inverse) / inverse];
    }
    previous = step;
  }
  return [start, stop];
}

/** The largest of the values a function picks, ignoring NaN; undefined for none. */
export function maxOf<T>(items: Iterable<T>, value: (item: T) => number): number | undefined {
  let best: number | undefined;
  for (const item of items) {
    const v = value(item);
    if (v === v && (best === undefined || v > best)) best = v;
  }
  return best;
}
