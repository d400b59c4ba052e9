import { describe, expect, it } from "vitest";
import { cumulativeBarsDefaults, normalizeCumulativeBarsOptions, OptionError } from "../../../src/charts/index.js";
import { officialTotals } from "../../../src/data/index.js";

describe("normalizeCumulativeBarsOptions", () => {
  it("applies the visible defaults: by month, grouped, with the bundled official totals", () => {
    const o = normalizeCumulativeBarsOptions();
    expect(o).toMatchObject({ by: "month", mode: "grouped", officialTotals: true, locale: "en" });
    expect(o.totals).toEqual(officialTotals); // checked null-prototype copies, never the bundled objects
    expect(cumulativeBarsDefaults).toMatchObject({ by: "month", mode: "grouped", officialTotals: true });
  });

  it("keeps valid choices", () => {
    expect(normalizeCumulativeBarsOptions({ by: "exchange", mode: "stacked", officialTotals: false, totals: [] })).toMatchObject({ by: "exchange", mode: "stacked", officialTotals: false, totals: [] });
  });

  it.each([
    [{ by: "week" }, 'invalid by: "week" (expected month, exchange, year)'],
    [{ mode: "side" }, 'invalid mode: "side" (expected grouped, stacked)'],
    [{ officialTotals: "yes" }, 'invalid officialTotals: "yes" (expected true or false)'],
    [{ totals: "all" }, 'invalid totals: "all" (expected a list of official totals)'],
    [{ totals: [{ id: "x" }] }, "invalid totals[0]: expected an official total with id, date, claimant and sources"],
    [{ locale: "xx" }, 'invalid locale: "xx" (expected en, uk, ru)'],
  ])("refuses %j with a message naming the option and the value", (options, message) => {
    expect(() => normalizeCumulativeBarsOptions(options as never)).toThrow(new OptionError(message));
  });

  it("refuses an unknown option name, so a typo is never ignored", () => {
    expect(() => normalizeCumulativeBarsOptions({ stacked: true } as never)).toThrow(/^unknown option: "stacked" \(expected one of data, .*, by, mode, officialTotals, totals\)$/);
  });
});
