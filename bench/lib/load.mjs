import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { leanRecords } from "../../scripts/lean-records-plugin.ts";
import { article } from "../load/article.mjs";
import { lazyBreakdown } from "./lazy-breakdown.mjs";
import { lazyCharts } from "../../src/embed/lazy/names.ts";
import { benchDir, buildDir } from "./build.mjs";
import { serve } from "./server.mjs";
import { rotate } from "./stats.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const pagesDir = `${benchDir}load/pages/`;
const outDir = `${buildDir}load/`;

/** DevTools' "Slow 4G" preset: 150 ms RTT × 3.75, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up. */
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
export const CPU_SLOWDOWN = 4;
export const VIEWPORT = { width: 390, height: 844 };
const LOAD_TIMEOUT = 60_000, SETTLE_TIMEOUT = 30_000, SETTLE_MS = 750;

/** Every page definition in bench/load/pages/, sorted by file name, split into runnable and skipped (files absent). */
export async function pageDefinitions(only = null) {
  const files = readdirSync(pagesDir).filter((f) => f.endsWith(".mjs")).sort();
  const pages = [], skipped = [];
  for (const file of files) {
    const def = (await import(pathToFileURL(`${pagesDir}${file}`).href)).default;
    if (only && !only.includes(def.id)) continue;
    const missing = (def.requires ?? []).filter((p) => !existsSync(`${root}${p}`));
    if (missing.length) skipped.push({ ...def, missing });
    else pages.push(def);
  }
  if (only) for (const id of only) if (![...pages, ...skipped].some((p) => p.id === id)) throw new Error(`--pages: no page "${id}" in bench/load/pages/`);
  return { pages, skipped };
}

/** A page's embed: its HTML, a built snippet file pasted in as is, or what the built CLI prints. */
function embedOf(def) {
  if (typeof def.embed !== "object") return def.embed;
  const body = def.embed.cli ? execFileSync(process.execPath, [`${root}dist/cli.js`, ...def.embed.cli], { encoding: "utf8" }) : readFileSync(`${root}${def.embed.file}`, "utf8");
  return `${def.embed.before ?? ""}${body}`;
}

/** The page's HTML: the article with the definition's head and embed. */
function html(def) {
  const embed = embedOf(def);
  return article({ title: def.label, head: def.head, embed });
}

/**
 * Page loads in Chromium with Slow 4G and a 4× CPU slowdown, each in a fresh context (empty
 * cache), all pages interleaved: every round loads every page once, in an order rotated by round.
 */
export async function loadBench(browser, options) {
  const { pages, skipped } = await pageDefinitions(options.pages);
  for (const s of skipped) console.log(`load: skipped ${s.id}: ${s.missing.join(", ")} not found (${s.id.startsWith("snippet") ? "the progressive embed is not built yet" : "run npm run build"})`);
  mkdirSync(outDir, { recursive: true });
  await build({ entryPoints: [`${benchDir}load/plot-timeline.js`], outfile: `${outDir}plot-timeline.js`, bundle: true, minify: true, format: "iife", platform: "browser", target: "es2022", legalComments: "none", logLevel: "warning", plugins: [leanRecords()] });
  for (const def of pages) writeFileSync(`${outDir}${def.id}.html`, html(def));
  const server = await serve({ "/dist/": `${root}dist/`, "/bench/": outDir, "/": outDir }, { brotli: true });
  const samples = {}, cls = {};
  try {
    for (let round = 0; round < options.loads; round++) {
      for (const def of rotate(pages, round)) (samples[def.id] ??= []).push(await loadOnce(browser, server, def));
      process.stdout.write(`\rload: round ${round + 1}/${options.loads}`);
    }
    process.stdout.write("\n");
    // Layout shift at other widths: only pages with a chart, fewer loads, the maximum kept.
    for (const width of options.clsWidths ?? []) {
      for (let round = 0; round < options.clsLoads; round++) {
        for (const def of rotate(pages.filter((p) => p.embed), round)) {
          const r = await loadOnce(browser, server, def, { width, height: VIEWPORT.height });
          ((cls[def.id] ??= {})[width] ??= []).push(r.cls);
        }
      }
      process.stdout.write(`\rload: layout shift at ${width} px done`);
    }
    if (options.clsWidths?.length) process.stdout.write("\n");
  } finally {
    await server.close();
  }
  const meta = (d) => ({ id: d.id, label: d.label, interactive: d.interactive, subject: d.subject ?? null });
  const breakdown = existsSync(`${root}dist/lazy`) ? Object.fromEntries(await Promise.all(lazyCharts.map(async (name) => [name, await lazyBreakdown(name)]))) : {};
  return { pages: pages.map(meta), skipped: skipped.map((s) => ({ ...meta(s), missing: s.missing })), samples, cls, clsWidths: options.clsWidths ?? [], network: SLOW_4G, cpu: CPU_SLOWDOWN, viewport: VIEWPORT, breakdown };
}

async function loadOnce(browser, server, def, viewport = VIEWPORT) {
  const context = await browser.newContext({ viewport });
  try {
    await context.addInitScript({ path: `${benchDir}load/probe.js` });
    const page = await context.newPage();
    page.setDefaultTimeout(LOAD_TIMEOUT);
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    server.log.length = 0;
    await page.goto(`${server.url}${def.id}.html`, { waitUntil: "load", timeout: LOAD_TIMEOUT });
    let timedOut = false;
    await page.waitForFunction((interactive) => {
      const b = window.__bench;
      return b && b.fcp !== null && (interactive ? b.interactive !== null : true);
    }, def.interactive, { timeout: SETTLE_TIMEOUT, polling: 100 }).catch(() => { timedOut = true; });
    await page.waitForTimeout(SETTLE_MS); // late layout shifts (fonts, a late resize) still count
    const r = await page.evaluate(() => {
      const frames = [window, ...[...document.querySelectorAll("iframe")].map((f) => { try { return f.contentWindow; } catch { return null; } }).filter(Boolean)];
      const resources = frames.flatMap((w) => {
        const shift = w.performance.timeOrigin - performance.timeOrigin;
        return w.performance.getEntriesByType("resource").map((e) => ({ name: new URL(e.name).pathname, start: e.startTime + shift, end: e.responseEnd + shift }));
      });
      const nav = performance.getEntriesByType("navigation")[0];
      return { ...window.__bench, resources, htmlEnd: nav?.responseEnd ?? null, domContentLoaded: nav?.domContentLoadedEventEnd ?? null, load: nav?.loadEventEnd ?? null };
    });
    const files = server.log.map((f) => ({ ...f }));
    // Nothing is on screen before the first contentful paint: a chart found in an earlier frame shows with it.
    const pixels = r.pixels === null ? null : Math.max(r.pixels, r.fcp ?? 0);
    // Nor can a chart answer before it shows.
    const interactive = r.interactive === null ? null : Math.max(r.interactive, pixels ?? 0);
    return { fcp: r.fcp, pixels, interactive, cls: r.cls, shifts: r.shifts, chart: r.chart, longTasks: r.longTasks, resources: r.resources,
      htmlEnd: r.htmlEnd, domContentLoaded: r.domContentLoaded, load: r.load, files, bytes: files.reduce((s, f) => s + f.brotli, 0), timedOut, errors };
  } finally {
    await context.close();
  }
}
