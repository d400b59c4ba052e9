// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { exchanges, heldClaims, officialTotals } from "../../src/data/index.js";
import { DatasetError, mergeExchanges, safeParseExchanges, safeParseHeldClaims, safeParseOfficialTotals } from "../../src/schema/index.js";
import { timeline } from "../../src/charts/index.js";

// Guarantee: safeParse* never throws, whatever the input (throwing getters, Proxies, revoked
// Proxies, anywhere in the structure), and mergeExchanges throws only DatasetError.
const RUNS = 300;
const TIMEOUT = 60_000;

type Trap = "getter" | "proxy" | "revoked" | "ownKeys";
/** Replaces the value at a path with a hostile stand-in of the given kind. */
function booby(value: unknown, trap: Trap): unknown {
  const target = value !== null && typeof value === "object" ? value : {};
  if (trap === "revoked") {
    const { proxy, revoke } = Proxy.revocable(target, {});
    revoke();
    return proxy;
  }
  if (trap === "ownKeys") return new Proxy(target, { ownKeys: () => { throw new Error("hostile ownKeys"); } });
  if (trap === "proxy") return new Proxy(target, { get: () => { throw new Error("hostile get"); }, has: () => { throw new Error("hostile has"); } });
  return Object.defineProperty(Array.isArray(target) ? [...target] : { ...target }, "id", { get: () => { throw new Error("hostile getter"); }, enumerable: true });
}

/** A copy of the records with one value somewhere inside (the list, a record, a field, a source) made hostile. */
function hostile(records: readonly unknown[], path: readonly number[], trap: Trap): unknown {
  const copy = structuredClone(records) as unknown[];
  if (path.length === 0) return booby(copy, trap);
  let parent: Record<string | number, unknown> = copy as never;
  let key: string | number = path[0]! % copy.length;
  for (const step of path.slice(1)) {
    const value: unknown = parent[key];
    if (value === null || typeof value !== "object") break;
    const keys: string[] = Object.keys(value);
    if (keys.length === 0) break;
    parent = value as Record<string, unknown>;
    key = keys[step % keys.length]!;
  }
  parent[key] = booby(parent[key], trap);
  return copy;
}

const cases = fc.tuple(fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom<Trap>("getter", "proxy", "revoked", "ownKeys"));

describe.each([
  ["safeParseExchanges", safeParseExchanges, exchanges],
  ["safeParseHeldClaims", safeParseHeldClaims, heldClaims],
  ["safeParseOfficialTotals", safeParseOfficialTotals, officialTotals],
] as const)("%s", (_name, parse, records) => {
  it("never throws on throwing getters, Proxies or revoked Proxies anywhere, and reports where", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(cases, ([path, trap]) => {
        const result = parse(hostile(records.slice(0, 5), path, trap));
        if (!result.ok) for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, seed: 1607 },
    );
    expect(parse(booby([], "revoked"))).toMatchObject({ ok: false, issues: [{ path: [], message: expect.stringContaining("could not be read") }] });
  });
});

describe("mergeExchanges", () => {
  it("throws only DatasetError, whatever the user records or the base hold", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(cases, fc.boolean(), ([path, trap], inBase) => {
        const extra = [{ ...exchanges.at(-1)!, id: "2030-01-02", date: "2030-01-02", sequence: null }];
        const input = hostile(inBase ? exchanges.slice(0, 5) : extra, path, trap);
        try {
          inBase ? mergeExchanges(input as never, extra) : mergeExchanges(exchanges, input);
        } catch (error) {
          expect(error).toBeInstanceOf(DatasetError);
        }
      }),
      { numRuns: RUNS, seed: 1608 },
    );
  });
});

describe("charts given hostile records", () => {
  it("refuse them with a message, or skip and report them in lenient mode, never an uncaught exception of the record's own", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(cases.filter(([path]) => path.length > 0), ([path, trap]) => {
        const data = hostile(exchanges.slice(0, 5), path, trap) as unknown[];
        const lenient = timeline.definition.normalize({ data: data as never, lenient: true }) as unknown as { data: readonly unknown[]; skipped: readonly unknown[] };
        expect(lenient.data.length + lenient.skipped.length).toBe(5);
      }),
      { numRuns: RUNS, seed: 1609 },
    );
  });
});
