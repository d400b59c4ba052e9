import { describe, expect, it } from "vitest";
import { partitionExchanges } from "../../../src/charts/exchange/check-records.js";
import { checkClaims } from "../../../src/charts/held-captives/claims.js";
import { exchanges, heldClaims } from "../../../src/data/index.js";

describe("partitionExchanges", () => {
  it("reports a hole in a sparse list as a skipped record rather than dropping it", () => {
    const sparse = [exchanges[0], , exchanges[1]] as unknown[];
    const { records, skipped } = partitionExchanges(sparse);
    expect(records).toHaveLength(2);
    expect(skipped).toEqual([{ index: 1, id: null, reason: "undefined is not a record" }]);
  });
});

describe("checkClaims on an array it has checked before", () => {
  it("still throws in strict mode and still lists the bad claim in lenient mode", () => {
    const list = [heldClaims[0], { ...heldClaims[1], date: "2024-02-30" }];
    expect(checkClaims(list, true).skipped).toEqual([{ index: 1, id: heldClaims[1]!.id, reason: 'date: "2024-02-30" (expected a calendar date YYYY-MM-DD or null)' }]);
    expect(() => checkClaims(list)).toThrow('invalid data[1].date: "2024-02-30" (expected a calendar date YYYY-MM-DD or null)');
    expect(() => checkClaims([42])).toThrow("invalid data[0]: 42 (expected a claim object)");
    // Checked copies, never the caller's objects: the chart draws what the claims held at this call.
    expect(checkClaims(heldClaims).claims).not.toBe(heldClaims);
    expect(checkClaims(heldClaims).claims).toEqual(heldClaims);
  });
});
