/**
 * The script of `dist/embed.html` (built to `dist/embed-frame.js`, after the global script):
 * puts the requested chart element on the page and keeps the parent informed of its height.
 * @module
 */
import { tagName } from "../tag.js";
import { ampSizeMessage, parseFrameMessage, pymHeightMessage } from "../iframe-messages.js";
import { frameRequest } from "./params.js";

const request = frameRequest(location.search, document.referrer);
const main = document.querySelector("main") ?? document.body;
const tag = tagName(request.chart);

if (customElements.get(tag)) {
  const element = document.createElement(tag);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  const locale = request.attributes.find(([name]) => name === "locale")?.[1];
  if (locale) document.documentElement.lang = locale;
  main.append(element);
} else {
  const names = (globalThis as { PowExchanges?: { chartNames?: () => string[] } }).PowExchanges?.chartNames?.() ?? [];
  const alert = document.createElement("p");
  alert.setAttribute("role", "alert");
  alert.textContent = `unknown chart: ${JSON.stringify(request.chart)}${names.length ? ` (expected ${names.join(", ")})` : ""}`;
  main.append(alert);
}

let last = -1;
function report(force = false): void {
  if (window.parent === window) return;
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last && !force) return;
  last = height;
  // A height is not a secret, but when the parent is known only it hears it.
  const target = request.parentOrigin ?? "*";
  window.parent.postMessage(pymHeightMessage(request.pymId, height), target);
  window.parent.postMessage(ampSizeMessage(height), target);
}

new ResizeObserver(() => report()).observe(document.body);
window.addEventListener("message", (event) => {
  if (event.source !== window.parent) return;
  if (request.parentOrigin !== null && event.origin !== request.parentOrigin) return;
  const message = parseFrameMessage(event.data);
  // pym parents send the width on load and resize: answer with the height.
  if (message?.kind === "width" && message.id === request.pymId) report(true);
});
report();
