import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { brotliCompressSync } from "node:zlib";
import { chartNames } from "../../src/charts/registry.js";
import { lazyCharts } from "../../src/embed/lazy/names.js";
import { packageRoot } from "./consumer-dir.js";
import { lazyGraph } from "../../scripts/static/lazy-graph.js";
import { dataFiles } from "../../scripts/data/files.js";

/**
 * The progressive snippet's files (needs `npm run build`): the loader, and per chart the lazy
 * module with the chunks it imports. Brotli ceilings are the sizes measured on 2026-12-02 plus
 * about 1%, so growth has to be noticed. Since the sources' addresses and the Ukrainian and
 * Russian words load only when needed, one chart is 31–37 KB and all three 51.0 KB; the issue's
 * targets (one chart ≤ 25 KB, all three ≤ 45 KB) are still NOT met, see BENCHMARKS.md for where
 * the bytes go.
 */
const LOADER_BROTLI = 3_000; // the issue's target; measured 1.4 KB with its manifest of the charts' and locales' files, waiting for their hashes
const CHART_BROTLI: Record<string, number> = { timeline: 32_400, "cumulative-bars": 37_200, "held-captives": 31_900 }; // measured 31.9, 36.6, 31.3 KB; 32.2, 37.0, 31.7 KB after issue 12's second warm-render round (records found by identity, frame template, date templates)
const ALL_BROTLI = 51_700; // measured 51.0 KB, then 51.4 KB after the same round

const dist = `${packageRoot}dist/`;
const read = (file: string) => readFileSync(`${dist}${file}`, "utf8");
const brotli = (file: string) => brotliCompressSync(readFileSync(`${dist}${file}`)).length;

/** A lazy module and every chunk it imports (one rule with the benchmark's report). */
const graph = (file: string): Set<string> => lazyGraph(dist, file);
const sum = (files: Iterable<string>) => [...files].reduce((total, f) => total + brotli(f), 0);

/**
 * Code only one chart has (its layout's own strings). Chart names and option names are no marker
 * here: the element's attribute table, which every lazy module shares, names them all.
 */
const DISTINCTIVE: Record<string, string[]> = {
  timeline: ["no exchange for {n} month"],
  "cumulative-bars": ["stacked"],
  "held-captives": ["2024-06-05-putin"],
};

/** Every source address of the data files (scripts/data/files.ts), as their JSON gives them. */
const dataAddresses = (): Set<string> =>
  new Set(dataFiles.flatMap(({ path }) => (JSON.parse(readFileSync(`${packageRoot}${path}`, "utf8")) as { sources: { url: string }[] }[]).flatMap((r) => r.sources.map((s) => s.url))));

