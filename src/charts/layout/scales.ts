
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

/**
 * A linear scale: `scale(v)` maps the domain onto the range. Our own few lines instead of
 * d3-scale, whose interpolators pull d3-color, d3-interpolate and the format modules into every
 * chart bundle (about 10 KB gzip) for features these charts do not use; likewise the ticks above
 * replace d3-array's, the one d3 module the layouts still needed.
 */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  ticks(count?: number): number[];
  invert(px: number): number;
}

/**
 * Makes a linear scale; with `nice`, the domain is widened to round tick values.
 *
 * @example
 * const y = linear([0, 390], [0, 200], true); // domain [0, 400]
 * y(100); // 50
 */
export function linear(domain: readonly [number, number], range: readonly [number, number], widen = false, niceCount = 5, clamp = false): LinearScale {
  let [d0, d1] = domain;
  if (widen) [d0, d1] = nice(d0, d1, niceCount);
  const [r0, r1] = range;
  const span = d1 - d0;
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  const scale = ((value: number) => {
    const v = clamp ? Math.min(hi, Math.max(lo, value)) : value;
    return span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0);
  }) as LinearScale;
  return Object.assign(scale, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    ticks: (count = 5) => ticks(d0, d1, count),
    invert: (px: number) => (r1 === r0 ? d0 : d0 + ((px - r0) / (r1 - r0)) * span),
  });
}

/** Milliseconds since the epoch of a calendar date, in UTC. */
export function utcMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) || 1);
}

/** The first of the month of an ISO date, as UTC ms. */
export function monthStart(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, 1);
}

/** The first of the following month of an ISO date, as UTC ms. */
export function nextMonthStart(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 1);
}

/**
 * Every how many years a time axis labels a year so that labels sit at least `spacing` px apart:
 * 1, 2, 5, 10, 20, 50 or 100. It caps the ticks of the widest span a chart accepts (1900–2199)
 * at about one per `spacing` px, whatever the span.
 *
 * @example
 * yearStep(utcMs("2022-01-01"), utcMs("2026-01-01"), 600); // 1
 * yearStep(utcMs("1900-01-01"), utcMs("2199-12-31"), 600); // 20
 */
export function yearStep(from: number, to: number, width: number, spacing = 40): number {
  const years = Math.abs(to - from) / (365.25 * 86_400_000);
  const need = (years * spacing) / Math.max(1, width);
  return [1, 2, 5, 10, 20, 50, 100].find((step) => step >= need) ?? 100;
}

/**
 * New Year's days (UTC ms) inside [from, to], every `step` years.
 *
 * @example
 * yearTicks(utcMs("2022-03-01"), utcMs("2024-06-01")); // 2023-01-01, 2024-01-01
 */
export function yearTicks(from: number, to: number, step = 1): number[] {
  const out: number[] = [];
  const first = new Date(from).getUTCFullYear() + 1;
  for (let y = first - 1; ; y++) {
    const t = Date.UTC(y, 0, 1);
    if (t > to) break;
    if (t >= from && y % step === 0) out.push(t);
  }
  return out;
}

/** A band scale: `scale(key)` is the left edge of the key's band, or undefined for an unknown key. */
export interface BandScale<K> {
  (key: K): number | undefined;
  bandwidth(): number;
  step(): number;
}

/**
 * Equal bands for a list of keys, with padding between bands (`inner`) and at both ends (`outer`),
 * both as shares of a step, like a bar chart's x axis.
 *
 * @example
 * const x = band(["2024", "2025"], [0, 100], { inner: 0.2, outer: 0.1 });
 * x("2025"); x.bandwidth();
 */
export function band<K>(keys: readonly K[], range: readonly [number, number], padding: { inner?: number; outer?: number } = {}): BandScale<K> {
  const inner = padding.inner ?? 0.2;
  const outer = padding.outer ?? inner;
  const [r0, r1] = range;
  const n = keys.length;
  const step = n === 0 ? 0 : (r1 - r0) / Math.max(1, n - inner + 2 * outer);
  const bandwidth = Math.max(0, step * (1 - inner));
  const index = new Map(keys.map((k, i) => [k, i]));
  const scale = ((key: K) => {
    const i = index.get(key);
    return i === undefined ? undefined : r0 + step * outer + step * i;
  }) as BandScale<K>;
  return Object.assign(scale, { bandwidth: () => bandwidth, step: () => step });
}

/** A logarithmic scale (base 10) over a positive domain; values outside it are clamped. */
export interface LogScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/**
 * Makes a clamped base-10 log scale. Values ≤ 0 map to the bottom of the domain.
 *
 * @example
 * const y = log([100, 10000], [200, 0]);
 * y(1000); // 100
 */
export function log(domain: readonly [number, number], range: readonly [number, number]): LogScale {
  const [d0, d1] = domain.map((d) => Math.log10(Math.max(d, Number.MIN_VALUE))) as [number, number];
  const inner = linear([d0, d1], range, false, 5, true);
  const scale = ((value: number) => inner(Math.log10(Math.max(value, 10 ** Math.min(d0, d1))))) as LogScale;
  return Object.assign(scale, { domain: [domain[0], domain[1]] as const, range: [range[0], range[1]] as const });
}
