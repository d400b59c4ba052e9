import { describe, expect, it } from "vitest";
import { claimantName, countsText } from "../../../src/charts/held-captives/names.js";
import { heldClaims } from "../../../src/data/index.js";

const cyrillic = /[\u0400-\u04FF]/;

describe("claimants and what they count, in the chart's language", () => {
  it.each(["uk", "ru"] as const)("in %s, every bundled claimant is named in that language", (locale) => {
    for (const claim of heldClaims) {
      expect(claimantName(claim, locale), claim.id).not.toBe(claim.claimant);
      expect(claimantName(claim, locale), claim.id).toMatch(cyrillic);
    }
  });

  it.each(["uk", "ru"] as const)("in %s, every bundled claim with a population says whom it counts in Cyrillic", (locale) => {
    for (const claim of heldClaims.filter((c) => c.population !== undefined)) expect(countsText(claim, locale), claim.id).not.toMatch(/[A-Za-z]/);
  });

  it("keeps the data's own words in English and for a claimant it does not know", () => {
    const claim = heldClaims[0]!;
    expect(claimantName(claim, "en")).toBe(claim.claimant);
    expect(countsText(claim, "en")).toBe(claim.counts);
    expect(claimantName({ ...claim, claimant: "A. N. Other (spokesperson)" }, "uk")).toBe("A. N. Other (spokesperson)");
  });
});
