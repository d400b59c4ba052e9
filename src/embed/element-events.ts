import type { PowSelectDetail, PowSkippedDetail } from "../charts/core/events.js";

/**
 * Stops the chart's own events at the element's box and sends the page one event from the host:
 * `pow:select` with the record's id and `pow:skipped` with the records left out (both bubble and
 * cross shadow roots). The deprecated `select` and `skip` stay inside the element.
 *
 * @example
 * forwardChartEvents(box, this); // in the element's constructor
 */
export function forwardChartEvents(box: HTMLElement, host: HTMLElement): void {
  const stop = (event: Event) => event.stopPropagation();
  box.addEventListener("select", stop);
  box.addEventListener("skip", stop);
  box.addEventListener("pow:select", (event) => {
    event.stopPropagation();
    const id = (event as CustomEvent<PowSelectDetail>).detail?.id;
    host.dispatchEvent(new CustomEvent<PowSelectDetail>("pow:select", { bubbles: true, composed: true, detail: { id } }));
  });
  box.addEventListener("pow:skipped", (event) => {
    event.stopPropagation();
    const detail = (event as CustomEvent<PowSkippedDetail>).detail;
    host.dispatchEvent(new CustomEvent<PowSkippedDetail>("pow:skipped", { bubbles: true, composed: true, detail }));
  });
}
