import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import { exchanges, heldClaims, officialTotals } from "../../src/data/index.js";
import { packageRoot } from "./consumer-dir.js";

/** What the one-<script> build carries of a record: everything but the free-text notes (scripts/lean-records-plugin.ts). */
const lean = (record: object) => {
  const { note: _note, ...rest } = record as { note?: string; disputes?: readonly { note?: string }[] };
  return rest.disputes ? { ...rest, disputes: rest.disputes.map(({ note: _n, ...d }) => d) } : rest;
};
const records = [...exchanges, ...heldClaims, ...officialTotals];
const notes = [...records.map((r) => r.note), ...exchanges.flatMap((e) => e.disputes.flatMap((d) => (d.note ? [d.note] : [])))];
/** The JS string literal of a text, as a minifier writes it (unescaped UTF-8, escaped quotes). */
const asWritten = (text: string) => JSON.stringify(text).slice(1, -1);
const globalScript = `${packageRoot}dist/pow-exchanges.global.js`;

describe("the global script's records (needs `npm run build`)", () => {
  const code = readFileSync(globalScript, "utf8");

  it("leaves out every record's note and every dispute's note", () => {
    const openings = notes.filter((n) => n.length >= 40).map((n) => asWritten(n.slice(0, 40)));
    expect(openings.length).toBeGreaterThan(100);
    expect(openings.filter((opening) => code.includes(opening))).toEqual([]);
  });

  it("still holds every record id and every source url", () => {
    expect(records.map((r) => `"${r.id}"`).filter((id) => !code.includes(id))).toEqual([]);
    expect(records.flatMap((r) => r.sources.map((s) => asWritten(s.url))).filter((url) => !code.includes(url))).toEqual([]);
  });

  describe("run in a bare node:vm context, with no DOM", () => {
    const context = createContext({});
    runInContext(code, context);
    const api = context.PowExchanges as Record<string, unknown>;
    /** A value copied into the script's own realm, so it meets its code as its own records would. */
    const inRealm = (value: unknown) => runInContext(`JSON.parse(${JSON.stringify(JSON.stringify(value))})`, context) as unknown;
    type Render = (chart: unknown, options?: object) => string;
    const renderToString = api.renderToString as Render;

    it("exposes the records in the same order, equal to the package's minus the notes", () => {
      const copy = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
      expect(copy(api.exchanges)).toEqual(exchanges.map(lean));
      expect(copy(api.heldClaims)).toEqual(heldClaims.map(lean));
      expect(copy(api.officialTotals)).toEqual(officialTotals.map(lean));
    });

    it("writes CSV with the package's columns and an empty note column, as the README says", () => {
      const toCsv = api.toCsv as (table: string, records: unknown) => string;
      const fromCsv = api.fromCsv as (table: string, text: string) => { id: string; note: string }[];
      const csv = toCsv("exchanges", api.exchanges);
      expect(csv.split("\r\n")[0]).toBe(toCsv("exchanges", []).trim()); // CRLF line ends (RFC 4180)
      const rows = fromCsv("exchanges", csv);
      expect(rows.map((r) => r.id)).toEqual(exchanges.map((e) => e.id));
      expect(rows.every((r) => r.note === "")).toBe(true);
    });

    it("defines no elements where there is no customElements", () => {
      expect((api.defineElements as () => string[])()).toEqual([]);
    });

    it("draws each chart exactly as it draws the full records with their notes", () => {
      const full = { exchanges: inRealm(exchanges), heldClaims: inRealm(heldClaims), officialTotals: inRealm(officialTotals) };
      const cases: [string, object][] = [
        ["timeline", { data: full.exchanges }],
        ["cumulativeBars", { data: full.exchanges, totals: full.officialTotals }],
        ["heldCaptives", { data: full.heldClaims }],
        ["heldCaptives", { data: full.heldClaims, mode: "dots" }],
      ];
      for (const [name, options] of cases) {
        const { data: _data, totals: _totals, ...defaults } = options as Record<string, unknown>;
        const svg = renderToString(api[name], defaults);
        expect(svg, name).toMatch(/^<svg/);
        expect(svg, name).toBe(renderToString(api[name], options));
      }
    });
  });
});
