import { renderToString, type Chart } from "../../src/charts/index.js";
import { cleanOptions, errorMessage, storyHost } from "./mount.js";

/**
 * Shows what `renderToString` returns, as inline SVG: parsed with DOMParser (never innerHTML)
 * and imported into the page, so the markup a server sends is what the reader sees.
 */
export function serverRendered<O extends object>(chart: Chart<O>, options: O): HTMLElement {
  const host = storyHost();
  try {
    const markup = renderToString(chart, { ...cleanOptions(options), idPrefix: "ssr" });
    const parsed = new DOMParser().parseFromString(markup, "image/svg+xml");
    const error = parsed.querySelector("parsererror");
    if (error) throw new Error(`renderToString returned markup that is not SVG: ${error.textContent ?? ""}`);
    const svg = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
    svg.style.maxWidth = "100%";
    svg.style.height = "auto";
    host.dataset.ssr = "";
    host.append(svg);
  } catch (error) {
    host.append(errorMessage(error));
  }
  return host;
}
