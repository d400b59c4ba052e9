// The progressive snippet's files: each chart rendered at the snippet's widths, in every locale,
// light and dark, with alt text per locale; and the Subresource Integrity hashes of every file a
// snippet loads (dist/sri.json).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lazyGraph } from "./lazy-graph.ts";
import { lazyCharts } from "../../src/embed/lazy/names.ts";
import { locales } from "../../src/charts/core/locale.ts";

/** The widths the snippet's <picture> offers (its <source> media queries are in src/cli/snippet.ts). */
export const snippetWidths = [320, 480, 640];
export const snippetLocales = ["en", "uk", "ru"];

/**
 * The alt text of a static rendering: the chart's title and description, then its footer's sources
 * and dataset lines as the image shows them, so the sources are in the text too.
 */
export function staticAlt(scene) {
  const footer = (key) => scene.marks
    .filter((m) => m.kind === "text" && m.key.startsWith(`frame-${key}-`))
    .sort((a, b) => Number(a.key.slice(a.key.lastIndexOf("-") + 1)) - Number(b.key.slice(b.key.lastIndexOf("-") + 1)))
    .map((m) => m.text)
    .join(" ");
  return `${scene.title}. ${scene.description} ${footer("sources")}. ${footer("data")}.`.replace(/\.\.(\s|$)/g, ".$1");
}

/**
 * Writes NAME-LOCALE-WIDTH.svg and NAME-LOCALE-WIDTH-dark.svg for one chart into `out` and returns
 * what alt.json records of them: `{ locales: { en: { alt }, … }, files: [{ file, locale, width, height, dark }] }`.
 */
export function snippetFiles(chart, renderToString, out) {
  const { name, normalize, defaultHeight, layout } = chart.definition;
  const locales = {};
  const files = [];
  for (const locale of snippetLocales) {
    for (const width of snippetWidths) {
      const height = defaultHeight(width);
      for (const dark of [false, true]) {
        const file = `${name}-${locale}-${width}${dark ? "-dark" : ""}.svg`;
        writeFileSync(new URL(file, out), renderToString(chart, { width, locale, dark, idPrefix: `pow-${name}-static` }));
        files.push({ file, locale, width, height, dark });
      }
    }
    const width = snippetWidths.at(-1);
    locales[locale] = { alt: staticAlt(layout(normalize({ locale }), { width, height: defaultHeight(width) }, false, false)) };
  }
  return { locales, files };
}

const sha384 = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

/**
 * Writes dist/sri.json: the sha384 of every file a snippet loads (loader.js, every lazy module and
 * shared chunk, every static rendering), keyed by its path under dist/. Returns the map.
 */
export function writeIntegrity(dist) {
  writeLoaderManifest(dist);
  const files = [
    "loader.js",
    ...readdirSync(new URL("lazy/", dist)).filter((f) => f.endsWith(".js")).sort().map((f) => `lazy/${f}`),
    ...readdirSync(new URL("static/", dist)).filter((f) => f.endsWith(".svg")).sort().map((f) => `static/${f}`),
  ];
  const integrity = Object.fromEntries(files.map((file) => [file, sha384(readFileSync(new URL(file, dist)))]));
  writeFileSync(new URL("sri.json", dist), `${JSON.stringify(integrity, null, 2)}\n`);
  return integrity;
}

/**
 * Writes each chart's files (its lazy module and every chunk it imports), and each locale's, with their sha384 into
 * dist/loader.js, in place of the placeholder the source leaves there, so the loader preloads a
 * chart's files at once and the browser checks each one; and the same list into
 * dist/lazy/manifest.json, from which `pow-exchanges snippet --eager` writes its preload links.
 * Runs before the loader's own hash is taken.
 */
function writeLoaderManifest(dist) {
  const root = fileURLToPath(dist);
  // The charts and the locales' words: what the loader preloads (never the sources' addresses,
  // which load when a tooltip first opens).
  const names = [...lazyCharts, ...locales.filter((locale) => locale !== "en").map((locale) => `locale-${locale}`)];
  const manifest = Object.fromEntries(names.map((name) => [name, [...lazyGraph(root, `lazy/${name}.js`)].map((file) => [file, sha384(readFileSync(new URL(file, dist)))])]));
  writeFileSync(new URL("lazy/manifest.json", dist), `${JSON.stringify(manifest, null, 2)}\n`);
  const loader = new URL("loader.js", dist);
  const code = readFileSync(loader, "utf8");
  const placeholder = '"__POW_LAZY_MANIFEST__"';
  if (!code.includes(placeholder)) throw new Error("dist/loader.js has no manifest placeholder (built twice?)");
  // A JSON text inside a JS string literal: JSON.stringify twice.
  writeFileSync(loader, code.replace(placeholder, JSON.stringify(JSON.stringify(manifest))));
}
