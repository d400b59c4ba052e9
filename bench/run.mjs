/**
 * `npm run bench -- [options]` (see `--help`): cold and warm first render, resize, update, SSR,
 * memory and bundle sizes of our charts against Observable Plot and plain D3, and page loads in
 * throttled Chromium, in one run. A full run writes BENCHMARKS.md; `--quick` writes nothing.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { helpText, parseOptions } from "./lib/options.mjs";

/** Hand-written notes travel with the report, marked as such and dated (bench/NOTES.md), never as its analysis. */
function readNotes() {
  return readFileSync(new URL("./NOTES.md", import.meta.url), "utf8")
    .replace(/^# .*\n/, "## Notes written by hand (from bench/NOTES.md; not generated from this run)\n")
    .replace(/^## (\d{4}-\d{2}-\d{2})/gm, "### Notes of $1");
}

let options;
try {
  options = parseOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exit(2);
}
if (options.help) {
  console.log(helpText());
  process.exit(0);
}

if (options.reportFrom) {
  const { report } = await import("./lib/report.mjs");
  const saved = JSON.parse(readFileSync(options.reportFrom, "utf8"));
  if (!saved.machine) throw new Error(`${options.reportFrom}: no machine recorded; rerun the bench`);
  const rewritten = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const { markdown, targets } = report({ ...saved, config: saved.options, notes: readNotes(), rewritten });
  writeFileSync(options.output, markdown);
  console.log(`bench: wrote ${options.output} from ${options.reportFrom} (measured ${saved.machine.date}); ${targets.filter((t) => !t[2].includes("not met")).length}/${targets.length} targets met`);
  process.exit(0);
}

const has = (s) => options.sections.includes(s);
// The package build first: the bundle sizes and the page loads measure dist/ as shipped.
if (has("bundles") || has("load")) {
  console.log("bench: npm run build");
  execFileSync("npm", ["run", "build", "--silent"], { stdio: ["ignore", "ignore", "inherit"] });
}

const { buildBench, buildDir } = await import("./lib/build.mjs");
const { launch, browserBench, memoryBench, openPage, profileRender } = await import("./lib/browser.mjs");
const { coldBench, coldProfiles } = await import("./lib/cold.mjs");
const { loadBench } = await import("./lib/load.mjs");
const { ssrBench } = await import("./lib/ssr.mjs");
const { bundleSizes } = await import("./lib/bundles.mjs");
const { machine } = await import("./lib/machine.mjs");
const { report } = await import("./lib/report.mjs");
const { charts } = await import("./lib/targets.mjs");
const { serve } = await import("./lib/server.mjs");

const names = Object.keys(charts).filter((n) => !options.charts || options.charts.includes(n)).sort();
console.log(`bench: ${options.quick ? "quick run (writes no file)" : `full run (writes ${options.output})`}; sections ${options.sections.join(", ")}; charts ${names.join(", ")}`);
const loadStart = machine().load;
await buildBench();

const results = { options, names };
let chromiumVersion;
if (has("cold") || has("browser") || has("memory") || has("load")) {
  const browser = await launch(options);
  chromiumVersion = browser.version();
  const server = await serve({ "/": buildDir }, { isolate: true });
  try {
    const heightOf = (n, w) => charts[n].definition.defaultHeight(w);
    if (has("cold")) {
      results.cold = await coldBench(browser, server.url, options, names, heightOf);
      results.cold.profiles = await coldProfiles(browser, server.url, options, names, heightOf);
    }
    if (has("browser") || has("memory")) {
      const b = await openPage(browser, server.url);
      if (!b.isolated) console.warn("bench: the page is not cross-origin isolated; performance.now() is coarse (100 µs)");
      try {
        if (has("browser")) {
          results.browser = await browserBench(b.page, options, names);
          const largest = options.datasets.at(-1);
          results.profiles = [];
          for (const name of names) results.profiles.push(await profileRender(b.page, b.cdp, options, name, largest));
        }
        if (has("memory")) results.memory = await memoryBench(b.page, b.cdp, options, names);
      } finally {
        await b.close();
      }
    }
    if (has("load")) results.load = await loadBench(browser, options);
  } finally {
    await server.close();
    await browser.close();
  }
}
if (has("ssr")) results.ssr = await ssrBench(options, names);
if (has("bundles")) results.bundles = await bundleSizes();

results.machine = { ...machine(chromiumVersion), loadStart };
const { markdown, targets } = report({ ...results, config: options, notes: readNotes() });
const missed = targets.filter((t) => t[2].includes("not met"));
if (options.quick) {
  console.log(`\n${markdown}\n`);
  console.log(`bench: quick run, nothing written; ${targets.length - missed.length}/${targets.length} targets met (few samples: indicative only)`);
} else {
  writeFileSync(options.output, markdown);
  mkdirSync(buildDir, { recursive: true });
  writeFileSync(`${buildDir}results.json`, JSON.stringify(results, null, 1));
  console.log(`bench: wrote ${options.output}; ${targets.length - missed.length}/${targets.length} targets met`);
}
for (const t of missed) console.log(`  not met: ${t[0]} (${t[1]})`);
