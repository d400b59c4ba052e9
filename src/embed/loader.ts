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

/** Whether this browser preloads modules (and so checks their hashes); without it, a chart imports its module alone. */
const canPreload = (): boolean => document.createElement("link").relList?.supports?.("modulepreload") ?? false;
const preloads = new Map<string, Promise<boolean>>();

/**
 * Asks for a lazy module's files at once, each with its hash: the import then finds them fetched.
 * `name` is a chart, or `locale-uk` / `locale-ru` for the words of a chart that asks for them.
 * Resolves true once every file has arrived whole, false when one was refused (a file that differs
 * from its hash).
 */
function preload(name: string): Promise<boolean> {
  let ready = preloads.get(name);
  if (ready) return ready;
  const files = (manifest()[name] ?? []).map(([file, integrity]) => new Promise<boolean>((resolve) => {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = new URL(file, import.meta.url).href;
    link.integrity = integrity;
    link.addEventListener("load", () => resolve(true));
    link.addEventListener("error", () => resolve(false));
    document.head.append(link);
  }));
  ready = Promise.all(files).then((arrived) => {
    const whole = arrived.every(Boolean);
    // Forgotten when refused, so an element added later asks for the files again.
    if (!whole) preloads.delete(name);
    return whole;
  });
  preloads.set(name, ready);
  return ready;
}
const started = new Set<string>();
const watched = new WeakSet<Element>();

/**
 * Imports a chart's module once; a tag something else already defined needs nothing. The import
 * waits until every preloaded file has passed its hash: Chromium does not keep a refused preload,
 * so a module whose imports are resolved after the refusal fetches the changed file again, without
 * its hash, and runs it (a test in test/e2e/snippet.test.ts delays the module to show it).
 */
function load(tag: string): void {
  if (started.has(tag) || customElements.get(tag)) return;
  started.add(tag);
  const names = [tag.slice(4)];
  for (const element of document.querySelectorAll(tag)) {
    const locale = element.getAttribute("locale");
    if (locale === "uk" || locale === "ru") names.push(`locale-${locale}`);
  }
  const checked = canPreload() ? Promise.all(names.map(preload)).then((arrived) => arrived.every(Boolean)) : Promise.resolve(true);
  checked
    .then((whole) => {
      if (!whole) throw new Error("a file differs from its published hash (integrity)");
      return import(new URL(`lazy/${tag.slice(4)}.js`, import.meta.url).href);
    })
    .catch((error: unknown) => {
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
