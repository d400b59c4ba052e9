import { chromium } from "playwright";
import { rotate } from "./stats.mjs";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

/** Debian's Chromium, headless (Playwright's own browser download does not work on these machines). */
export const launch = (options) => chromium.launch({ executablePath: options.chromium, args: ARGS, timeout: 60_000 });

/** Opens the warm bench page (one long-lived page) in a new context, with a CDP session for heap measurements. */
export async function openPage(browser, serverUrl) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(serverUrl);
  await page.waitForFunction(() => window.bench);
  const isolated = await page.evaluate(() => crossOriginIsolated);
  const cdp = await context.newCDPSession(page);
  return { page, cdp, isolated, close: () => context.close() };
}

const push = (map, key, value) => (map[key] ??= []).push(value);

/**
 * Interleaved rounds: in each round every case runs every implementation once, in an order
 * rotated by the round, so drift (thermal, other load, GC) spreads over all of them alike.
 */
export async function browserBench(page, config, names) {
  const { equivalents } = await page.evaluate(() => ({ equivalents: window.bench.equivalents }));
  for (const d of config.datasets) await page.evaluate((d) => window.bench.prepare(d), d);
  const out = { first: {}, layout: {}, normalize: {}, elements: {}, resize: {}, resizeLayout: {}, update: {}, updateLayout: {} };
  const total = config.warmup + config.runs;
  for (let round = 0; round < total; round++) {
    const keep = round >= config.warmup;
    for (const name of names) {
      const impls = ["ours", "markup", ...["plot", "d3"].filter((i) => equivalents[i].includes(name))];
      for (const d of config.datasets) {
        const jobs = [
          ...impls.map((impl) => ["first", impl, config.width]),
          ["first", "ours", config.resizeTo],
          ["resize"],
          ["update"],
        ];
        for (const [kind, impl, width] of rotate(jobs, round)) {
          if (kind === "first") {
            const r = await page.evaluate(([i, n, d, w]) => window.bench.firstRender(i, n, d, w), [impl, name, d, width]);
            if (!keep) continue;
            const key = `${name}|${d}|${impl}|${width}`;
            push(out.first, key, r.ms);
            push(out.layout, key, r.layoutMs);
            push(out.normalize, key, r.normalizeMs);
            out.elements[key] = r.elements;
          } else if (kind === "resize") {
            const r = await page.evaluate(([n, d, a, b]) => window.bench.resize(n, d, a, b), [name, d, config.width, config.resizeTo]);
            if (keep) { push(out.resize, `${name}|${d}`, r.ms); push(out.resizeLayout, `${name}|${d}`, r.layoutMs); }
          } else {
            const r = await page.evaluate(([n, d, w]) => window.bench.update(n, d, w), [name, d, config.width]);
            if (keep) { push(out.update, `${name}|${d}`, r.ms); push(out.updateLayout, `${name}|${d}`, r.layoutMs); }
          }
        }
      }
    }
    process.stdout.write(`\rbrowser: round ${round + 1}/${total}`);
  }
  process.stdout.write("\n");
  out.observer = {};
  for (const name of names) out.observer[name] = await page.evaluate((n) => window.bench.observerCheck(n), name);
  return out;
}

/** Heap after GC before and after `cycles` create/destroy cycles of each chart, after a warm-up. */
export async function memoryBench(page, cdp, config, names) {
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
    return (await cdp.send("Runtime.getHeapUsage")).usedSize;
  };
  const out = {};
  for (const name of names) {
    await page.evaluate((n) => window.bench.cycles(n, 50), name);
    const before = await heap();
    for (let done = 0; done < config.cycles; done += 100) {
      await page.evaluate(([n, k]) => window.bench.cycles(n, k), [name, Math.min(100, config.cycles - done)]);
    }
    const after = await heap();
    out[name] = { before, after, growth: after - before, cycles: config.cycles };
    console.log(`memory: ${name} grew ${((after - before) / 1024).toFixed(1)} KB over ${config.cycles} cycles`);
  }
  return out;
}

/** Self time per function over one first render of our chart: where a render's time goes. */
export async function profileRender(page, cdp, config, name, dataset) {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
  for (let i = 0; i < 3; i++) await page.evaluate(([n, d, w]) => window.bench.firstRender("ours", n, d, w), [name, dataset, config.width]);
  await cdp.send("Profiler.start");
  await page.evaluate(([n, d, w]) => window.bench.firstRender("ours", n, d, w), [name, dataset, config.width]);
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.send("Profiler.disable");
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id).callFrame;
    const label = frame.functionName || "(anonymous)";
    self.set(label, (self.get(label) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const idle of ["(idle)", "(program)", "(root)"]) self.delete(idle);
  const top = [...self].sort((a, b) => b[1] - a[1]);
  const total = top.reduce((s, [, t]) => s + t, 0);
  return { name, dataset, total, top: top.slice(0, 10) };
}
