import type { Focus, TooltipLabels } from "../../core/marks.js";
import { loadSourceAddresses, sourceAddress } from "../../core/source-addresses.js";
import { cssColor } from "./paint.js";

/** What the tooltip asks of the chart: step to the previous or next record, or close. */
export interface TooltipControls {
  step(delta: -1 | 1): void;
  close(returnFocus: boolean): void;
  /** The pointer left the tooltip (the chart decides whether it stays). */
  leave(to: EventTarget | null): void;
}

/** A tooltip (`part="tooltip"`) that shows a mark's figures and its sources as safe links. */
export interface Tooltip {
  show(focus: Focus, chart: { readonly width: number; readonly height: number }, dark: boolean, labels: TooltipLabels): void;
  hide(): void;
  readonly visible: boolean;
  /** Whether a node is inside the tooltip (focus or the pointer moving into it). */
  contains(node: EventTarget | null): boolean;
  destroy(): void;
}

/** Only http(s) addresses become links; anything else is shown as text. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Room between the mark and the tooltip, and kept free at the chart's and the window's edges. */
const GAP = 12;
const EDGE = 4;
const WIDTH = 280;

/**
 * A tooltip inside `host`, made at the first `show()` (most charts on a page are never hovered).
 * It stays open while the pointer or focus is inside it, so its source links can be reached with
 * the pointer and with Tab; Escape closes it from anywhere on the page; its previous and next
 * buttons (24 px targets) step through records too close together to tap one by one. It is kept
 * inside the chart and the window, above the mark when there is no room below.
 *
 * @example
 * const tooltip = createTooltip(document, chartRoot, { step, close, leave });
 * tooltip.show(mark.focus, { width: 640, height: 400 }, false, { close: "Close", previous: "Previous", next: "Next" });
 */
export function createTooltip(doc: Document, host: HTMLElement, controls: TooltipControls): Tooltip {
  let element: HTMLDivElement | null = null;
  const onEscape = (event: KeyboardEvent) => {
    if (event.key === "Escape" && element?.style.display === "block") controls.close(element.contains(doc.activeElement));
  };
  const make = () => {
    const el = doc.createElement("div");
    el.setAttribute("part", "tooltip");
    el.setAttribute("role", "dialog");
    el.className = "pow-tooltip";
    el.style.cssText = `position:absolute;display:none;z-index:1;max-width:${WIDTH}px;padding:8px 10px;border-radius:4px;font-size:13px;line-height:1.35;pointer-events:auto;box-shadow:0 2px 8px rgba(0,0,0,.25)`;
    el.addEventListener("pointerleave", (event) => controls.leave(event.relatedTarget));
    // Focus leaving the tooltip for anything but the chart closes it; back to the chart keeps it.
    el.addEventListener("focusout", (event) => {
      const to = event.relatedTarget as Node | null;
      if (!el.contains(to) && !host.contains(to)) controls.close(false);
    });
    host.append(el);
    return el;
  };
  return {
    get visible() {
      return element?.style.display === "block";
    },
    contains: (node) => !!element && node instanceof Object && "nodeType" in node && element.contains(node as Node),
    show(focus, chart, dark, labels) {
      element ??= make();
      element.style.background = cssColor("background", dark);
      element.style.color = cssColor("text", dark);
      element.style.border = `1px solid ${cssColor("grid", dark)}`;
      element.setAttribute("aria-label", focus.tooltip.heading);
      element.replaceChildren(header(doc, focus, labels, controls), figures(doc, focus), sources(doc, focus));
      element.style.display = "block";
      doc.addEventListener("keydown", onEscape, true);
      place(element, focus, chart, doc);
    },
    hide() {
      if (element) element.style.display = "none";
      doc.removeEventListener("keydown", onEscape, true);
    },
    destroy() {
      doc.removeEventListener("keydown", onEscape, true);
      element?.replaceChildren();
    },
  };
}

