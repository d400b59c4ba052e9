import { describe, expect, it } from "vitest";
import { checkedCopy } from "../../../src/charts/core/plain-copy.js";
import { exchangeData } from "../../../src/charts/exchange/exchange-data.js";
import { checkClaims } from "../../../src/charts/held-captives/claims.js";

const hostile = () => ({
  get id(): string {
    throw new Error("boom");
  },
});

describe("checkedCopy", () => {
  it("gives a known record's copy unchecked, and checks any other value's fresh copy", () => {
    const record = { id: "a" };
    const known = new WeakMap([[record, { id: "a (checked)" }]]);
    const never = () => "never asked";
    expect(checkedCopy(record, { known, problemOf: never, unreadable: (r) => r })).toEqual({ copy: { id: "a (checked)" }, problem: null });
    const fresh = checkedCopy({ id: "b" }, { known, problemOf: never, unreadable: (r) => r });
    expect(fresh.problem).toBe("never asked");
    expect(Object.getPrototypeOf(fresh.copy)).toBeNull();
  });

  it("turns a getter that throws into the problem 'could not be read', for exchanges and claims alike", () => {
    expect(checkedCopy(hostile(), { problemOf: () => null, unreadable: (r) => r }).problem).toBe("could not be read (boom)");
    expect(exchangeData([hostile()], true).skipped).toEqual([{ index: 0, id: null, reason: "could not be read (boom)" }]);
    expect(checkClaims([hostile()], true).skipped).toEqual([{ index: 0, id: null, reason: "could not be read (boom)" }]);
    expect(() => checkClaims([hostile()])).toThrow("invalid data[0]: could not be read (boom)");
  });
});
