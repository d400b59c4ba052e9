import type { PowChartElement } from "../../../src/embed/index.js";

const hosts: HTMLElement[] = [];

/**
 * Puts `html` (a chart element as an author writes it) into a new host `width` px wide at the end
 * of the page and returns the element; register `removePlaced` with afterEach to take the hosts away.
 */
export function place(html: string, width = 600): PowChartElement {
  const host = document.createElement("div");
  host.style.width = `${width}px`;
  document.body.append(host);
  hosts.push(host);
  const template = document.createElement("template");
  template.innerHTML = html;
  host.append(template.content);
  return host.firstElementChild as PowChartElement;
}

/** Removes every host `place` added. */
export function removePlaced(): void {
  hosts.splice(0).forEach((h) => h.remove());
}
