import { describe, expect, it } from "vitest";
import fc from "fast-check";
// @ts-expect-error d3 ships no types of its own (its modules' types are separate packages), and this test needs none.
import { scaleLinear, scaleLog, scaleUtc, utcYear } from "d3";
import { linear, log } from "../../../src/charts/layout/scales.js";
import { nice, ticks, tickStep } from "../../../src/charts/layout/ticks.js";
import { yearTicks } from "../../../src/charts/layout/time.js";

// The charts write their own ticks, `nice` and scales instead of bundling d3-scale, d3-array and
// d3-time (about 16 KB gzip a chart). These properties keep them D3-correct: d3 (a dev
// dependency) is the oracle, on random domains, counts and ranges.
// Values in thousandths, as the charts' figures are whole people (sub-normal numbers are no domain).
const finite = fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000);
const domain = fc.tuple(finite, finite).filter(([a, b]) => Math.abs(a - b) >= 0.001);
// The charts ask for 2 to 6 ticks; d3 retries a count under 2 that finds no tick, which they never need.
const count = fc.integer({ min: 2, max: 12 });
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b));

describe("our scales against d3's", () => {
  it("ticks and tickStep as d3-array's", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(domain, count, ([a, b], n) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const d3Ticks = scaleLinear().domain([lo, hi]).ticks(n);
        const ours = ticks(lo, hi, n);
        expect(ours.length, `ticks(${lo}, ${hi}, ${n})`).toBe(d3Ticks.length);
        ours.forEach((t, i) => expect(close(t, d3Ticks[i]!), `tick ${i} of ${lo}..${hi}`).toBe(true));
        expect(tickStep(lo, hi, n)).not.toBeNaN();
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it("nice as d3-scale's", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(domain, count, ([a, b], n) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const [d0, d1] = scaleLinear().domain([lo, hi]).nice(n).domain() as [number, number];
        const [o0, o1] = nice(lo, hi, n);
        expect(close(o0, d0) && close(o1, d1), `nice(${lo}, ${hi}, ${n}) = ${o0}, ${o1}; d3: ${d0}, ${d1}`).toBe(true);
      }),
      { seed: 4, numRuns: 500 },
    );
  });

  it("maps values as d3's linear scale does, widened to nice bounds", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e5, noNaN: true }), fc.tuple(finite, finite), count, finite, (max, [r0, r1], n, value) => {
        const ours = linear([0, max], [r0, r1], { nice: n });
        const theirs = scaleLinear().domain([0, max]).nice(n).range([r0, r1]);
        expect(close(ours(value), theirs(value)), `${value} in [0, ${max}] -> [${r0}, ${r1}]`).toBe(true);
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it("maps values as d3's log scale does", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e3, noNaN: true }), fc.double({ min: 2, max: 1e3, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (lo, factor, share) => {
        // Inside the domain: our log scale clamps outside it (a claim is never drawn past the axis), d3's does not by default.
        const value = lo * factor ** share;
        const ours = log([lo, lo * factor], [0, 100]);
        const theirs = scaleLog().domain([lo, lo * factor]).range([0, 100]);
        // Logarithms in another base order: agreement to a millionth of a pixel is all that shows.
        expect(Math.abs(ours(value) - theirs(value)), `${value} in [${lo}, ${lo * factor}]`).toBeLessThan(1e-6 * Math.max(1, Math.abs(theirs(value))));
      }),
      { seed: 6, numRuns: 300 },
    );
  });

  it("puts year ticks on 1 January as d3's UTC scale does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2190 }), fc.integer({ min: 1, max: 9 }), (from, span) => {
        const start = Date.UTC(from, 3, 15);
        const stop = Date.UTC(from + span, 9, 1);
        const d3Years = scaleUtc().domain([start, stop]).ticks(utcYear).map((d: Date) => d.getTime());
        expect(yearTicks(start, stop)).toEqual(d3Years);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
