/**
 * The one date-range rule of the package: records dated from `from` to `to`, both included (ISO
 * dates sort as text; `null` or `undefined` leaves that end open). A record with no date (an
 * undated claim) is kept only when the range is open at both ends: it cannot be placed inside one.
 * Returns the input itself when nothing is filtered.
 *
 * @example
 * inDateRange(exchanges, "2025-01-01", "2025-12-31"); // the exchanges of 2025
 */
export function inDateRange<T extends { readonly date: string | null }>(records: readonly T[], from?: string | null, to?: string | null): readonly T[] {
  const start = from ?? null;
  const end = to ?? null;
  if (start === null && end === null) return records;
  return records.filter((r) => r.date !== null && (start === null || r.date >= start) && (end === null || r.date <= end));
}
