import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import * as chartsEntry from "../../src/charts/index.js";
import { exchanges, heldClaims, officialTotals } from "../../src/data/index.js";
import { bundle, externalRecords } from "./bundle.js";
import { packageRoot } from "./consumer-dir.js";

/**
 * Gzip ceilings (bytes): the measured size plus ~1%, so any growth has to be noticed and explained
 * here. A new chart must add its row: the test fails for a chart with no ceiling. Measured on
 * 2026-12-01 after this round: data v1.1.0 (2 exchanges, 16 totals, 6 claims, 59 sources,
 * `reportedBy` and source kinds: about +3.6 KB of records with notes, +8.8 KB in the one-script
 * build); hardening round two (+0.3–0.5 KB a chart: escaping, XML-illegal filter, checked copies,
 * the calendar-date module); developer experience (+0.2 KB: selector targets, hydration, event
 * names); and the newsroom review of the charts (about +2.5 KB a chart: the tooltip's buttons,
 * pinning and placement, the timeline's events, key and label placement, the held-captives
 * default view, the lighter one-sided segments, subtitles and key strings in three languages); and
 * the final review (+1.7 KB a chart: every claimant who gave a figure named in Ukrainian and
 * Russian, one table shared by the sources line, labels and notes).
 * The 20 KB code-only target of the speed issue (#6) is no longer met; loading the uk/ru strings
 * only when used is the progressive-embed issue's work.
 */
const CHART_CEILINGS: Record<string, { withData: number; codeOnly: number }> = {
  // Measured 2026-12-02 after the one-house round (renderer split, shared key and value axis,
  // `shown()` in each definition) and the progressive embed; each ceiling is about 0.5% above.
  // Then +0.3 KB a chart: the registry the Ukrainian and Russian words go through, and the
  // tooltip's links for the sources' addresses the lazy modules load later (issue 15); and
  // +0.5 KB: month names and plural rules in three languages, in place of Intl (which cost a
  // reader's first render 8-25 ms). Then +0.2 KB a chart for the warm first render (issue 12):
  // the renderer's direct first draw and the text-width table that wrapping reads. Then +0.2 KB a
  // chart for the second round of it: the bundled records found by identity, the chart frame
  // cloned from a template, and date templates split once per locale (code only: 27.1, 27.7 and
  // 28.5 KB).
  timeline: { withData: 49_300, codeOnly: 27_300 }, // measured 49.1 KB with the exchanges, 26.9 KB without
  "cumulative-bars": { withData: 61_600, codeOnly: 27_900 }, // measured 61.1 KB with exchanges and totals, 27.5 KB without (61.4 KB with them after the second round)
  // Held captives also carries whom claims count in Ukrainian and Russian.
  "held-captives": { withData: 36_000, codeOnly: 28_700 }, // measured 35.6 KB with the claims, 28.3 KB without (35.8 KB with the claims after the second round)
};
const ALL_CHARTS = 82_500; // measured 81.7 KB, then 82.1 KB (2026-12-02) with the bundled records found by identity and the chart frame cloned from a template (issue 12)
const ELEMENT = 87_100; // measured 86.4 KB, 86.9 KB after the second warm-render round
const GLOBAL = 81_900; // measured 81.2 KB (81.7 KB after the second warm-render round) with the records' notes left out; issue target 40 KB not met: the records without notes are ~29 KB of it (see BENCHMARKS.md)

/** Strings only one chart's code has (option names, its definition name): another chart's bundle must not contain them. */
const DISTINCTIVE: Record<string, string[]> = {
  timeline: ["pauseMonths", "largest-"],
  "cumulative-bars": ["cumulative-bars", "stacked"],
  "held-captives": ["held-captives", "2024-06-05-putin"],
};
/**
 * `pow-exchanges/server` per chart with `renderToString` (the records included): no DOM renderer.
 * Measured 38.3, 50.3 and 24.8 KB (2026-12-01, with this round's data and layouts), well under the same
 * call through `pow-exchanges/charts`.
 */
