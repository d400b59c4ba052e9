// Where one lazy chart's bytes go, by what they are: built again as the lazy build builds it
// (same plugins, the chart's code in one file, with esbuild's metafile) and split by source, so the page-load report's
// "not met" rows say what the bytes hold from this run's code, not from a sentence typed once.
import { build } from "esbuild";
import { brotliCompressSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { leanRecords } from "../../scripts/lean-records-plugin.ts";
import { lazyTranslations } from "../../scripts/lazy-translations-plugin.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The group a bundled source belongs to, for a reader of the report. */
function group(input, chart) {
  if (/^data\//.test(input)) return "records";
  if (input.includes("node_modules/d3-")) return "d3-selection";
  if (input.startsWith(`src/charts/${chart}/`)) return "the chart's own code";
  if (/^src\/charts\/render\/dom\//.test(input)) return "DOM renderer, tooltip and keyboard";
  if (/^src\/charts\//.test(input)) return "shared chart code (layout, scales, text, exchange records' helpers)";
  if (/^src\/embed\//.test(input)) return "the element (attributes, export, static picture)";
  return "data helpers (CSV, series, dataset)";
}

/**
 * Minified bytes per group of one chart's lazy module with everything it imports statically, and
 * the brotli size of the whole (groups compress differently, so only the whole is given brotli).
 *
 * @example
 * await lazyBreakdown("timeline"); // { brotli: 30149, minified: 130630, groups: [["records", 53954], …] } (2026-12-02)
 */
export async function lazyBreakdown(chart) {
  const result = await build({
    // Split, so what the chart imports dynamically (words, addresses) stays out of its file.
    entryPoints: [`${root}src/embed/lazy/${chart}.ts`], absWorkingDir: root, bundle: true, splitting: true, format: "esm", minify: true, write: false, metafile: true,
    platform: "browser", target: "es2022", charset: "utf8", logLevel: "silent", outdir: `${root}bench/.build/lazy-breakdown`,
    plugins: [leanRecords({ deferSourceAddresses: true }), lazyTranslations()],
  });
  const [path, out] = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === `src/embed/lazy/${chart}.ts`);
  const groups = {};
  for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) groups[group(input, chart)] = (groups[group(input, chart)] ?? 0) + bytesInOutput;
  const file = result.outputFiles.find((f) => f.path.endsWith(path));
  return { brotli: brotliCompressSync(file.contents).length, minified: out.bytes, groups: Object.entries(groups).sort((a, b) => b[1] - a[1]) };
}
