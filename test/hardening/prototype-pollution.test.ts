// @vitest-environment node
import { afterEach, describe, expect, it } from "vitest";
import { cumulativeBars, heldCaptives, renderToString, timeline } from "../../src/charts/index.js";
import { commonNames } from "../../src/charts/core/options.js";
import type { AnyChart } from "../../src/charts/registry.js";
import { exchanges, heldClaims, toCsv } from "../../src/data/index.js";
import { parseSvg } from "./support/svg-xml.js";
import { shownCsv } from "../../src/embed/export/csv.js";

// Guarantee: a script that pollutes Object.prototype on the host page changes nothing a chart
// draws, whichever option name or record field it sets and whatever value it gives.
const TIMEOUT = 60_000;

const charts: readonly [string, AnyChart, readonly string[]][] = [
  ["timeline", timeline, ["largest", "pauseMonths", "legend"]],
  ["cumulative-bars", cumulativeBars, ["by", "mode", "officialTotals", "totals"]],
  ["held-captives", heldCaptives, ["claim", "mode"]],
];

/** Fields of records, sources, disputes and stated figures that a record may leave out. */
const recordFields = ["note", "agreement", "stage", "sequence", "datePrecision", "userSupplied", "disputes", "mediators", "sources", "title", "published", "publisher", "url", "qualifier", "text", "value", "claimant", "counts", "heldByRussia", "heldByUkraine", "idPrefix", "claims", "skipped", "0", "length"];

const fake = { ...exchanges[5]!, id: "pwned", toUkraine: 99_999, toRussia: 99_999 };
/** Values that change a chart if read: text, dates, flags, sizes, lists of records, option words. */
const values: readonly unknown[] = ["PWNED <b>", "uk", "2025-06-01", true, 120, 0, [fake], "year", "dots", "stacked", "zelensky", { value: 1, qualifier: "exact" }];

/** Sets a property on Object.prototype as an attacker would (enumerable, by assignment). */
function pollute(name: string, value: unknown): void {
  (Object.prototype as Record<string, unknown>)[name] = value;
}
const polluted: string[] = [];
afterEach(() => {
  for (const name of polluted.splice(0)) delete (Object.prototype as Record<string, unknown>)[name];
});

/** Records without their optional fields, so a polluted prototype has a gap to fill. */
const sparse = exchanges.slice(0, 12).map(({ note: _note, agreement: _agreement, ...rest }) => rest);

describe.each(charts)("%s with a polluted Object.prototype", (_name, chart, own) => {
  it("draws the same SVG for every option name and record field polluted with every value", { timeout: TIMEOUT }, () => {
    const renders = [() => renderToString(chart, { width: 480 }), () => renderToString(chart, { width: 480, data: (chart === heldCaptives ? heldClaims.slice(0, 8) : sparse) as never })];
    const baseline = renders.map((render) => render());
    const changed: string[] = [];
    for (const name of [...commonNames, ...own, ...recordFields]) {
      for (const value of values) {
        polluted.push(name);
        pollute(name, value);
        let outputs: string[];
        try {
          outputs = renders.map((render) => render());
        } catch (error) {
          outputs = [`threw ${String(error)}`];
        } finally {
          delete (Object.prototype as Record<string, unknown>)[name];
          polluted.pop();
        }
        if (outputs.some((svg, i) => svg !== baseline[i])) changed.push(`${name} = ${JSON.stringify(value)?.slice(0, 30)}`);
      }
    }
    expect(changed).toEqual([]);
  });
});

describe("mediators named after Object.prototype members", () => {
  it("draw with real colours, whatever the mediator is called", () => {
    const names = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"];
    const data = names.map((m, i) => ({ ...exchanges[20 + i]!, mediators: [m] }));
    for (const chart of [timeline, cumulativeBars]) {
      const svg = renderToString(chart, { data, width: 480 });
      parseSvg(svg);
      const fills = [...svg.matchAll(/(?:fill|stroke)="([^"]*)"/g)].map((m) => m[1]!);
      expect(fills.filter((f) => !/^(#[0-9a-f]{6}|none)$/i.test(f))).toEqual([]);
    }
  });

  it("writes such names to CSV as text", () => {
    const csv = toCsv("exchanges", [{ ...exchanges[0]!, mediators: ["__proto__", "constructor"] }]);
    expect(csv).toContain("__proto__; constructor");
  });
});

describe("the element's CSV with a polluted Object.prototype", () => {
  it("lists the chart's own records, never ones the prototype adds", () => {
    const before = shownCsv(timeline.definition.shown(timeline.definition.normalize({})));
    for (const name of ["claims", "data"]) {
      polluted.push(name);
      pollute(name, [...heldClaims.slice(0, 2)]);
      const after = shownCsv(timeline.definition.shown(timeline.definition.normalize({})));
      delete (Object.prototype as Record<string, unknown>)[name];
      polluted.pop();
      expect(after, name).toBe(before);
    }
  });
});
