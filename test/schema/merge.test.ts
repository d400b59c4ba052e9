import { describe, expect, it } from "vitest";
import { exchanges } from "../../src/data/index.js";
import { DatasetError, mergeExchanges } from "../../src/schema/index.js";

const newer = {
  ...exchanges.at(-1)!,
  id: "2030-01-02",
  date: "2030-01-02",
  sequence: null,
  note: "A user's newer swap.",
  sources: [{ url: "https://example.org/swap", publisher: "Example" }],
};

describe("mergeExchanges", () => {
  it("appends valid user records, marked as user-supplied and in date order", () => {
    const merged = mergeExchanges(exchanges, [newer]);
    expect(merged).toHaveLength(exchanges.length + 1);
    expect(merged.at(-1)).toMatchObject({ id: "2030-01-02", userSupplied: true });
    expect(merged.filter((r) => r.userSupplied)).toHaveLength(1);
  });

  it("refuses a record that reuses a bundled id", () => {
    expect(() => mergeExchanges(exchanges, [{ ...newer, id: "2024-07-17", date: "2024-07-17" }])).toThrow(
      '[0].id: "2024-07-17" is already a bundled record',
    );
  });

  it("refuses a second record for a bundled day unless it has its own id", () => {
    expect(() => mergeExchanges(exchanges, [{ ...newer, id: "2024-06-25", date: "2024-06-25" }])).toThrow(DatasetError);
    const merged = mergeExchanges(exchanges, [{ ...newer, id: "2024-06-25-b", date: "2024-06-25" }]);
    expect(merged.filter((r) => r.date === "2024-06-25")).toHaveLength(2);
  });

  it("drops nothing: one invalid record fails the whole merge, naming it", () => {
    const bad = { ...newer, id: "2030-02-01", date: "2030-02-30" };
    expect(() => mergeExchanges(exchanges, [newer, bad])).toThrow('[1].date: "2030-02-30" is not a calendar date');
  });
});
