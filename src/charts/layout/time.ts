/** Calendar dates as time on an axis: UTC milliseconds, month starts and year ticks. */

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
 * yearStep(utcMs("2022-01-01"), utcMs("2026-01-01"), { width: 600 }); // 1
 * yearStep(utcMs("1900-01-01"), utcMs("2199-12-31"), { width: 600 }); // 20
 */
export function yearStep(from: number, to: number, { width, spacing = 40 }: { readonly width: number; readonly spacing?: number }): number {
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
