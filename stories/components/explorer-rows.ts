import type { Exchange } from "../../src/data/index.js";
import { el, sourceLink } from "./dom.js";

const count = new Intl.NumberFormat("en");
const figure = (n: number | null) => (n === null ? "not reported" : count.format(n));

/** The table's columns: header, how to sort, and the cell's content. */
export const columns: readonly { key: string; label: string; sort?: (r: Exchange) => string | number; cell: (r: Exchange) => (Node | string)[] }[] = [
  { key: "date", label: "Date", sort: (r) => r.date, cell: (r) => [r.datePrecision === "day" ? r.date : `${r.date} (${r.datePrecision})`] },
  { key: "toUkraine", label: "To Ukraine (Kyiv)", sort: (r) => r.toUkraine ?? -1, cell: (r) => [figure(r.toUkraine)] },
  { key: "toRussia", label: "To Russia (Moscow)", sort: (r) => r.toRussia ?? -1, cell: (r) => [figure(r.toRussia)] },
  { key: "sequence", label: "No.", sort: (r) => r.sequence ?? -1, cell: (r) => [r.sequence === null ? "" : String(r.sequence)] },
  { key: "mediators", label: "Mediators", sort: (r) => r.mediators.join(", "), cell: (r) => [r.mediators.join(", ") || "none reported"] },
  { key: "disputes", label: "Disputed figures", sort: (r) => r.disputes.length, cell: (r) => [r.disputes.map((d) => `${d.claimant}: ${d.value === null ? "disputed" : count.format(d.value)} ${d.field === "toUkraine" ? "to Ukraine" : "to Russia"}`).join("; ")] },
  { key: "sources", label: "Sources", cell: (r) => r.sources.flatMap((s, i) => (i === 0 ? [sourceLink(s.url, s.publisher)] : [", ", sourceLink(s.url, s.publisher)])) },
];

/** One table row per record, with its note as the row's title. */
export function rowOf(record: Exchange): HTMLTableRowElement {
  const tr = el("tr");
  for (const column of columns) {
    const cell = column.key === "date" ? el("th", { scope: "row" }) : el("td");
    cell.append(...column.cell(record));
    if (column.key === "toUkraine" || column.key === "toRussia" || column.key === "sequence") cell.style.textAlign = "right";
    tr.append(cell);
  }
  return tr;
}

/** Whether a record matches the search text (in its id, note, mediators, disputes or publishers). */
export function matches(record: Exchange, query: string): boolean {
  if (query === "") return true;
  const haystack = [record.id, record.note ?? "", record.agreement ?? "", ...record.mediators, ...record.disputes.map((d) => d.claimant), ...record.sources.map((s) => s.publisher)].join(" ").toLowerCase();
  return haystack.includes(query.toLowerCase());
}
