import { describe, expect, it } from "vitest";
import { exchanges, fromCsv, heldClaims, officialTotals, relatedFigures, toCsv } from "../../src/data/index.js";
import { parseExchanges, parseHeldClaims, parseOfficialTotals, parseRelatedFigures } from "../../src/schema/index.js";

describe("CSV", () => {
  it("round-trips every bundled exchange to identical records", () => {
    expect(parseExchanges(fromCsv("exchanges", toCsv("exchanges", exchanges)))).toEqual(exchanges);
  });

  it("round-trips related figures, and records that leave out the optional reportedBy and population", () => {
    expect(parseRelatedFigures(fromCsv("relatedFigures", toCsv("relatedFigures", relatedFigures)))).toEqual(relatedFigures);
    const { reportedBy: _by, ...userRecord } = exchanges[0]!;
    expect(parseExchanges(fromCsv("exchanges", toCsv("exchanges", [userRecord])))).toEqual([userRecord]);
    const { population: _population, ...userClaim } = heldClaims[0]!;
    expect(parseHeldClaims(fromCsv("heldClaims", toCsv("heldClaims", [userClaim])))).toEqual([userClaim]);
  });

  it("round-trips claims and totals, qualifiers included", () => {
    expect(parseHeldClaims(fromCsv("heldClaims", toCsv("heldClaims", heldClaims)))).toEqual(heldClaims);
    expect(parseOfficialTotals(fromCsv("officialTotals", toCsv("officialTotals", officialTotals)))).toEqual(officialTotals);
  });

  it("quotes commas, quotes and line breaks", () => {
    const text = toCsv("exchanges", [{ ...exchanges[0]!, note: 'He said "50, not 52"\nthen left' }]);
    expect(fromCsv("exchanges", text)[0]!.note).toBe('He said "50, not 52"\nthen left');
  });

  it("names the column of an unknown header", () => {
    expect(() => fromCsv("exchanges", "id,colour\nx,red\n")).toThrow('unknown column "colour"');
  });
});
