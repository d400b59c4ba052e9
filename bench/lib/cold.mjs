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
