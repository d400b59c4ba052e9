/**
 * `npm run bench`: first render, resize, update, SSR, memory and bundle sizes of our charts
 * against Observable Plot, plain D3 and a floor, in one run; writes BENCHMARKS.md.
 * Settings: BENCH_RUNS, BENCH_WARMUP, BENCH_QUICK=1, BENCH_SECTIONS, BENCH_DATASETS, BENCH_CHARTS, BENCH_CYCLES, BENCH_OUTPUT.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { config } from "./lib/config.mjs";
import { buildBench, benchDir } from "./lib/build.mjs";
import { browserBench, memoryBench, openPage, profileRender } from "./lib/browser.mjs";
import { ssrBench } from "./lib/ssr.mjs";
import { bundleSizes } from "./lib/bundles.mjs";
import { machine } from "./lib/machine.mjs";
import { report } from "./lib/report.mjs";
import { charts } from "./lib/targets.mjs";

const has = (s) => config.sections.includes(s);
const names = Object.keys(charts).filter((n) => !config.charts || config.charts.includes(n)).sort();
console.log(`bench: ${names.join(", ")} × ${config.datasets.join(", ")}; ${config.runs} runs after ${config.warmup} warm-up`);
await buildBench();

const results = { config, names };
let chromiumVersion;
if (has("browser") || has("memory")) {
  const b = await openPage(config);
  chromiumVersion = b.version;
  if (!b.isolated) console.warn("bench: the page is not cross-origin isolated; performance.now() is coarse (100 µs)");
  try {
    if (has("browser")) {
      results.browser = await browserBench(b.page, config, names);
      const largest = config.datasets.at(-1);
      results.profiles = [];
      for (const name of names) results.profiles.push(await profileRender(b.page, b.cdp, config, name, largest));
    }
    if (has("memory")) results.memory = await memoryBench(b.page, b.cdp, config, names);
  } finally {
    await b.close();
  }
}
if (has("ssr")) results.ssr = await ssrBench(config, names);
if (has("bundles")) results.bundles = await bundleSizes();

const { markdown, targets } = report({ ...results, machine: machine(chromiumVersion) });
// The hand-written analysis of the targets not met travels with every generated report.
const notes = readFileSync(new URL("./NOTES.md", import.meta.url), "utf8");
writeFileSync(config.output, `${markdown}\n\n${notes}`);
mkdirSync(`${benchDir}.build`, { recursive: true });
writeFileSync(`${benchDir}.build/results.json`, JSON.stringify(results, null, 1));
const missed = targets.filter((t) => t[2].includes("not met"));
console.log(`bench: wrote ${config.output}; ${targets.length - missed.length}/${targets.length} targets met`);
for (const t of missed) console.log(`  not met: ${t[0]} (${t[1]})`);
