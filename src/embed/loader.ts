/**
 * `dist/loader.js`: the small script of the progressive snippet. It finds the chart elements on
 * the page (now and added later) and, when one comes within 300 px of the viewport, imports that
 * chart's module (`dist/lazy/NAME.js`, next to this file), which defines the element; the element
 * then replaces its static picture in place. Without IntersectionObserver it imports at once.
 * Nothing here blocks rendering, and it defines no element itself.
 * @module
 */
import { lazyCharts } from "./lazy/names.js";

const tags = lazyCharts.map((name) => `pow-${name}`);
const started = new Set<string>();
const watched = new WeakSet<Element>();

/** Imports a chart's module once; a tag something else already defined needs nothing. */
function load(tag: string): void {
  if (started.has(tag) || customElements.get(tag)) return;
  started.add(tag);
  import(new URL(`lazy/${tag.slice(4)}.js`, import.meta.url).href).catch((error: unknown) => {
    started.delete(tag);
    console.error(`pow-exchanges: could not load ${tag}:`, error);
  });
}

const near = typeof IntersectionObserver === "function"
  ? new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      near!.unobserve(entry.target);
      load(entry.target.localName);
    }
  }, { rootMargin: "300px 0px" })
  : undefined;

function scan(): void {
  for (const element of document.querySelectorAll(tags.join(","))) {
    if (watched.has(element)) continue;
    watched.add(element);
    if (near) near.observe(element);
    else load(element.localName);
  }
}

if (typeof customElements === "object") {
  scan();
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
}
