import { nice, ticks } from "./ticks.js";

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

/** How a linear scale treats its domain. */
export interface LinearOptions {
  /** Widen the domain to round values for about this many ticks (default: keep it as given). */
  readonly nice?: number;
  /** Map values outside the domain to its ends (default false). */
  readonly clamp?: boolean;
}

/**
 * Makes a linear scale; with `nice`, the domain is widened to round tick values.
 *
 * @example
 * const y = linear([0, 390], [0, 200], { nice: 5 }); // domain [0, 400]
 * y(100); // 50
 */
export function linear(domain: readonly [number, number], range: readonly [number, number], options: LinearOptions = {}): LinearScale {
  const clamp = options.clamp ?? false;
  let [d0, d1] = domain;
  if (options.nice !== undefined) [d0, d1] = nice(d0, d1, options.nice);
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
  const inner = linear([d0, d1], range, { clamp: true });
  const scale = ((value: number) => inner(Math.log10(Math.max(value, 10 ** Math.min(d0, d1))))) as LogScale;
  return Object.assign(scale, { domain: [domain[0], domain[1]] as const, range: [range[0], range[1]] as const });
}
