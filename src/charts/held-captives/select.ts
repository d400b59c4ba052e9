import type { HeldClaim } from "../../data/types.js";
import { isCalendarDate } from "../../data/calendar-date.js";
import { OptionError } from "../core/options.js";

/** The claim the chart shows by default: the one most often quoted, with both sides' figures. */
export const DEFAULT_CLAIM_ID = "2024-06-05-putin";

// Plain comparison: checked dates are YYYY-MM-DD, and a collator costs a reader's first render milliseconds.
const byDateDesc = (a: HeldClaim, b: HeldClaim) => ((b.date ?? "") < (a.date ?? "") ? -1 : (b.date ?? "") > (a.date ?? "") ? 1 : 0);

/**
 * Finds the claim a `claim` option names: by id, else by date (YYYY-MM-DD), else by a
 * case-insensitive part of the claimant's name. Several matches: the latest statement wins.
 *
 * @example
 * findClaim(heldClaims, "putin")?.id; // "2024-06-05-putin"
 */
export function findClaim(claims: readonly HeldClaim[], query: string): HeldClaim | undefined {
  const byId = claims.find((c) => c.id === query);
  if (byId) return byId;
  if (isCalendarDate(query as unknown)) return claims.find((c) => c.date === query);
  const needle = query.trim().toLowerCase();
  if (needle === "") return undefined;
  return claims.filter((c) => c.claimant.toLowerCase().includes(needle)).sort(byDateDesc)[0];
}

/**
 * Putin's claim of 5 June 2024 when present; otherwise the latest claim that gives both figures,
 * otherwise the latest claim of any kind.
 *
 * @example
 * defaultClaim(heldClaims)?.claimant; // "Vladimir Putin"
 */
export function defaultClaim(claims: readonly HeldClaim[]): HeldClaim | undefined {
  const preferred = claims.find((c) => c.id === DEFAULT_CLAIM_ID || (c.date === "2024-06-05" && /putin/i.test(c.claimant)));
  if (preferred) return preferred;
  const both = claims.filter((c) => c.heldByRussia?.value != null && c.heldByUkraine?.value != null);
  // `.at(0)`, not `[0]`: on an empty list `[0]` reads a polluted Object.prototype["0"].
  return [...both].sort(byDateDesc).at(0) ?? [...claims].sort(byDateDesc).at(0);
}

/** Like `findClaim`, but throws an OptionError listing the ids when nothing matches. */
export function requireClaim(claims: readonly HeldClaim[], query: string): HeldClaim {
  const found = findClaim(claims, query);
  if (found) return found;
  const shown = 12;
  const ids = claims.slice(0, shown).map((c) => c.id).join(", ") + (claims.length > shown ? `, … ${claims.length - shown} more` : "");
  throw new OptionError(`no claim matches ${JSON.stringify(query)} (claims: ${ids || "none"})`);
}

/** Whom a claim must count to stand for "who is held": captives, not captures or civilians alone. */
const HELD = new Set(["prisoners-of-war", "all-captives"]);

/**
 * The default view's claims: the latest from Ukraine, then from Russia, each the latest dated
 * claim by an official that gives a number for captives held (not captures so far, not civilians
 * alone); failing that, the side's latest dated claim with any number. A side with no claim is left out.
 *
 * @example
 * latestClaims(heldClaims).map((c) => c.side); // ["ukraine", "russia"]
 */
export function latestClaims(claims: readonly HeldClaim[]): HeldClaim[] {
  const numbered = (c: HeldClaim) => c.date !== null && (c.heldByRussia?.value != null || c.heldByUkraine?.value != null);
  const picked: HeldClaim[] = [];
  for (const side of ["ukraine", "russia"] as const) {
    const own = claims.filter((c) => c.side === side && numbered(c)).sort(byDateDesc);
    const best = own.find((c) => c.claimantKind === "official" && (c.population === undefined || HELD.has(c.population))) ?? own[0];
    if (best) picked.push(best);
  }
  return picked;
}
