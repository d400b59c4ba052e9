/**
 * `dist/loader.js`: the small script of the progressive snippet. It finds the chart elements on
 * the page (now and added later) and, when one comes within 300 px of the viewport, imports that
 * chart's module (`dist/lazy/NAME.js`, next to this file), which defines the element; the element
 * then replaces its static picture in place. Without IntersectionObserver it imports at once.
 * For an element with `locale="uk"` or `"ru"` it preloads that language's words alongside.
 * The build writes into it the list of each chart's files with their hashes (see MANIFEST).
 * Nothing here blocks rendering, and it defines no element itself.
 * @module
 */
import { lazyCharts } from "./lazy/names.js";

/**
 * Each chart's files (its lazy module and the chunks it imports, paths under dist/) with their
 * sha384, written into dist/loader.js by the build (scripts/build-static.mjs) in place of this
 * placeholder. Preloading them together saves a round trip per level of imports, and the browser
 * checks every file against its hash. Without a manifest (the source, not the build) the loader
 * imports the module alone.
 */
const MANIFEST = "__POW_LAZY_MANIFEST__";

const tags = lazyCharts.map((name) => `pow-${name}`);

function manifest(): Record<string, readonly (readonly [file: string, integrity: string])[]> {
  try {
    return JSON.parse(MANIFEST) as Record<string, readonly (readonly [string, string])[]>;
  } catch {
    return {};
  }
}

const preloaded = new Set<string>();

/**
 * Asks for a lazy module's files at once, each with its hash: the import then finds them fetched.
 * `name` is a chart, or `locale-uk` / `locale-ru` for the words of a chart that asks for them.
 */
function preload(name: string): void {
  if (preloaded.has(name)) return;
  preloaded.add(name);
  for (const [file, integrity] of manifest()[name] ?? []) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = new URL(file, import.meta.url).href;
    link.integrity = integrity;
    document.head.append(link);
  }
}
const started = new Set<string>();
const watched = new WeakSet<Element>();

/** Imports a chart's module once; a tag something else already defined needs nothing. */
function load(tag: string): void {
  if (started.has(tag) || customElements.get(tag)) return;
  started.add(tag);
  preload(tag.slice(4));
  for (const element of document.querySelectorAll(tag)) {
    const locale = element.getAttribute("locale");
    if (locale === "uk" || locale === "ru") preload(`locale-${locale}`);
  }
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
