/** Data prep shared by the Plot and D3 equivalents: the same derivations our layouts do. */

export const utc = (iso) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** Running totals at the end of every calendar month from the first record to the last. */
export function monthlyCumulative(records) {
  const sums = new Map();
  for (const r of records) {
    const key = r.date.slice(0, 7);
    const s = sums.get(key) ?? { toUkraine: 0, toRussia: 0 };
    s.toUkraine += r.toUkraine ?? 0;
    s.toRussia += r.toRussia ?? 0;
    sums.set(key, s);
  }
  const rows = [];
  if (records.length === 0) return rows;
  let [y, m] = records[0].date.split("-").map(Number);
  const last = records.at(-1).date.slice(0, 7);
  let toUkraine = 0, toRussia = 0;
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    const s = sums.get(key);
    toUkraine += s?.toUkraine ?? 0;
    toRussia += s?.toRussia ?? 0;
    rows.push({ month: key, date: new Date(Date.UTC(y, m - 1, 1)), toUkraine, toRussia });
    if (key >= last) break;
    if (++m > 12) { m = 1; y++; }
  }
  return rows;
}

/** The claim our held-captives chart shows by default: Putin's of 5 June 2024, else the first with both figures. */
export function chosenClaim(claims) {
  return claims.find((c) => c.id === "2024-06-05-putin") ?? claims.find((c) => c.heldByRussia?.value != null && c.heldByUkraine?.value != null) ?? claims[0];
}
