import type { HeldClaim, Qualifier, StatedFigure } from "../../../src/data/types.js";

/** A stated figure: a number with its qualifier, or no number at all. */
export function stated(value: number | null, qualifier: Qualifier = value === null ? "unspecified" : "exact", text?: string): StatedFigure {
  return text === undefined ? { value, qualifier } : { value, qualifier, text };
}

/** A valid claim with both figures as given; the date doubles as the id unless one is given. */
export function claim(date: string | null, heldByRussia: StatedFigure | null, heldByUkraine: StatedFigure | null, extra: Partial<HeldClaim> = {}): HeldClaim {
  return {
    id: extra.id ?? `${date ?? "undated"}-claim`,
    date,
    datePrecision: date === null ? "unknown" : "day",
    claimant: "Test Claimant",
    side: "other",
    claimantKind: "media",
    heldByRussia,
    heldByUkraine,
    counts: "prisoners of war",
    note: "",
    sources: [{ url: "https://example.org/claim", publisher: "Example" }],
    ...extra,
  };
}
