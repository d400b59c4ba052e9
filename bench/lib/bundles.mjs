import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { bundle, externalRecords } from "../../test/package/bundle.ts";
import { packageRoot } from "../../test/package/consumer-dir.ts";
import * as chartsModule from "../../src/charts/index.ts";
import { exchanges } from "../../src/data/records/exchanges.ts";
import { heldClaims } from "../../src/data/records/held-claims.ts";
import { officialTotals } from "../../src/data/records/official-totals.ts";

const gz = (text) => gzipSync(text, { level: 9 }).length;
const br = (text) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const src = `${packageRoot}src/`;

/** The export name of every chart function in the charts entry, by definition name. */
export function chartExports() {
  return Object.entries(chartsModule).filter(([, v]) => typeof v === "function" && v.definition?.layout).map(([exportName, c]) => ({ exportName, name: c.definition.name }));
}

/** Biggest modules of a bundle (minified bytes), grouped by package or src folder: where the bytes go. */
export function breakdown(metafile, top = 8) {
  const groups = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const key = m ? m[1] : path.replace(/^.*?(src\/|bench\/)/, "$1").replace(/\/[^/]+$/, "/");
      groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...groups].sort((a, b) => b[1] - a[1]).slice(0, top);
}

/** A file bundled on its own (an equivalent chart), minified, with its gzip size. */
async function bundleFile(path) {
  const r = await build({ entryPoints: [path], bundle: true, write: false, format: "esm", minify: true, platform: "browser", logLevel: "silent", metafile: true });
  const code = r.outputFiles[0].text;
  return { bytes: code.length, gzip: gz(code), brotli: br(code), metafile: r.metafile };
}

/** Every bundle the issue names, measured the way an app's bundler would build it. */
export async function bundleSizes() {
  const pkg = JSON.parse(readFileSync(`${packageRoot}package.json`, "utf8"));
  const rows = [];
  const add = (id, label, r, extra = {}) => rows.push({ id, label, bytes: r.bytes, gzip: r.gzip, brotli: r.brotli ?? (r.code ? br(r.code) : undefined), breakdown: breakdown(r.metafile), ...extra });
  const raw = gz(JSON.stringify({ exchanges, heldClaims, officialTotals }));
  rows.push({ id: "records-json", label: "raw records as JSON (reference)", bytes: JSON.stringify({ exchanges, heldClaims, officialTotals }).length, gzip: raw, breakdown: [] });
  add("data", "data entry (`import * as data from \"pow-exchanges/data\"`)", await bundle(`import * as data from "pow-exchanges/data"; console.log(data);`), { reference: raw });
  for (const { exportName, name } of chartExports()) {
    add(`chart:${name}`, `\`${exportName}\` alone, with its default data`, await bundle(`import { ${exportName} } from "pow-exchanges/charts"; console.log(${exportName});`));
    add(`chart-code:${name}`, `\`${exportName}\` alone, without the data records`, await bundle(`import { ${exportName} } from "${src}charts/index.ts"; console.log(${exportName});`, { plugins: [externalRecords] }));
  }
  add("charts", "all charts (`import * as charts from \"pow-exchanges/charts\"`)", await bundle(`import * as charts from "pow-exchanges/charts"; console.log(charts);`));
  if (pkg.exports["./element"] && existsSync(`${packageRoot}dist/element.js`)) add("element", "element entry (`import \"pow-exchanges/element\"`)", await bundle(`import "pow-exchanges/element";`));
  const global = `${packageRoot}dist/pow-exchanges.global.js`;
  if (existsSync(global)) {
    const code = readFileSync(global, "utf8");
    rows.push({ id: "global", label: "dist/pow-exchanges.global.js (as shipped)", bytes: code.length, gzip: gz(code), brotli: br(code), breakdown: breakdown((await build({ entryPoints: [`${src}embed/global.ts`], bundle: true, write: false, minify: true, format: "iife", logLevel: "silent", metafile: true })).metafile) });
  }
  for (const lib of ["plot", "d3"]) {
    for (const file of ["timeline", "cumulative-bars", "held-captives"]) {
      add(`${lib}:${file}`, `${lib === "plot" ? "Observable Plot" : "plain D3"} equivalent of ${file}`, await bundleFile(`${packageRoot}bench/equivalents/${lib}/${file}.js`));
    }
  }
  return rows;
}
