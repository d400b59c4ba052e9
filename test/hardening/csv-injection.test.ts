// @vitest-environment node
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { exchanges, fromCsv, heldClaims, officialTotals, toCsv, type Exchange } from "../../src/data/index.js";
import { parseExchanges } from "../../src/schema/index.js";
import { shownCsv } from "../../src/embed/export/csv.js";
import { timeline } from "../../src/charts/index.js";

// Guarantee: no CSV the package writes (toCsv, the element's CSV button, the dist data files) has a
// cell a spreadsheet would run as a formula, and reading it back gives every field as written.
const RUNS = 300;
const TIMEOUT = 30_000;

/** OWASP's risky first characters, and the apostrophe that marks a neutralized cell. */
const risky = ["=", "+", "-", "@", "\t", "\r", "'"];
const cellText = fc.tuple(fc.constantFrom(...risky, ""), fc.string({ maxLength: 16 }), fc.constantFrom("", "; ", ";", "\\", '"', ",", "\r\n", "\n"))
  .map(([first, middle, inner]) => `${first}${middle}${inner}${middle}`);

/** A CSV line's cells as a spreadsheet sees them (RFC 4180 quotes removed), for one-line rows. */
function cellsOf(csv: string): string[] {
  const cells: string[] = [];
  let cell = "", quoted = false, start = true;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && start) quoted = true;
    else if (ch === "," || (ch === "\r" && csv[i + 1] === "\n")) {
      cells.push(cell);
      (cell = ""), (start = true);
      if (ch === "\r") i++;
      continue;
    } else cell += ch;
    start = false;
  }
  return cells;
}

/** The first characters that make a spreadsheet evaluate a cell. */
const formulaStart = /^[=+\-@\t\r]/;

describe("CSV written by the package", () => {
  it("neutralizes every risky first character (OWASP) and round-trips every field, a mediator holding \"; \" included", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(cellText, cellText, cellText, cellText, cellText, (note, mediator, agreement, publisher, title) => {
        const record: Exchange = {
          ...exchanges[10]!,
          note,
          mediators: [mediator, "UAE"],
          agreement: agreement || null, // an empty text is a null cell, as the schema allows no empty agreement
          sources: [{ ...exchanges[10]!.sources[0]!, publisher: publisher || "x", title }],
        };
        const csv = toCsv("exchanges", [record]);
        expect(csv.endsWith("\r\n")).toBe(true);
        expect(csv.replace(/\r\n/g, "").includes("\n") && !/"[^"]*\n/.test(csv)).toBe(false);
        for (const cell of cellsOf(csv)) expect(cell, JSON.stringify(cell)).not.toMatch(formulaStart);
        expect(fromCsv("exchanges", csv)).toEqual([JSON.parse(JSON.stringify(record))]);
      }),
      { numRuns: RUNS, seed: 1605 },
    );
  });

  it("writes RFC 4180 with CRLF line ends, and the bundled tables read back whole", () => {
    const csv = toCsv("exchanges", exchanges);
    expect(csv.split("\r\n")).toHaveLength(exchanges.length + 2);
    expect(parseExchanges(fromCsv("exchanges", csv))).toEqual(exchanges);
    expect(fromCsv("heldClaims", toCsv("heldClaims", heldClaims))).toHaveLength(heldClaims.length);
    expect(fromCsv("officialTotals", toCsv("officialTotals", officialTotals))).toHaveLength(officialTotals.length);
  });

  it("neutralizes the element's CSV button output too (shownCsv)", () => {
    const data = [{ ...exchanges[3]!, note: "=HYPERLINK(\"http://evil.example\",\"x\")", mediators: ["@SUM(A1)"] }];
    const csv = shownCsv(timeline.definition.shown(timeline.definition.normalize({ data })));
    const row = cellsOf(csv.split("\r\n").slice(1).join("\r\n"));
    for (const cell of row) expect(cell).not.toMatch(formulaStart);
    expect(row).toContain("'=HYPERLINK(\"http://evil.example\",\"x\")");
  });

  it.runIf(existsSync("dist/files/exchanges.csv"))("neutralizes the dist data files (written by toCsv)", () => {
    for (const file of ["exchanges.csv", "held-claims.csv", "official-totals.csv"]) {
      const csv = readFileSync(`dist/files/${file}`, "utf8");
      expect(csv.endsWith("\r\n"), file).toBe(true);
      for (const line of csv.split("\r\n")) for (const cell of cellsOf(`${line}\r\n`)) expect(cell, file).not.toMatch(formulaStart);
    }
  });
});
