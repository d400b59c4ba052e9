import type { HeldClaim } from "../../data/types.js";
import { isCalendarDate } from "../../data/calendar-date.js";
import { OptionError } from "../core/options.js";

/** The claim the chart shows by default: the one most often quoted, with both sides' figures. */
export const DEFAULT_CLAIM_ID = "2024-06-05-putin";

const byDateDesc = (a: HeldClaim, b: HeldClaim) => (b.date ?? "").localeCompare(a.date ?? "");

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
