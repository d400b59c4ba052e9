// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataset, exchanges, heldClaims, officialTotals, relatedFigures } from "../../src/data/index.js";
import { parseExchanges, parseHeldClaims, parseOfficialTotals, parseRelatedFigures } from "../../src/schema/index.js";

/** The published data file, as `npm run build` writes it (the test needs the build). */
const published = JSON.parse(readFileSync(new URL("../../dist/files/exchanges.json", import.meta.url), "utf8")) as Record<string, unknown>;

describe("JSON", () => {
  it("round-trips dist/files/exchanges.json through parseExchanges to the bundled records", () => {
    expect(parseExchanges(published.exchanges)).toEqual(exchanges);
  });

  it("carries the same claims, totals and dataset description as the package", () => {
    expect(parseHeldClaims(published.heldClaims)).toEqual(heldClaims);
    expect(parseOfficialTotals(published.officialTotals)).toEqual(officialTotals);
    expect(parseRelatedFigures(published.relatedFigures)).toEqual(relatedFigures);
    expect(published.dataset).toEqual(JSON.parse(JSON.stringify(dataset)));
  });
});
