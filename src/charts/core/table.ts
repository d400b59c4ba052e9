import type { DataTable } from "./marks.js";

/** Hides an element visually while keeping it for screen readers (styles set through CSSOM). */
export function visuallyHidden(el: HTMLElement): void {
  Object.assign(el.style, {
    position: "absolute", width: "1px", height: "1px", padding: "0", margin: "-1px",
    overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: "0",
  });
}

/** Fills a table with the chart's data as text cells (never markup). */
export function renderTable(table: HTMLTableElement, data: DataTable): void {
  const doc = table.ownerDocument;
  table.replaceChildren();
  const caption = doc.createElement("caption");
  caption.textContent = data.caption;
  const head = doc.createElement("thead");
  const headRow = doc.createElement("tr");
  for (const column of data.columns) {
    const th = doc.createElement("th");
    th.scope = "col";
    th.textContent = column;
    headRow.append(th);
  }
  head.append(headRow);
  const body = doc.createElement("tbody");
  for (const row of data.rows) {
    const tr = doc.createElement("tr");
    for (const cell of row) {
      const td = doc.createElement("td");
      td.textContent = cell;
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(caption, head, body);
}
