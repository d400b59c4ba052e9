import { select } from "d3-selection";
import { createLayers } from "./draw.js";
import { visuallyHidden } from "./table.js";
import { fontStack } from "../../core/theme.js";

let counter = 0;

/** The elements a mounted chart keeps and redraws: made once, filled at every draw. */
export interface ChartParts {
  readonly root: HTMLDivElement;
  readonly svg: SVGSVGElement;
  readonly title: SVGElement;
  readonly desc: SVGElement;
  readonly background: SVGRectElement;
  readonly layers: SVGGElement[];
  readonly ring: SVGRectElement;
  /** The keyboard hint, read by screen readers with the chart. */
  readonly hint: HTMLParagraphElement;
  /** Announces the record that keyboard focus reaches. */
  readonly live: HTMLDivElement;
}

/**
 * Builds an empty chart: a `div` (`part="chart"`) holding the SVG with its accessible name, one
 * group per layer, the focus ring, and the hidden hint and live region. Ids are unique per page.
 *
 * @example
 * const parts = chartParts(document, "timeline");
 * parts.svg.id; // "pow-timeline-1"
 */
export function chartParts(doc: Document, name: string): ChartParts {
  const id = `pow-${name}-${++counter}`;
  const root = doc.createElement("div");
  root.className = `pow-chart pow-${name}`;
  root.setAttribute("part", "chart");
  root.style.cssText = `position:relative;width:100%;font-family:var(--pow-font, ${fontStack})`;
  const svg = select(root).append("svg").attr("id", id).attr("role", "img")
    .attr("aria-labelledby", `${id}-title ${id}-desc`).attr("xmlns", "http://www.w3.org/2000/svg");
  svg.node()!.style.cssText = "display:block;overflow:visible";
  const title = svg.append<SVGElement>("title").attr("id", `${id}-title`).node()!;
  const desc = svg.append<SVGElement>("desc").attr("id", `${id}-desc`).node()!;
  const background = svg.append("rect").attr("x", 0).attr("y", 0).node()!;
  const layers = createLayers(svg);
  const ring = svg.append("rect").attr("class", "pow-focus-ring").attr("fill", "none").attr("stroke-width", 2).attr("display", "none").node()!;
  const hint = doc.createElement("p");
  hint.id = `${id}-hint`;
  visuallyHidden(hint);
  const live = doc.createElement("div");
  live.setAttribute("aria-live", "polite");
  visuallyHidden(live);
  root.append(hint, live);
  return { root, svg: svg.node()!, title, desc, background, layers, ring, hint, live };
}
