import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { consumerDir as consumer } from "./consumer-dir.js";

function run(dir: string, file: string, source: string): string {
  writeFileSync(join(dir, file), source);
  return execFileSync(process.execPath, [join(dir, file)], { cwd: dir, encoding: "utf8" });
}

describe("the built package in plain Node (needs `npm run build`)", () => {
  it("loads the data entry from ESM", () => {
    const out = run(consumer(), "a.mjs", `import { exchanges, heldClaims, officialTotals, dataset, cumulative, totals } from "pow-exchanges/data";
console.log(JSON.stringify([exchanges.length > 0, heldClaims.length > 0, officialTotals.length > 0, dataset.name, cumulative().length === exchanges.length, totals().exchanges]));`);
    const [a, b, c, name, d, count] = JSON.parse(out) as [boolean, boolean, boolean, string, boolean, number];
    expect([a, b, c, name, d]).toEqual([true, true, true, "pow-exchanges", true]);
    expect(count).toBeGreaterThanOrEqual(80);
  });

  it("loads the data and schema entries from CommonJS", () => {
    const out = run(consumer(), "a.cjs", `const { exchanges } = require("pow-exchanges/data");
const { safeParseExchanges } = require("pow-exchanges/schema");
console.log(safeParseExchanges(exchanges).ok, require("pow-exchanges").totals().exchanges === exchanges.length);`);
    expect(out.trim()).toBe("true true");
  });

  it("serves the data files through the exports map", () => {
    const out = run(consumer(), "b.cjs", `const p = require("pow-exchanges/datapackage.json"); const j = require("pow-exchanges/exchanges.json");
console.log(p.resources.length, j.exchanges.length === require("pow-exchanges/data").exchanges.length);`);
    expect(out.trim()).toBe("4 true");
  });
});
