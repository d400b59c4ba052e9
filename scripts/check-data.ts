// Re-validates every bundled record with the schema and prints each problem with its path.
// Exits non-zero on any problem, so `npm test` stops before a bad record ships.
import { exchanges, heldClaims, officialTotals } from "../src/data/index.js";
import { safeParseExchanges, safeParseHeldClaims, safeParseOfficialTotals } from "../src/schema/index.js";

const checks = [
  ["exchanges", safeParseExchanges(exchanges), exchanges.length],
  ["held claims", safeParseHeldClaims(heldClaims), heldClaims.length],
  ["official totals", safeParseOfficialTotals(officialTotals), officialTotals.length],
] as const;

let problems = 0;
for (const [name, result, count] of checks) {
  if (result.ok) console.log(`check:data ${name}: ${count} records valid`);
  else {
    problems += result.issues.length;
    for (const issue of result.issues) console.error(`check:data ${name} ${issue.message}`);
  }
}
process.exitCode = problems > 0 ? 1 : 0;
