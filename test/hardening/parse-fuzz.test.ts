import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { exchanges } from "../../src/data/index.js";
import { safeParseExchanges } from "../../src/schema/index.js";

const nasty = fc.oneof(
  fc.constantFrom(
    "2024-02-30", "2023-13-01", "0000-00-00", "", " ", "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>", "vbscript:x", "http://", "//example.org/x", "<img src=x onerror=alert(1)>",
    "__proto__", "constructor", "prototype", -1, -0.5, 0.5, 1e21, Number.MAX_SAFE_INTEGER, Infinity, -Infinity, NaN,
    null, true, [], {}, { __proto__: { polluted: true } },
  ),
  fc.jsonValue(),
  fc.string(),
  fc.double(),
  fc.integer(),
);
const fields = ["id", "date", "datePrecision", "toUkraine", "toRussia", "includesCivilians", "civiliansToUkraine", "mediators", "sequence", "official", "agreement", "stage", "disputes", "confidence", "note", "sources", "__proto__", "constructor", "url"];

/** A bundled record with one to three fields (or a source URL) replaced by hostile values. */
const mutated = fc
  .tuple(fc.integer({ min: 0, max: exchanges.length - 1 }), fc.array(fc.tuple(fc.constantFrom(...fields), nasty), { minLength: 1, maxLength: 3 }))
  .map(([index, edits]) => {
    const record = JSON.parse(JSON.stringify(exchanges[index])) as Record<string, unknown>;
    for (const [field, value] of edits) {
      if (field === "url") {
        const first = Array.isArray(record.sources) ? (record.sources[0] as unknown) : undefined;
        if (first !== null && typeof first === "object") (first as Record<string, unknown>).url = value;
      }
      else if (field === "__proto__" || field === "constructor") Object.defineProperty(record, field, { value, enumerable: true, configurable: true, writable: true });
      else record[field] = value;
    }
    return [record];
  });

describe("safeParseExchanges under hostile input", () => {
  it("never throws, and every rejection carries issues with a path and a message", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(mutated, (input) => {
        const result = safeParseExchanges(input);
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(Array.isArray(issue.path)).toBe(true);
            expect(issue.message).toMatch(/^\[0\]|\(input\)/);
          }
        }
      }),
      { seed: 424242, numRuns: 1000 },
    );
  });

  it("never accepts a source address that is not http(s)", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(mutated, (input) => {
        const result = safeParseExchanges(input);
        if (result.ok) for (const r of result.data) for (const s of r.sources) expect(s.url).toMatch(/^https?:\/\//i);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });

  it("never pollutes a prototype", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(mutated, (input) => {
        safeParseExchanges(input);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
      }),
      { seed: 99, numRuns: 1000 },
    );
  });

  it("never throws on arbitrary JSON", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = safeParseExchanges(input);
        expect(typeof result.ok).toBe("boolean");
      }),
      { seed: 5, numRuns: 1000 },
    );
  });
});
