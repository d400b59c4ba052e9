import { describe, expect, it } from "vitest";
import { fullName, localName, shortName } from "../../../src/charts/exchange/claimants.js";
import { countsText } from "../../../src/charts/held-captives/names.js";
import { exchanges, heldClaims } from "../../../src/data/index.js";

const cyrillic = /[\u0400-\u04FF]/;
/** Everyone the bundled exchanges and claims say gave a figure. */
const claimants = [
  ...new Set([
    ...exchanges.flatMap((e) => [e.reportedBy?.toUkraine?.claimant, e.reportedBy?.toRussia?.claimant]),
    ...heldClaims.map((c) => c.claimant),
  ]),
].filter((c): c is string => typeof c === "string");

describe("claimants in the chart's language", () => {
  it.each(["uk", "ru"] as const)("in %s, names everyone the bundled exchanges and claims cite", (locale) => {
    expect(claimants.length).toBeGreaterThan(20);
    for (const claimant of claimants) {
      expect(localName(claimant, locale), claimant).toMatch(cyrillic);
      expect(fullName(claimant, locale), claimant).toMatch(cyrillic);
    }
  });

  it("keeps the data's words in English, short in labels and whole in headings", () => {
    expect(localName("Andriy Yermak (President's Office)", "en")).toBe("Andriy Yermak");
    expect(fullName("Andriy Yermak (President's Office)", "en")).toBe("Andriy Yermak (President's Office)");
    expect(shortName("Iryna Vereshchuk (Deputy Prime Minister), via Ukrinform")).toBe("Iryna Vereshchuk");
  });

  it("keeps the data's words for a claimant it does not know", () => {
    expect(fullName("A. N. Other (spokesperson)", "uk")).toBe("A. N. Other (spokesperson)");
    expect(localName("A. N. Other (spokesperson)", "ru")).toBe("A. N. Other");
  });
});

describe("what a held-captives claim counts, in the chart's language", () => {
  it.each(["uk", "ru"] as const)("in %s, every bundled claim with a population says whom it counts in Cyrillic", (locale) => {
    for (const claim of heldClaims.filter((c) => c.population !== undefined)) expect(countsText(claim, locale), claim.id).not.toMatch(/[A-Za-z]/);
  });

  it("keeps the data's own words in English", () => {
    for (const claim of heldClaims) expect(countsText(claim, "en")).toBe(claim.counts);
  });
});
