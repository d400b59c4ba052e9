import { COLD_IMPLS } from "./build.mjs";
import { rotate } from "./stats.mjs";

const TIMEOUT = 30_000;

/**
 * Cold first render: every sample opens a fresh browser context (no cache, no JIT, no shared
 * state), loads the page of one implementation and renders one chart once. Rounds are
 * interleaved: each round runs every (chart, implementation) once, in an order rotated by round.
 */
export async function coldBench(browser, serverUrl, options, names, heightOf) {
  const out = { ms: {}, elements: {}, isolated: true };
  const jobs = names.flatMap((name) => COLD_IMPLS.map((impl) => [name, impl]));
  for (let round = 0; round < options.coldSamples; round++) {
    for (const [name, impl] of rotate(jobs, round)) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(TIMEOUT);
        page.on("pageerror", (e) => console.error(`cold ${impl} ${name}: page error: ${e.message}`));
        await page.goto(`${serverUrl}cold-${impl}.html`, { timeout: TIMEOUT });
        await page.waitForFunction(() => window.coldRender, null, { timeout: TIMEOUT });
        if (impl === "markup") await page.evaluate(([n, w]) => window.prepareMarkup(n, w), [name, options.width]);
        const r = await page.evaluate(([n, w, h]) => window.coldRender(n, w, h), [name, options.width, heightOf(name, options.width)]);
        (out.ms[`${name}|${impl}`] ??= []).push(r.ms);
        out.elements[`${name}|${impl}`] = r.elements;
        out.isolated &&= r.isolated;
      } finally {
        await context.close();
      }
    }
    process.stdout.write(`\rcold: round ${round + 1}/${options.coldSamples}`);
  }
  process.stdout.write("\n");
  return out;
}

/**
 * Where a cold render's time goes: a CPU profile (100 µs sampling) of one more cold render of
 * each implementation, in its own fresh context, as self time per function. V8's lazy compilation
 * shows as "(program)" or inside the functions compiled; garbage collection as "(garbage collector)".
 */
export async function coldProfiles(browser, serverUrl, options, names, heightOf, impls = ["ours", "d3", "plot"]) {
  const out = {};
  for (const name of names) for (const impl of impls) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      await page.goto(`${serverUrl}cold-${impl}.html`, { timeout: TIMEOUT });
      await page.waitForFunction(() => window.coldRender, null, { timeout: TIMEOUT });
      const cdp = await context.newCDPSession(page);
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
      const r = await page.evaluate(([n, w, h]) => window.coldRender(n, w, h), [name, options.width, heightOf(name, options.width)]);
      const { profile } = await cdp.send("Profiler.stop");
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const self = new Map();
      profile.samples.forEach((id, i) => {
        const label = byId.get(id).callFrame.functionName || "(anonymous)";
        self.set(label, (self.get(label) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      for (const idle of ["(idle)", "(root)"]) self.delete(idle);
      const top = [...self].sort((a, b) => b[1] - a[1]);
      out[`${name}|${impl}`] = { ms: r.ms, sampled: top.reduce((s, [, t]) => s + t, 0), top: top.slice(0, 6) };
    } finally {
      await context.close();
    }
  }
  return out;
}
