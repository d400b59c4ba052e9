import { namespaces } from "d3-selection";
import { LAYERS } from "../../core/marks.js";
import { fontStack } from "../../core/theme.js";
import { visuallyHidden } from "./table.js";

let counter = 0;
/** Each document's empty chart, built once: a chart clones it (one call) instead of making ~15 elements. */
const templates = new WeakMap<Document, HTMLDivElement>();

/** The elements a mounted chart keeps and redraws: made once, filled at every draw. */
export interface ChartParts {
  readonly root: HTMLDivElement;
  readonly svg: SVGSVGElement;
  readonly title: SVGElement;
  readonly desc: SVGElement;
  readonly background: SVGRectElement;
  /** One `<g>` per layer, in drawing order, hidden from assistive tech (the table and labels speak for them). */
  readonly layers: SVGGElement[];
  readonly ring: SVGRectElement;
  /** The keyboard hint: the SVG's description while the chart is interactive, never shown. */
  readonly hint: HTMLParagraphElement;
  /** Announces the record that keyboard focus reaches. */
  readonly live: HTMLDivElement;
}

function svgChild<K extends keyof SVGElementTagNameMap>(parent: Element, name: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const el = parent.ownerDocument.createElementNS(namespaces.svg!, name) as SVGElementTagNameMap[K];
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  parent.appendChild(el);
  return el;
}

function template(doc: Document): HTMLDivElement {
  const root = doc.createElement("div");
  root.setAttribute("part", "chart");
  root.style.cssText = `position:relative;width:100%;font-family:var(--pow-font, ${fontStack})`;
  const svg = svgChild(root, "svg", { role: "img", xmlns: namespaces.svg! });
  svg.style.cssText = "display:block;overflow:visible";
  svgChild(svg, "title", {});
  svgChild(svg, "desc", {});
  svgChild(svg, "rect", { x: "0", y: "0" });
  for (const layer of LAYERS) svgChild(svg, "g", { "data-layer": layer, "aria-hidden": "true" });
  svgChild(svg, "rect", { class: "pow-focus-ring", fill: "none", "stroke-width": "2", display: "none" });
  // Hidden, not visually hidden: read as the SVG's description (aria-describedby reads hidden
  // elements), not a second time as a paragraph of the page.
  const hint = doc.createElement("p");
  hint.hidden = true;
  const live = doc.createElement("div");
  live.setAttribute("aria-live", "polite");
  visuallyHidden(live);
  root.append(hint, live);
  return root;
}

/**
 * Builds an empty chart: a `div` (`part="chart"`) holding the SVG with its accessible name, one
 * group per layer, the focus ring, the keyboard hint and the live region. Ids are unique per page.
 *
 * @example
 * const parts = chartParts(document, "timeline");
 * parts.svg.id; // "pow-timeline-1"
 */
export function chartParts(doc: Document, name: string): ChartParts {
  let empty = templates.get(doc);
  if (!empty) templates.set(doc, (empty = template(doc)));
  const root = empty.cloneNode(true) as HTMLDivElement;
  root.className = `pow-chart pow-${name}`;
  const svg = root.firstElementChild as SVGSVGElement;
  const [title, desc, background, ...rest] = Array.from(svg.children) as SVGElement[];
  const hint = svg.nextElementSibling as HTMLParagraphElement;
  const id = `pow-${name}-${++counter}`;
  svg.id = id;
  title!.id = `${id}-title`;
  desc!.id = `${id}-desc`;
  hint.id = `${id}-hint`;
  svg.setAttribute("aria-labelledby", `${id}-title ${id}-desc`);
  return {
    root, svg, title: title!, desc: desc!, background: background as SVGRectElement,
    layers: rest.slice(0, LAYERS.length) as SVGGElement[], ring: rest[LAYERS.length] as SVGRectElement,
    hint, live: hint.nextElementSibling as HTMLDivElement,
  };
}