/** Below the mark, or above it when the chart or the window has no room below; never past an edge. */
function place(el: HTMLElement, focus: Focus, chart: { width: number; height: number }, doc: Document): void {
  const w = Math.max(0, Math.min(WIDTH, chart.width - 2 * EDGE));
  el.style.maxWidth = `${w}px`;
  const hostBox = el.offsetParent?.getBoundingClientRect();
  const viewWidth = doc.defaultView?.innerWidth ?? chart.width;
  const viewHeight = doc.defaultView?.innerHeight ?? chart.height;
  const width = el.offsetWidth || w;
  const height = el.offsetHeight;
  // Inside the chart, and inside the window when the chart itself runs past it (zoom, narrow screens).
  let left = Math.max(EDGE, Math.min(focus.anchor.x + GAP, chart.width - width - EDGE));
  if (hostBox) left = Math.max(EDGE - hostBox.left, Math.min(left, viewWidth - hostBox.left - width - EDGE));
  const below = focus.anchor.y + GAP;
  const roomBelow = Math.min(chart.height, hostBox ? viewHeight - hostBox.top : chart.height) - below - EDGE;
  const top = height > roomBelow && focus.anchor.y - GAP - height >= 0 ? focus.anchor.y - GAP - height : below;
  el.style.left = `${left}px`;
  el.style.top = `${Math.max(0, top)}px`;
}

function button(doc: Document, text: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = doc.createElement("button");
  b.type = "button";
  b.textContent = text;
  b.setAttribute("aria-label", label);
  b.style.cssText = "min-width:24px;min-height:24px;margin-left:4px;padding:0 6px;font:inherit;line-height:1;border:1px solid currentColor;border-radius:3px;background:none;color:inherit;cursor:pointer";
  b.addEventListener("click", (event) => {
    event.stopPropagation();
    onClick();
  });
  return b;
}

function header(doc: Document, focus: Focus, labels: TooltipLabels, controls: TooltipControls): HTMLElement {
  const row = doc.createElement("div");
  row.style.cssText = "display:flex;align-items:center;gap:4px";
  const heading = doc.createElement("strong");
  heading.textContent = focus.tooltip.heading;
  heading.style.flex = "1";
  row.append(heading, button(doc, "‹", labels.previous, () => controls.step(-1)), button(doc, "›", labels.next, () => controls.step(1)), button(doc, "×", labels.close, () => controls.close(true)));
  return row;
}

function figures(doc: Document, focus: Focus): HTMLElement {
  const list = doc.createElement("dl");
  Object.assign(list.style, { margin: "4px 0", display: "grid", gridTemplateColumns: "auto auto", columnGap: "8px" });
  for (const [label, value] of focus.tooltip.rows) {
    const dt = doc.createElement("dt");
    dt.textContent = label;
    const dd = doc.createElement("dd");
    dd.textContent = value;
    dd.style.margin = "0";
    dd.style.fontWeight = "bold";
    list.append(dt, dd);
  }
  return list;
}

/** Room for a 24 px target, on a name and on the link that takes its place (no jump between the two). */
const SOURCE_STYLE = "color:inherit;display:inline-block;min-height:24px;line-height:24px";

/**
 * The sources as links. A bundled source whose address the progressive snippet left out is its
 * publisher's name as text until the addresses load, then the same link as anywhere else.
 */
function sources(doc: Document, focus: Focus): HTMLElement {
  const box = doc.createElement("div");
  box.style.fontSize = "12px";
  const shown = focus.tooltip.sources.slice(0, 4);
  const names = shown.map((source, i) => {
    if (i > 0) box.append(doc.createTextNode(" · "));
    const name = doc.createElement("span");
    name.textContent = source.publisher;
    name.style.cssText = SOURCE_STYLE;
    box.append(name);
    return name;
  });
  const linkAll = () => shown.map((source, i) => link(doc, names[i]!, sourceAddress(source.url))).every(Boolean);
  if (!linkAll()) {
    box.setAttribute("aria-busy", "true");
    // Offline, the names stay as text: what a source without an address shows anyway.
    const done = () => box.removeAttribute("aria-busy");
    loadSourceAddresses().then(() => (linkAll(), done()), done);
  }
  return box;
}

/**
 * Puts a link to `url` in place of the publisher's name, when it is an http(s) address. False
 * while the address is still loading.
 */
function link(doc: Document, name: HTMLElement, url: string | undefined): boolean {
  if (url === undefined) return false;
  const href = safeHref(url);
  // Not a web address (shown as text), or already linked (the name left the tooltip).
  if (href === null || !name.parentNode) return true;
  const a = doc.createElement("a");
  a.href = href;
  a.rel = "noopener noreferrer";
  a.target = "_blank";
  a.textContent = name.textContent;
  a.style.cssText = SOURCE_STYLE;
  name.replaceWith(a);
  return true;
}
