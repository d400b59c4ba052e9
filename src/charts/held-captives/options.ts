import { heldClaims } from "../../data/records/held-claims.js";
import type { HeldClaim } from "../../data/types.js";
import { bundledClaims } from "./claims.js";
import { ownOptions } from "../core/own-options.js";
import { commonDefaults, commonNames, normalizeCommon, oneOf, OptionError, rejectUnknown, type CommonOptions, type NormalizedCommon } from "../core/options.js";
import { checkClaims } from "./claims.js";
import { defaultClaim, latestClaims, requireClaim } from "./select.js";

/** The two ways to draw the claims. */
export const heldCaptivesModes = ["latest", "single", "dots"] as const;
export type HeldCaptivesMode = (typeof heldCaptivesModes)[number];

/**
 * Options of the held-captives chart: the common ones, with claims as `data`.
 * `from`, `to` and `highlight` (a claim's id or date) apply in "dots" mode.
 */
export interface HeldCaptivesOptions extends Omit<CommonOptions, "data"> {
  /** Claims to draw (default: the bundled `heldClaims`). */
  readonly data?: readonly HeldClaim[];
  /** One claim to show: its id, its date (YYYY-MM-DD) or part of the claimant's name. */
  readonly claim?: string;
  /**
   * "latest": each side's latest claim, on one scale (the default); "single": one claim as two
   * bars (the default when `claim` is given); "dots": every claim over time.
   */
  readonly mode?: HeldCaptivesMode;
}

/**
 * Held-captives options after checking. `data` is the common exchange list, which this chart
 * does not read; its records are in `claims`.
 */
export interface NormalizedHeldCaptives extends NormalizedCommon {
  readonly claims: readonly HeldClaim[];
  readonly mode: HeldCaptivesMode;
  /** The claim "single" shows, or the one "dots" marks when `claim` was given; null when there are no claims. */
  readonly claim: HeldClaim | null;
  /** The claims "latest" shows: Ukraine's, then Russia's. */
  readonly latest: readonly HeldClaim[];
}

/** The chart's own defaults; the shared ones are in `commonDefaults`. */
export const heldCaptivesDefaults = /* @__PURE__ */ Object.assign({}, commonDefaults, { claims: heldClaims, claim: null, mode: "latest" } as const);

/**
 * Checks held-captives options, resolves the claim to show and applies defaults.
 *
 * @example
 * normalizeHeldCaptivesOptions({ claim: "zelensky" }).claim?.id; // "2026-02-14-zelensky"
 * normalizeHeldCaptivesOptions({ mode: "bars" as never }); // throws 'invalid mode: "bars" (expected single, dots)'
 * normalizeHeldCaptivesOptions({ data: [{ id: "x" }], lenient: true }).skipped[0]?.index; // 0
 */
export function normalizeHeldCaptivesOptions(given: HeldCaptivesOptions = {}): NormalizedHeldCaptives {
  const options = ownOptions(given);
  rejectUnknown(options, [...commonNames, "claim", "mode"]);
  const { data, claim, mode, ...common } = options;
  const normalized = normalizeCommon(ownOptions(common));
  // In lenient mode bad claims are left out and listed in `skipped` (the footer and the `skip` event).
  const { claims, skipped } = data === undefined || data === null ? { claims: bundledClaims(), skipped: [] } : checkClaims(data, normalized.lenient);
  if (claim !== undefined && claim !== null && typeof claim !== "string") {
    throw new OptionError(`invalid claim: ${String(claim)} (expected an id, a date YYYY-MM-DD or part of a claimant's name)`);
  }
  const chosen = typeof claim === "string" ? requireClaim(claims, claim) : null;
  // Naming a claim asks to see that claim: without a mode, it shows alone.
  const resolvedMode = oneOf(mode, { name: "mode", allowed: heldCaptivesModes, fallback: chosen ? "single" : heldCaptivesDefaults.mode });
  return {
    ...normalized,
    skipped,
    claims,
    mode: resolvedMode,
    claim: chosen ?? (resolvedMode === "single" ? defaultClaim(claims) ?? null : null),
    latest: resolvedMode === "latest" ? latestClaims(claims) : [],
  };
}
