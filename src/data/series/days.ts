/**
 * Whole days from one ISO calendar date to another, independent of time zones.
 *
 * @example
 * daysBetween("2023-08-07", "2024-01-03"); // 149
 */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** Days since 1970-01-01 of an ISO date, computed in UTC so no time zone shifts it. */
export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}
