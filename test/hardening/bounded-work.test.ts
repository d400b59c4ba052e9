// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cumulativeBars, heldCaptives, renderToString, timeline } from "../../src/charts/index.js";
import type { AnyChart } from "../../src/charts/registry.js";
import { exchanges, heldClaims } from "../../src/data/index.js";
import { FIRST_YEAR, LAST_YEAR } from "../../src/data/calendar-date.js";
import { MAX_MONTH_BINS } from "../../src/charts/cumulative-bars/periods.js";

// Guarantee: the widest date span the charts accept (1900-01-01 to 2199-12-31) draws a bounded
// number of elements, whatever the width; dates outside it are refused. Element counts, not
// wall-clock time, are asserted: they hold on any machine.
const TIMEOUT = 60_000;
/** Elements of a chart of the bundled records plus two at the limits: grows with records, not with the span. */
const MAX_ELEMENTS = 1_500;

const first = `${FIRST_YEAR}-01-01`, last = `${LAST_YEAR}-12-31`;
const atLimits = [{ ...exchanges[0]!, id: "first", date: first }, ...exchanges, { ...exchanges[1]!, id: "last", date: last }];
const claimsAtLimits = [{ ...heldClaims[0]!, id: "first", date: first }, ...heldClaims, { ...heldClaims[1]!, id: "last", date: last }];
const charts: readonly [string, AnyChart, readonly unknown[], readonly Record<string, unknown>[]][] = [
  ["timeline", timeline, atLimits, [{}]],
  ["cumulative-bars", cumulativeBars, atLimits, [{ by: "month" }, { by: "year" }, { by: "exchange" }, { by: "month", mode: "stacked" }]],
  ["held-captives", heldCaptives, claimsAtLimits, [{ mode: "dots" }, { mode: "single" }]],
];
const elements = (svg: string) => (svg.match(/<[a-z]/g) ?? []).length;

describe.each(charts)("%s over the widest accepted span", (_name, chart, data, variants) => {
  it("draws a bounded number of elements at any width", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8000 }), fc.constantFrom(...variants), fc.boolean(), (width, variant, withData) => {
        const options = { ...variant, width, from: first, to: last, ...(withData ? { data } : {}) };
        expect(elements(renderToString(chart, options as never))).toBeLessThan(MAX_ELEMENTS);
      }),
      { numRuns: 40, seed: 1610 },
    );
  });

  it("refuses a date outside 1900–2199, as the schema does", () => {
    expect(() => renderToString(chart, { from: "1899-12-31" } as never)).toThrow(/invalid from/);
    expect(() => renderToString(chart, { to: "2200-01-01" } as never)).toThrow(/invalid to/);
    expect(() => renderToString(chart, { to: "9999-12-31" } as never)).toThrow(/invalid to/);
  });
});

describe("cumulative bars by month over more than 50 years", () => {
  it(`are drawn by year, so a chart has at most ${MAX_MONTH_BINS} month bars`, () => {
    const monthly = renderToString(cumulativeBars, { data: atLimits, by: "month", width: 640 });
    const yearly = renderToString(cumulativeBars, { data: atLimits, by: "year", width: 640 });
    expect(monthly).toBe(yearly);
  });
});

describe("time axes over the widest accepted span", () => {
  it("label at most one year per 40 px, at any width", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 8000 }), (width) => {
        const svg = renderToString(timeline, { data: atLimits, from: first, to: last, width, plain: true });
        const years = [...svg.matchAll(/<text[^>]*>(\d{4})<\/text>/g)];
        expect(years.length).toBeLessThanOrEqual(Math.ceil(width / 40) + 1);
      }),
      { numRuns: 40, seed: 1611 },
    );
  });
});
