import { parseHTML } from "linkedom";
import { performance } from "node:perf_hooks";
import { buildDir } from "./build.mjs";
import { rotate } from "./stats.mjs";

const push = (map, key, value) => (map[key] ??= []).push(value);

/** renderToString in Node vs Plot with a linkedom document. */
export async function ssrBench(config, names) {
  const m = await import(`${buildDir}ssr.mjs`);
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const out = { time: {}, bytes: {}, elements: {} };
  // Split renderToString into normalize, layout and serialization (the rest), as the page does for the DOM.
  const split = { normalize: 0, layout: 0 };
  for (const chart of Object.values(m.charts)) {
    const def = chart.definition, layout = def.layout, normalize = def.normalize;
    def.layout = (...a) => { const t = performance.now(); try { return layout(...a); } finally { split.layout += performance.now() - t; } };
    def.normalize = (...a) => { const t = performance.now(); try { return normalize(...a); } finally { split.normalize += performance.now() - t; } };
  }
  out.normalize = {};
  out.layout = {};
  const impls = {
    ours: (name, records, size) => m.renderToString(m.charts[name], { data: records, width: size.width }),
    plot: (name, records, size) => m.plotCharts[name](records, { ...size, document }).outerHTML,
  };
  const total = config.warmup + config.runs;
  for (let round = 0; round < total; round++) {
    for (const name of names) {
      for (const d of config.datasets) {
        const records = m.recordsFor(name, m.dataset(d));
        const size = { width: config.width, height: m.charts[name].definition.defaultHeight(config.width) };
        const key = `${name}|${d}`;
        const available = Object.keys(impls).filter((i) => i !== "plot" || m.plotCharts[name]);
        for (const impl of rotate(available, round)) {
          split.normalize = split.layout = 0;
          // Ours gets a new array each run, as a caller's filter gives: the bundled records' checked
          // copies are found by identity (they are deep-frozen); synthetic records are checked every run.
          const data = impl === "ours" ? [...records] : records;
          const t0 = performance.now();
          const svg = impls[impl](name, data, size, key);
          const ms = performance.now() - t0;
          if (round < config.warmup) continue;
          push(out.time, `${key}|${impl}`, ms);
          if (impl === "ours") { push(out.normalize, key, split.normalize); push(out.layout, key, split.layout); }
          out.bytes[`${key}|${impl}`] = svg.length;
          out.elements[`${key}|${impl}`] = (svg.match(/<[a-zA-Z]/g) ?? []).length;
        }
      }
    }
    process.stdout.write(`\rssr: round ${round + 1}/${total}`);
  }
  process.stdout.write("\n");
  return out;
}
