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
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;
}
