import { nice as niceDomain, ticks as arrayTicks } from "d3-array";

/**
 * A linear scale: `scale(v)` maps the domain onto the range. Our own few lines instead of
 * d3-scale, whose interpolators pull d3-color, d3-interpolate and the format modules into every
 * chart bundle (about 10 KB gzip) for features these charts do not use.
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
export function linear(domain: readonly [number, number], range: readonly [number, number], nice = false, niceCount = 5): LinearScale {
  let [d0, d1] = domain;
  if (nice) [d0, d1] = niceDomain(d0, d1, niceCount) as [number, number];
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))) as LinearScale;
  return Object.assign(scale, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    ticks: (count = 5) => arrayTicks(d0, d1, count),
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

/**
 * A band scale: equal bands for a list of keys with inner padding, like a bar chart's x axis.
 *
 * @example
 * const x = band(["2024", "2025"], [0, 100], 0.2);
 * x.position("2025"); x.bandwidth;
 */
export function band<K>(keys: readonly K[], range: readonly [number, number], padding = 0.2): { position(key: K): number; readonly bandwidth: number; readonly step: number } {
  const [r0, r1] = range;
  const n = Math.max(1, keys.length);
  const step = (r1 - r0) / (n + padding);
  const bandwidth = Math.max(0, step * (1 - padding));
  const index = new Map(keys.map((k, i) => [k, i]));
  return {
    position: (key: K) => r0 + step * padding + step * (index.get(key) ?? 0),
    bandwidth,
    step,
  };
}
