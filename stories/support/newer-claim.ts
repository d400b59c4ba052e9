import { heldClaims } from "../../src/data/index.js";
import { parseHeldClaims } from "../../src/schema/index.js";

/** An illustrative claim a newsroom might add; not part of the dataset. */
export const exampleClaim = {
  id: "2026-05-10-example",
  date: "2026-05-10",
  datePrecision: "day",
  claimant: "Example newsroom's source",
  side: "other",
  claimantKind: "media",
  heldByRussia: { value: 7000, qualifier: "about" },
  heldByUkraine: { value: 4000, qualifier: "more-than" },
  counts: "prisoners of war",
  note: "Example claim added in the story; not part of the dataset.",
  sources: [{ url: "https://example.org/newsroom/claims", publisher: "Example newsroom (invented claim)" }],
} as const;

/** The bundled claims plus the example, validated with `parseHeldClaims` first. */
export function claimsWithNewer() {
  return [...heldClaims, ...parseHeldClaims([exampleClaim])];
}

/** A claim with two mistakes: `parseHeldClaims` throws a DatasetError naming both. */
export function claimsWithBroken() {
  return [...heldClaims, ...parseHeldClaims([{ ...exampleClaim, date: "2026-13-01", heldByRussia: { value: -1, qualifier: "about" } }])];
}
