import { describe, expect, it } from "vitest";
import { exchanges, heldClaims, officialTotals } from "../../src/data/index.js";
import {
  DatasetError,
  parseExchanges,
  safeParseExchanges,
  safeParseHeldClaims,
  safeParseOfficialTotals,
} from "../../src/schema/index.js";

const base = exchanges.find((r) => r.id === "2024-07-17")!;
const messagesFor = (records: unknown) => {
  const result = safeParseExchanges(records);
  return result.ok ? [] : result.issues.map((i) => i.message);
};

describe("the schemas accept", () => {
  it("every bundled record", () => {
    expect(safeParseExchanges(exchanges).ok).toBe(true);
    expect(safeParseHeldClaims(heldClaims).ok).toBe(true);
    expect(safeParseOfficialTotals(officialTotals).ok).toBe(true);
  });
});

describe("safeParseExchanges rejects, naming the field and the value", () => {
  it.each([
    ["an impossible date", { date: "2024-02-30" }, '[0].date: "2024-02-30" is not a calendar date (YYYY-MM-DD)'],
    ["a negative count", { toUkraine: -5 }, "[0].toUkraine: -5 is not a whole number ≥ 0"],
    ["a fractional count", { toRussia: 2.5 }, "[0].toRussia: 2.5 is not a whole number ≥ 0"],
    ["a huge count", { toRussia: 1e9 }, "[0].toRussia: 1000000000 is larger than 100000"],
    ["a count given as text", { toUkraine: "95" }, '[0].toUkraine: "95" is not a number'],
    ["a record without sources", { sources: [] }, "[0].sources: [] must name at least one source"],
    [
      "a javascript: source",
      { sources: [{ url: "javascript:alert(1)", publisher: "x" }] },
      '[0].sources[0].url: "javascript:alert(1)" is not an http(s) address',
    ],
    ["an ftp source", { sources: [{ url: "ftp://a.org/x", publisher: "x" }] }, '[0].sources[0].url: "ftp://a.org/x" is not an http(s) address'],
    ["an unknown field", { toUkrain: 3 }, '[0]: unknown field "toUkrain"'],
    ["a bad date precision", { datePrecision: "week" }, '[0].datePrecision: "week" is not a date precision (day, announcement, month)'],
    ["more civilians than people", { civiliansToUkraine: 96 }, "[0].civiliansToUkraine: 96 is more than toUkraine (95)"],
    [
      "a toUkraine that is not Kyiv's figure (the side rule)",
      { reportedBy: { toUkraine: { claimant: "UAE Foreign Ministry", side: "other" }, toRussia: { claimant: "Russian Defence Ministry", side: "russia" } } },
      '[0].reportedBy.toUkraine.side: "other" is the wrong side: toUkraine is Kyiv\'s figure (side "ukraine"), so UAE Foreign Ministry\'s goes in disputes',
    ],
    [
      "a toRussia that is Kyiv's wording (the side rule)",
      { reportedBy: { toUkraine: { claimant: "Coordination HQ", side: "ukraine" }, toRussia: { claimant: "Coordination HQ", side: "ukraine" } } },
      '[0].reportedBy.toRussia.side: "ukraine" is the wrong side: toRussia is Moscow\'s figure (side "russia"), so Coordination HQ\'s goes in disputes',
    ],
    [
      "a figure with no claimant",
      { reportedBy: { toUkraine: null, toRussia: { claimant: "Russian Defence Ministry", side: "russia" } } },
      "[0].reportedBy.toUkraine: null names no claimant, but toUkraine is 95: say who gave it",
    ],
    ["a bad source kind", { sources: [{ url: "https://a.org/x", publisher: "x", kind: "blog" }] }, '[0].sources[0].kind: "blog" is not a source kind (official, wire, media, aggregator)'],
  ])("%s", (_name, patch, message) => {
    expect(messagesFor([{ ...base, ...patch }])).toContain(message);
  });

  it("a missing field, saying it is missing", () => {
    const { date: _date, ...withoutDate } = base;
    expect(messagesFor([withoutDate])).toContain("[0].date: (missing) is not a string");
  });

  it("duplicate ids, pointing at the first", () => {
    expect(messagesFor([base, base])).toEqual(['[1].id: "2024-07-17" is a duplicate of [0].id']);
  });

  it("input that is not a list", () => {
    expect(messagesFor({ exchanges: [] })).toEqual(['(input): {"exchanges":[]} is not a list of exchanges']);
  });

  it("every problem at once, not only the first", () => {
    expect(messagesFor([{ ...base, date: "2024-13-01", toUkraine: -1 }, { ...base, id: "b", toRussia: null, mediators: "UAE" }])).toHaveLength(3);
  });
});

describe("parseExchanges", () => {
  it("throws a DatasetError that lists each issue with its path", () => {
    try {
      parseExchanges([{ ...base, date: "2024-02-30" }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      const { issues, message } = error as DatasetError;
      expect(issues).toEqual([{ path: [0, "date"], message: '[0].date: "2024-02-30" is not a calendar date (YYYY-MM-DD)' }]);
      expect(message).toContain("invalid exchanges: 1 problem");
    }
  });

  it("returns new objects and ignores a __proto__ key without polluting prototypes", () => {
    const hostile = JSON.parse(`[${JSON.stringify(base).slice(0, -1)},"__proto__":{"polluted":true}}]`) as unknown;
    const result = safeParseExchanges(hostile);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("claims and totals", () => {
  it("refuse a null value paired with an exact qualifier", () => {
    const claim = { ...heldClaims[0]!, heldByUkraine: { value: null, qualifier: "exact" } };
    const result = safeParseHeldClaims([claim]);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toContain(
      '[0].heldByUkraine: {"value":null,"qualifier":"exact"} pairs value and qualifier wrongly (a null value goes with "unspecified", and only it)',
    );
  });
});
