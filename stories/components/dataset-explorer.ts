import { exchanges as bundled, toCsv, totals, type Exchange } from "../../src/data/index.js";
import { downloadLink, el } from "./dom.js";
import { columns, matches, rowOf } from "./explorer-rows.js";

const count = new Intl.NumberFormat("en");

/**
 * A sortable, filterable table of exchange records with their sources and disputes, the totals of
 * what is shown, and CSV/JSON downloads of the same rows. Built from text nodes only.
 */
export function datasetExplorer(records: readonly Exchange[] = bundled): HTMLElement {
  const state = { query: "", year: "", disputedOnly: false, sortKey: "date", ascending: true };
  const years = [...new Set(records.map((r) => r.date.slice(0, 4)))];

  const search = el("input", { type: "search", placeholder: "Mediator, publisher, agreement…" });
  const yearSelect = el("select", {}, el("option", { value: "", textContent: "All years" }), ...years.map((y) => el("option", { value: y, textContent: y })));
  const disputed = el("input", { type: "checkbox" });
  const controls = el("div", { className: "pow-explorer-controls" },
    el("label", {}, "Search ", search), " ", el("label", {}, "Year ", yearSelect), " ", el("label", {}, disputed, " Only records with disputed figures"));
  controls.style.cssText = "display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin-bottom:8px";

  const summary = el("p", { className: "pow-explorer-summary" });
  summary.setAttribute("aria-live", "polite");
  const body = el("tbody");
  const headRow = el("tr");
  const table = el("table", { className: "pow-explorer-table" }, el("caption", { textContent: "Prisoner exchanges between Russia and Ukraine, as reported by each side" }), el("thead", {}, headRow), body);
  table.style.cssText = "border-collapse:collapse;font-size:13px;width:100%";

  const shown = (): Exchange[] => {
    const column = columns.find((c) => c.key === state.sortKey)!;
    const rows = records.filter((r) => matches(r, state.query) && (state.year === "" || r.date.startsWith(state.year)) && (!state.disputedOnly || r.disputes.length > 0));
    const key = column.sort!;
    return rows.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return (x < y ? -1 : x > y ? 1 : 0) * (state.ascending ? 1 : -1);
    });
  };

  const headers = columns.map((column) => {
    const th = el("th", { scope: "col" });
    if (!column.sort) {
      th.textContent = column.label;
      return th;
    }
    const button = el("button", { type: "button", textContent: column.label });
    button.addEventListener("click", () => {
      state.ascending = state.sortKey === column.key ? !state.ascending : true;
      state.sortKey = column.key;
      update();
    });
    th.append(button);
    return th;
  });
  headRow.append(...headers);

  const download = el("p", {}, "Download what is shown: ",
    downloadLink("CSV", "pow-exchanges.csv", "text/csv", () => toCsv("exchanges", shown())), " · ",
    downloadLink("JSON", "pow-exchanges.json", "application/json", () => `${JSON.stringify(shown(), null, 2)}\n`));

  function update(): void {
    const rows = shown();
    body.replaceChildren(...rows.map(rowOf));
    columns.forEach((column, i) => {
      if (column.key === state.sortKey) headers[i]!.setAttribute("aria-sort", state.ascending ? "ascending" : "descending");
      else headers[i]!.removeAttribute("aria-sort");
    });
    const t = totals(rows);
    summary.textContent = `${count.format(rows.length)} of ${count.format(records.length)} records: ${count.format(t.toUkraine)} returned to Ukraine and ${count.format(t.toRussia)} to Russia, as reported` +
      ` (${t.unreportedToUkraine} without Kyiv's figure, ${t.unreportedToRussia} without Moscow's, not counted).`;
  }

  search.addEventListener("input", () => ((state.query = search.value.trim()), update()));
  yearSelect.addEventListener("change", () => ((state.year = yearSelect.value), update()));
  disputed.addEventListener("change", () => ((state.disputedOnly = disputed.checked), update()));
  update();

  const scroller = el("div", {}, table);
  scroller.style.cssText = "overflow-x:auto";
  scroller.tabIndex = 0;
  scroller.setAttribute("role", "region");
  scroller.setAttribute("aria-label", "Exchange records");
  return el("section", { className: "pow-explorer" }, controls, summary, download, scroller);
}
