import { describe, expect, it } from "vitest";
import { bundledCopies } from "../../../src/charts/core/bundled-copies.js";
import { partitionExchanges } from "../../../src/charts/exchange/check-records.js";
import { exchangeData } from "../../../src/charts/exchange/exchange-data.js";
import { bundledClaims, checkClaims } from "../../../src/charts/held-captives/claims.js";
import { exchanges, heldClaims } from "../../../src/data/index.js";

describe("bundledCopies", () => {
  it("finds each bundled record's checked copy by the record, and nothing else", () => {
    const copies = bundledCopies(exchanges, partitionExchanges);
    expect(copies.list).toHaveLength(exchanges.length);
    expect(copies.byRecord.get(exchanges[5]!)).toBe(copies.list[5]);
    expect(copies.byRecord.get({ ...exchanges[5]! })).toBeUndefined();
    expect(Object.isFrozen(copies.list[5])).toBe(true);
  });

  it("pairs records with copies past a record its partition left out", () => {
    const input = [exchanges[0]!, { id: "bad" }, exchanges[1]!];
    const copies = bundledCopies(input, partitionExchanges);
    expect(copies.byRecord.get(exchanges[1]!)?.id).toBe(exchanges[1]!.id);
    expect(copies.byRecord.get(input[1]!)).toBeUndefined();
  });
});

describe("a chart given the package's own records", () => {
  it("draws their checked copies, the same objects as with no data option", () => {
    const { data } = exchangeData(exchanges.slice(3, 6), false);
    const bundled = exchangeData(undefined, false).data;
    expect(data).toEqual(bundled.slice(3, 6));
    data.forEach((record, i) => expect(record).toBe(bundled[3 + i]));
    expect(checkClaims([heldClaims[2]]).claims[0]).toBe(bundledClaims()[2]);
  });

  it("still refuses a bundled record given twice", () => {
    expect(() => exchangeData([exchanges[0], exchanges[0]], false)).toThrow(`invalid data[1]: id: "${exchanges[0]!.id}" is a duplicate`);
    expect(() => checkClaims([heldClaims[0], heldClaims[0]])).toThrow(`invalid data[1].id: "${heldClaims[0]!.id}" (expected an id used once; this one is repeated)`);
  });

  it("checks and copies an edited copy of a bundled record at every call", () => {
    const edited = { ...exchanges[0]!, date: "2500-01-01" };
    expect(() => exchangeData([edited], false)).toThrow('invalid data[0]: date: "2500-01-01" is not a calendar date (YYYY-MM-DD)');
    const fine = { ...exchanges[0]!, toUkraine: 7 };
    const drawn = exchangeData([fine], false).data[0]!;
    expect(drawn).not.toBe(fine);
    expect(drawn.toUkraine).toBe(7);
  });
});
