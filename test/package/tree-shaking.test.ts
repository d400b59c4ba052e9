import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { exchanges, heldClaims, officialTotals } from "../../src/data/index.js";
import { bundle } from "./bundle.js";

/** Strings that only d3 or zod code contains once minified (their public names and messages). */
const D3_MARKERS = ["scaleLinear", "d3-", "interpolateRgb", "selection.join", "__data__"];
const ZOD_MARKERS = ["ZodError", "zod", "$ZodType", "invalid_type"];

describe("tree-shaking the data entry (needs `npm run build`)", () => {
  it("bundles exchanges and cumulative with no d3 and no zod", async () => {
    const { code } = await bundle(`import { exchanges, cumulative } from "pow-exchanges/data"; console.log(cumulative(exchanges));`);
    for (const marker of [...D3_MARKERS, ...ZOD_MARKERS]) expect(code, marker).not.toContain(marker);
    expect(code).toContain("2024-07-17");
  });

  it("keeps the data entry within 1.3× the gzip of the raw records as JSON", async () => {
    const { gzip } = await bundle(`import * as data from "pow-exchanges/data"; console.log(data);`);
    const raw = gzipSync(JSON.stringify({ exchanges, heldClaims, officialTotals }), { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(raw * 1.3);
  });

  it("keeps `exchanges` alone under a 24 KB gzip ceiling", async () => {
    const { gzip } = await bundle(`import { exchanges } from "pow-exchanges/data"; console.log(exchanges.length);`);
    expect(gzip).toBeLessThan(24_000);
  });

  it("pulls zod into the schema entry only through zod/mini, well under classic zod's size", async () => {
    const { gzip } = await bundle(`import { safeParseExchanges } from "pow-exchanges/schema"; console.log(safeParseExchanges([]));`);
    expect(gzip).toBeLessThan(30_000);
  });
});
