import { defineConfig } from "tsup";
import { leanRecords } from "./scripts/lean-records-plugin.js";
import { lazyTranslations } from "./scripts/lazy-translations-plugin.js";

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      data: "src/data/index.ts",
      schema: "src/schema/index.ts",
      charts: "src/charts/index.ts",
      server: "src/server/index.ts",
      element: "src/embed/index.ts",
      iframe: "src/embed/iframe.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: "es2022",
    outDir: "dist",
  },
  {
    // The bin: Node only, ESM, with resvg left to a dynamic import of the optional dependency.
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    external: ["@resvg/resvg-js"],
    outDir: "dist",
  },
  {
    // One <script> for CMS embeds. package.json's "sideEffects" is honoured here too: the entry
    // calls defineElements() itself rather than relying on a bare side-effect import.
    // Its records leave out the free-text notes, which no chart shows (scripts/lean-records-plugin.ts).
    entry: { "pow-exchanges": "src/embed/global.ts" },
    format: ["iife"],
    globalName: "PowExchanges",
    platform: "browser",
    target: "es2022",
    minify: true,
    noExternal: [/.*/],
    esbuildPlugins: [leanRecords()],
    outDir: "dist",
  },
  {
    // Self-contained ES modules for <script type="module"> from a CDN: d3-selection and zod are
    // bundled in, so no bare specifier is left to resolve. dist/cdn/element.js defines the elements.
    entry: { "cdn/element": "src/embed/index.ts", "cdn/charts": "src/charts/index.ts" },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    minify: true,
    splitting: false,
    noExternal: [/.*/],
    outDir: "dist",
    outExtension: () => ({ js: ".js" }),
  },
  {
    // The iframe page's own script (dist/embed-frame.js), which leaves window.PowExchanges alone, and
    // the parent page's standalone resizer (dist/iframe-resizer.js), which defines no global.
    entry: { "embed-frame": "src/embed/frame/main.ts", "iframe-resizer": "src/embed/iframe-resizer.ts" },
    format: ["iife"],
    platform: "browser",
    target: "es2022",
    minify: true,
    outDir: "dist",
    outExtension: () => ({ js: ".js" }),
  },
  {
    // The progressive snippet's loader (dist/loader.js): tiny, no chart code; it imports
    // dist/lazy/NAME.js relative to its own URL.
    entry: { loader: "src/embed/loader.ts" },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    minify: true,
    outDir: "dist",
    outExtension: () => ({ js: ".js" }),
  },
  {
    // One module per chart element (dist/lazy/NAME.js), everything bundled (d3-selection
    // included), split so two charts on a page share their common chunks. Records without notes,
    // as in the one-script build, and without their sources' addresses, which load with
    // dist/lazy/source-addresses.js when first needed; the Ukrainian and Russian words load with
    // dist/lazy/locale-uk.js and locale-ru.js. Module scripts are always read as UTF-8, so their
    // words are written as they are (a Cyrillic letter escaped as \uXXXX is three times the bytes).
    entry: {
      timeline: "src/embed/lazy/timeline.ts",
      "cumulative-bars": "src/embed/lazy/cumulative-bars.ts",
      "held-captives": "src/embed/lazy/held-captives.ts",
      "locale-uk": "src/embed/lazy/locale-uk.ts",
      "locale-ru": "src/embed/lazy/locale-ru.ts",
      "source-addresses": "src/embed/lazy/source-addresses.ts",
    },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    minify: true,
    splitting: true,
    noExternal: [/.*/],
    esbuildPlugins: [leanRecords({ deferSourceAddresses: true }), lazyTranslations()],
    esbuildOptions(options) {
      options.charset = "utf8";
    },
    outDir: "dist/lazy",
    outExtension: () => ({ js: ".js" }),
  },
]);
