import type { Focus } from "./marks.js";
import { cssColor } from "./paint.js";

/** A tooltip (`part="tooltip"`) that shows a mark's figures and its sources as safe links. */
export interface Tooltip {
  show(focus: Focus, chartWidth: number, dark: boolean): void;
  hide(): void;
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

/**
 * A tooltip inside `host`. Its element is made at the first `show()`, not before: most charts on
 * a page are never hovered.
 *
 * @example
 * const tooltip = createTooltip(document, chartRoot);
 * tooltip.show(mark.focus, 640, false);
 */
export function createTooltip(doc: Document, host: HTMLElement): Tooltip {
  let element: HTMLDivElement | null = null;
  const make = () => {
    const el = doc.createElement("div");
    el.setAttribute("part", "tooltip");
    el.className = "pow-tooltip";
    el.style.cssText = "position:absolute;display:none;z-index:1;max-width:280px;padding:8px 10px;border-radius:4px;font-size:13px;line-height:1.35;pointer-events:auto;box-shadow:0 2px 8px rgba(0,0,0,.25)";
    host.append(el);
    return el;
  };
  return {
    show(focus, chartWidth, dark) {
      element ??= make();
      element.style.background = cssColor("background", dark);
      element.style.color = cssColor("text", dark);
      element.style.border = `1px solid ${cssColor("grid", dark)}`;
      const heading = doc.createElement("strong");
      heading.textContent = focus.tooltip.heading;
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
      const sources = doc.createElement("div");
      sources.style.fontSize = "12px";
      focus.tooltip.sources.slice(0, 4).forEach((source, i) => {
        if (i > 0) sources.append(doc.createTextNode(" · "));
        const href = safeHref(source.url);
        if (href === null) {
          sources.append(doc.createTextNode(source.publisher));
          return;
        }
        const a = doc.createElement("a");
        a.href = href;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        a.textContent = source.publisher;
        a.style.color = "inherit";
        sources.append(a);
      });
      element.replaceChildren(heading, list, sources);
      element.style.display = "block";
      const w = Math.min(280, chartWidth - 8);
      element.style.maxWidth = `${w}px`;
      const left = Math.max(4, Math.min(focus.anchor.x + 12, chartWidth - w - 4));
      element.style.left = `${left}px`;
      element.style.top = `${Math.max(0, focus.anchor.y + 12)}px`;
    },
    hide() {
      if (element) element.style.display = "none";
    },
    destroy() {
      element?.replaceChildren();
    },
  };
}
