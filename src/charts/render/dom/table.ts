import { guard } from "./interaction.js";
import type { DataTable, Scene } from "../../core/marks.js";

/**
 * Hides an element visually while keeping it for screen readers. One CSSOM write (which a strict
 * style-src policy allows) instead of one per property: the browser parses the block once.
 */
export function visuallyHidden(el: HTMLElement): void {
  el.style.cssText = "position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0";
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

/**
 * Keeps a hidden data table in step with the scenes drawn, without delaying them: the table can
 * hold thousands of cells and nobody sees it, so it is built when the browser is idle, and only
 * when its text changed. `make` creates the table element at the first build. `cancel()` drops a
 * pending build (on destroy).
 */
export function idleTable(win: (Window & typeof globalThis) | null, make: () => HTMLTableElement): { schedule(scene: Scene): void; cancel(): void } {
  let table: HTMLTableElement | undefined;
  let key = "";
  let task = 0;
  const cancel = () => {
    if (task === 0) return;
    if (win?.cancelIdleCallback) win.cancelIdleCallback(task);
    else win?.clearTimeout(task);
    task = 0;
  };
  const schedule = (scene: Scene) => {
    cancel();
    const build = guard(() => {
      task = 0;
      const data = scene.table;
      const next = [data.caption, ...data.columns, ...data.rows.map((row) => row.join("\t"))].join("\n");
      if (next === key) return;
      renderTable((table ??= make()), data);
      key = next;
    });
    if (!win) return build(undefined);
    task = win.requestIdleCallback ? win.requestIdleCallback(build, { timeout: 500 }) : win.setTimeout(build, 0);
  };
  return { schedule, cancel };
}
