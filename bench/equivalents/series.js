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

/** The claim the equivalents draw: Putin's of 5 June 2024, else the first with both figures. */
export function chosenClaim(claims) {
  return claims.find((c) => c.id === "2024-06-05-putin") ?? claims.find((c) => c.heldByRussia?.value != null && c.heldByUkraine?.value != null) ?? claims[0];
}

/**
 * Options that make our chart draw the picture the equivalents draw. Held captives: one claim as
 * two bars (its `claim` view) for the claim they pick; our default is the latest claim from each
 * side, a picture with twice the texts.
 */
export function samePicture(chartName, records) {
  return chartName === "held-captives" ? { claim: chosenClaim(records).id } : {};
}

/** The footer's sources line, as ours words it: the four publishers cited most, then "and N more". */
export function sourcesLine(records) {
  const counts = new Map();
  for (const r of records) for (const s of r.sources ?? []) counts.set(s.publisher, (counts.get(s.publisher) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([p]) => p);
  const more = counts.size - top.length;
  return `Sources: ${top.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

/** The footer's dataset line. */
export const dataLine = (dataset) => `Data: ${dataset.name} v${dataset.version}, sources read to ${dataset.coverage.sourcesReadTo}`;

const number = new Intl.NumberFormat("en");
const fmt = (v) => (v === null || v === undefined ? "not reported" : number.format(v));

/** A record's tooltip text (heading, both figures, mediators, up to four sources), as a native title. */
export function exchangeTitle(r) {
  const sources = (r.sources ?? []).slice(0, 4).map((s) => s.publisher).join(" · ");
  return `${r.date}\nTo Ukraine: ${fmt(r.toUkraine)}\nTo Russia: ${fmt(r.toRussia)}\nMediators: ${r.mediators.join(", ") || "none reported"}\n${sources}`;
}

/** The exchange our timeline labels: the most people returned to Ukraine. */
export const largest = (records) => records.reduce((a, r) => ((r.toUkraine ?? 0) > (a?.toUkraine ?? -1) ? r : a), null);

/** Disputed figures as outlines: the other side's number for the same exchange. */
export function disputeOutlines(records) {
  const out = [];
  for (const r of records) for (const d of r.disputes ?? []) if (typeof d.value === "number") out.push({ r, value: d.value, up: d.field === "toUkraine" });
  return out;
}

/** Kyiv's running totals of people returned to Ukraine that carry a number: the diamonds of our cumulative bars. */
export function officialPoints(totals) {
  return totals.filter((t) => t.side === "ukraine" && t.scope === "running" && typeof t.toUkraine?.value === "number" && t.toUkraine.qualifier !== "unspecified")
    .map((t) => ({ date: new Date(`${t.date.slice(0, 7)}-01T00:00:00Z`), month: t.date.slice(0, 7), value: t.toUkraine.value, exact: t.toUkraine.qualifier === "exact", title: `${t.claimant}, ${t.date}: ${t.toUkraine.text ?? number.format(t.toUkraine.value)}` }));
}

/** How many records leave a figure out (the note under our cumulative bars). */
export const unreported = (records) => records.filter((r) => r.toUkraine === null || r.toRussia === null).length;

export { fmt as formatFigure };
