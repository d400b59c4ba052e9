import { describe, expect, expectTypeOf, it } from "vitest";
import type { PowChartEventMap } from "../../src/charts/index.js";
import { chartAttributes } from "../../src/embed/attributes.js";
import { attributeDocs, attributeSpecs } from "../../src/embed/spec/attribute-docs.js";
import { chartAttributeNames } from "../../src/embed/spec/attributes.js";
import { eventSpecs, type ChartEventName } from "../../src/embed/spec/events.js";
import { sharedTypings } from "../../scripts/typings/shared.js";

// The elements' one source: the names the element observes, their docs, the typed event map and
// the generated typings agree (the event map is checked by `tsc`, which `npm test` runs on tests).
describe("the elements' spec", () => {
  it("the element observes exactly the spec's attributes, each documented", () => {
    expect([...chartAttributes]).toEqual([...chartAttributeNames]);
    expect(Object.keys(attributeDocs).sort()).toEqual([...chartAttributeNames].sort());
    expect(attributeSpecs.map((a) => a.name)).toEqual([...chartAttributeNames]);
  });

  it("types every event it lists, and no other", () => {
    expectTypeOf<keyof PowChartEventMap>().toEqualTypeOf<ChartEventName>();
    expect(eventSpecs.map((e) => e.name)).toEqual(["pow:select", "pow:skipped", "pow:error"]);
  });

  it("puts every attribute, property and event into the generated typings", () => {
    const text = sharedTypings("./element.js");
    for (const name of chartAttributeNames) expect(text).toMatch(new RegExp(`\\b"?${name}"?\\?: `));
    for (const name of ["data", "options", '"onpow:select"', '"onpow:skipped"', '"onpow:error"']) expect(text).toContain(`${name}?:`);
  });
});
