/**
 * The script of `dist/embed.html` (built to `dist/embed-frame.js`, after the global script):
 * puts the requested chart element on the page, lays it out to fit the iframe's height, and
 * tells the parent the chart's natural height.
 * @module
 */
import { tagName } from "../tag.js";
import { ampSizeMessage, parseFrameMessage, pymHeightMessage } from "../iframe-messages.js";
import { frameChart, type FrameChart } from "./chart.js";
import { fitChart, type Fit } from "./fit.js";
import { frameRequest } from "./params.js";

/** The element's actions row (styles.ts: `.actions{height:32px}`), a first guess measured after the first render. */
const ACTIONS_ROW = 32;

const request = frameRequest(location.search, document.referrer);
const main = document.querySelector("main") ?? document.body;
const tag = tagName(request.chart);
let element: (HTMLElement & { readonly handle?: unknown }) | undefined;
let sizes: FrameChart | null = null;
let extra = 0;
let fitted: Fit | null = null;

if (customElements.get(tag)) {
  element = document.createElement(tag);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  const locale = request.attributes.find(([name]) => name === "locale")?.[1];
  if (locale) document.documentElement.lang = locale;
  sizes = frameChart(request.chart, request.attributes, (globalThis as { PowExchanges?: unknown }).PowExchanges);
  extra = element.getAttribute("actions") === "false" ? 0 : ACTIONS_ROW;
  // The first height is set before the element connects, so the chart renders once.
  fit();
  main.append(element);
  // Then the guess of what surrounds the chart is checked against the page as drawn.
  if (fitted && measuredExtra() !== extra) {
    extra = measuredExtra();
    fit();
  }
} else {
  const names = (globalThis as { PowExchanges?: { chartNames?: () => string[] } }).PowExchanges?.chartNames?.() ?? [];
  const alert = document.createElement("p");
  alert.setAttribute("role", "alert");
  alert.textContent = `unknown chart: ${JSON.stringify(request.chart)}${names.length ? ` (expected ${names.join(", ")})` : ""}`;
  main.append(alert);
}

/** Sets the chart's height for the viewport; reading `handle` renders a pending change now. */
function fit(): void {
  if (!element || !sizes) return;
  const chart = sizes;
  const width = document.documentElement.clientWidth;
  // The reported height follows the iframe's width (innerWidth, scrollbar or not), never its height.
  fitted = fitChart({ viewport: window.innerHeight, extra, natural: chart.natural(window.innerWidth), smallest: () => chart.smallest(width) });
  if (element.getAttribute("height") !== String(fitted.chart)) element.setAttribute("height", String(fitted.chart));
  void element.handle;
}

function measuredExtra(): number {
  return Math.max(0, Math.ceil(main.getBoundingClientRect().height) - Number(element?.getAttribute("height")));
}

let last = -1;
function report(force = false): void {
  if (window.parent === window) return;
  // A chart whose options are invalid shows its error: then the page's own height is reported.
  const height = fitted?.report ?? Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last && !force) return;
  last = height;
  // A height is not a secret, but when the parent is known only it hears it.
  const target = request.parentOrigin ?? "*";
  window.parent.postMessage(pymHeightMessage(request.pymId, height), target);
  window.parent.postMessage(ampSizeMessage(height), target);
}

const update = () => {
  fit();
  report();
};
window.addEventListener("resize", update);
new ResizeObserver(update).observe(document.body);
window.addEventListener("message", (event) => {
  if (event.source !== window.parent) return;
  if (request.parentOrigin !== null && event.origin !== request.parentOrigin) return;
  const message = parseFrameMessage(event.data);
  // pym parents (and our resizer) send the width on load and resize: answer with the height.
  if (message?.kind === "width" && message.id === request.pymId) report(true);
});
report();