const SERVER_CEILINGS: Record<string, number> = { timeline: 39_800, "cumulative-bars": 51_900, "held-captives": 26_400 }; // measured 2026-12-02 with the month tables: 39.3, 51.4, 26.0 KB; 39.6, 51.7 and 26.2 KB after the second warm-render round (one checked-copy helper for both record checks)
/** What only the DOM renderer has: d3-selection's data key, the resize observer, animation frames. */
const DOM_RENDERER = ["__data__", "ResizeObserver", "requestAnimationFrame"];
const D3_SCALE_SELECTION = ["__data__", "http://www.w3.org/1999/xhtml", "rgb(", "clamp"];
const ZOD = ["ZodError", "$ZodType", "invalid_type"];

const charts = Object.entries(chartsEntry)
  .filter(([, v]) => typeof v === "function" && "definition" in v)
  .map(([exportName, chart]) => ({ exportName, name: (chart as { definition: { name: string } }).definition.name }));
const src = `${packageRoot}src/charts/index.ts`;
const pkg = JSON.parse(readFileSync(`${packageRoot}package.json`, "utf8")) as { exports: Record<string, unknown> };
const globalScript = `${packageRoot}dist/pow-exchanges.global.js`;

describe("bundle budgets (needs `npm run build`)", () => {
  it("keeps the data entry within 1.3× the raw records' gzip, with no d3-scale or d3-selection", async () => {
    const { code, gzip } = await bundle(`import * as data from "pow-exchanges/data"; console.log(data);`);
    const raw = gzipSync(JSON.stringify({ exchanges, heldClaims, officialTotals }), { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(raw * 1.3);
    for (const marker of D3_SCALE_SELECTION) expect(code, marker).not.toContain(marker);
  });

  describe.each(charts)("$exportName alone", ({ exportName, name }) => {
    it("has a ceiling", () => expect(CHART_CEILINGS[name], name).toBeDefined());

    it("stays under its ceiling with its default data, with no zod", async () => {
      const { code, gzip } = await bundle(`import { ${exportName} } from "pow-exchanges/charts"; console.log(${exportName});`);
      expect(gzip).toBeLessThanOrEqual(CHART_CEILINGS[name]!.withData);
      for (const marker of ZOD) expect(code, marker).not.toContain(marker);
    });

    it("stays under its ceiling without the data records, and holds no other chart's code", async () => {
      const { code, gzip } = await bundle(`import { ${exportName} } from "${src}"; console.log(${exportName});`, { plugins: [externalRecords] });
      expect(gzip).toBeLessThanOrEqual(CHART_CEILINGS[name]!.codeOnly);
      for (const [other, markers] of Object.entries(DISTINCTIVE)) {
        if (other !== name) for (const marker of markers) expect(code, `${other}: ${marker}`).not.toContain(marker);
      }
      for (const marker of ZOD) expect(code, marker).not.toContain(marker);
    });
  });

  describe.each(charts)("$exportName from pow-exchanges/server", ({ exportName, name }) => {
    it("renders to a string with no DOM renderer, under its ceiling", async () => {
      const { code, gzip } = await bundle(`import { ${exportName}, renderToString } from "pow-exchanges/server"; console.log(renderToString(${exportName}));`);
      for (const marker of [...DOM_RENDERER, ...ZOD]) expect(code, marker).not.toContain(marker);
      expect(gzip).toBeLessThanOrEqual(SERVER_CEILINGS[name]!);
    });
  });

  it("keeps all charts under their ceiling, with no zod", async () => {
    const { code, gzip } = await bundle(`import * as charts from "pow-exchanges/charts"; console.log(charts);`);
    expect(gzip).toBeLessThanOrEqual(ALL_CHARTS);
    for (const marker of ZOD) expect(code, marker).not.toContain(marker);
  });

  it("keeps the element entry under its ceiling, with no zod", async () => {
    const { code, gzip } = await bundle(`import "pow-exchanges/element";`);
    expect(gzip).toBeLessThanOrEqual(ELEMENT);
    for (const marker of ZOD) expect(code, marker).not.toContain(marker);
  });

  it("keeps the global script under its ceiling, with no zod", () => {
    const code = readFileSync(globalScript, "utf8");
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(GLOBAL);
    for (const marker of ZOD) expect(code, marker).not.toContain(marker);
  });
});
