/** Run settings from the environment; the defaults are the (≥ 20 measured runs after warm-up). */
const env = process.env;
const quick = env.BENCH_QUICK === "1";
const list = (value, fallback) => (value ? value.split(",").map((s) => s.trim()).filter(Boolean) : fallback);

export const config = {
  quick,
  runs: Number(env.BENCH_RUNS ?? (quick ? 5 : 41)),
  warmup: Number(env.BENCH_WARMUP ?? (quick ? 2 : 5)),
  /** Sections to run: browser, ssr, memory, bundles. */
  sections: list(env.BENCH_SECTIONS, ["browser", "ssr", "memory", "bundles"]),
  datasets: list(env.BENCH_DATASETS, quick ? ["bundled", "synthetic-1k"] : ["bundled", "synthetic-1k", "synthetic-10k"]),
  /** Chart names to include (default: every chart the charts entry exports). */
  charts: env.BENCH_CHARTS ? list(env.BENCH_CHARTS, []) : null,
  cycles: Number(env.BENCH_CYCLES ?? 1000),
  width: 640,
  resizeTo: 800,
  output: env.BENCH_OUTPUT ?? "BENCHMARKS.md",
  chromium: env.CHROMIUM_PATH ?? "/usr/bin/chromium",
};