describe("the loader and the lazy chart modules", () => {
  it("has a lazy module for every registered chart, and the loader knows each", () => {
    expect([...lazyCharts]).toEqual(chartNames());
    for (const name of chartNames()) expect(read(`lazy/${name}.js`).length).toBeGreaterThan(0);
  });

  it("keeps the loader under 3 KB brotli, with no chart code, d3 or zod", () => {
    expect(brotli("loader.js")).toBeLessThanOrEqual(LOADER_BROTLI);
    const code = read("loader.js");
    for (const marker of ["__data__", "ZodError", "customElements.define", ...Object.values(DISTINCTIVE).flat()]) expect(code, marker).not.toContain(marker);
    expect(code).toContain("import.meta.url");
  });

  it.each(chartNames())("loads only %s's code and the records it draws, under its ceiling", (name) => {
    const files = graph(`lazy/${name}.js`);
    const code = [...files].map(read).join("\n");
    for (const [other, markers] of Object.entries(DISTINCTIVE)) {
      if (other !== name) for (const marker of markers) expect(code, `${other}: ${marker}`).not.toContain(marker);
    }
    // Held captives draws claims: no exchange record (an exchange's "toUkraine" figure) comes with it.
    if (name === "held-captives") expect(code).not.toMatch(/"?toUkraine"?:\d/);
    for (const marker of ["ZodError", "$ZodType"]) expect(code, marker).not.toContain(marker);
    expect(sum(files)).toBeLessThanOrEqual(CHART_BROTLI[name]!);
  });

  it("shares chunks between charts: all three load less than the sum of each", () => {
    const all = new Set(chartNames().flatMap((name) => [...graph(`lazy/${name}.js`)]));
    const each = chartNames().reduce((total, name) => total + sum(graph(`lazy/${name}.js`)), 0);
    expect(sum(all)).toBeLessThan(each);
    expect(sum(all)).toBeLessThanOrEqual(ALL_BROTLI);
  });

  it("writes into the loader each chart's files with their sri.json hashes, to preload and check them", () => {
    const sri = JSON.parse(read("sri.json")) as Record<string, string>;
    // The build replaces the source's placeholder with a JSON text inside a string literal.
    const literal = /"(\{\\"(?:[^"\\]|\\.)*\})"/.exec(read("loader.js"))?.[1];
    expect(literal, "a manifest in dist/loader.js").toBeDefined();
    const manifest = JSON.parse(JSON.parse(`"${literal}"`) as string) as Record<string, [string, string][]>;
    // The charts and the locales' words; never the sources' addresses, which wait for a tooltip.
    const preloaded = [...chartNames(), "locale-uk", "locale-ru"];
    expect(Object.keys(manifest).sort()).toEqual(preloaded.sort());
    for (const name of preloaded) {
      expect(manifest[name]!.map(([file]) => file).sort(), name).toEqual([...graph(`lazy/${name}.js`)].sort());
      for (const [file, integrity] of manifest[name]!) expect(integrity, file).toBe(sri[file]);
    }
  });

  it("lists every file a snippet loads in dist/sri.json, with its current sha384", async () => {
    const { createHash } = await import("node:crypto");
    const sri = JSON.parse(read("sri.json")) as Record<string, string>;
    const files = new Set([...chartNames(), "locale-uk", "locale-ru", "source-addresses"].flatMap((name) => [...graph(`lazy/${name}.js`)]));
    for (const file of ["loader.js", ...files, "static/timeline-en-320.svg", "static/held-captives-ru-640-dark.svg"]) {
      expect(sri[file], file).toBe(`sha384-${createHash("sha384").update(readFileSync(`${dist}${file}`)).digest("base64")}`);
    }
  });

  it.each(chartNames())("leaves the Ukrainian and Russian words and the sources' addresses out of what %s loads", (name) => {
    const code = [...graph(`lazy/${name}.js`)].map(read).join("\n");
    // A word, not a letter: the date format's code trims a trailing "р." or "г.".
    expect(code).not.toMatch(/[\u0400-\u04ff]{3}|(\\u04[0-4][0-9a-f]){3}/i);
    for (const url of [...dataAddresses()].slice(0, 40)) expect(code, url).not.toContain(url);
    expect(code).toMatch(/pow-source:\d+/);
  });

  it("keeps every source address in source-addresses.js, each once, and every reference points into it", async () => {
    const { default: addresses } = (await import(`${dist}lazy/source-addresses.js`)) as { default: string[] };
    expect(new Set(addresses)).toEqual(dataAddresses());
    expect(addresses.length).toBe(new Set(addresses).size);
    const code = chartNames().map((name) => [...graph(`lazy/${name}.js`)].map(read).join("\n")).join("\n");
    const refs = [...code.matchAll(/pow-source:(\d+)/g)].map((m) => Number(m[1]));
    expect(refs.length).toBeGreaterThan(100);
    for (const n of refs) expect(n).toBeLessThan(addresses.length);
  });

  it("puts each locale's words in its own module, for every part that has them", () => {
    const uk = read("lazy/locale-uk.js");
    const ru = read("lazy/locale-ru.js");
    // A title from each chart, the element's download label and a claimant's name.
    for (const words of ["Обміни полоненими між Росією та Україною", "Завантажити", "Міноборони Росії"]) expect(uk, words).toContain(words);
    for (const words of ["Обмены пленными между Россией и Украиной", "Скачать", "Минобороны России"]) expect(ru, words).toContain(words);
    expect(uk).not.toMatch(/Минобороны/);
  });
});
