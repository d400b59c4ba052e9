import type { HeldClaim } from "../../data/types.js";
import { OptionError } from "../core/options.js";

const qualifiers = ["exact", "about", "more-than", "almost", "at-least", "unspecified"];
const precisions = ["day", "announcement", "month", "unknown"];
const sides = ["ukraine", "russia", "other"];
/** More people than any side could hold: a typo or a unit error, not a claim. */
const MAX_PEOPLE = 1_000_000_000;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || typeof value !== "object") return String(value);
  return Array.isArray(value) ? "a list" : "an object";
}

/**
 * Checks the fields the chart reads, cheaply: the full schema lives in pow-exchanges/schema,
 * which charts do not import (it would bring zod into every chart bundle).
 *
 * @example
 * checkClaims([{ id: "x" }]); // throws 'invalid data[0].date: undefined (expected YYYY-MM-DD or null)'
 */
export function checkClaims(value: unknown): readonly HeldClaim[] {
  if (!Array.isArray(value)) throw new OptionError(`invalid data: ${show(value)} (expected a list of held-captives claims)`);
  const ids = new Set<string>();
  value.forEach((claim: unknown, i) => {
    const at = `data[${i}]`;
    if (claim === null || typeof claim !== "object") throw new OptionError(`invalid ${at}: ${show(claim)} (expected a claim object)`);
    const c = claim as Record<string, unknown>;
    if (typeof c.id !== "string" || c.id === "") fail(at, "id", c.id, "a non-empty text");
    if (ids.has(c.id as string)) fail(at, "id", c.id, "an id used once; this one is repeated");
    ids.add(c.id as string);
    if (c.date !== null && (typeof c.date !== "string" || !isoDate.test(c.date))) fail(at, "date", c.date, "YYYY-MM-DD or null");
    if (!precisions.includes(c.datePrecision as string)) fail(at, "datePrecision", c.datePrecision, precisions.join(", "));
    if (typeof c.claimant !== "string") fail(at, "claimant", c.claimant, "text");
    if (!sides.includes(c.side as string)) fail(at, "side", c.side, sides.join(", "));
    if (typeof c.counts !== "string") fail(at, "counts", c.counts, "text");
    if (!Array.isArray(c.sources)) fail(at, "sources", c.sources, "a list of sources");
    (c.sources as unknown[]).forEach((s, j) => {
      const source = s as Record<string, unknown> | null;
      if (typeof source?.url !== "string" || typeof source.publisher !== "string") fail(at, `sources[${j}]`, s, "{ url, publisher }");
    });
    checkFigure(c.heldByRussia, `${at}.heldByRussia`);
    checkFigure(c.heldByUkraine, `${at}.heldByUkraine`);
  });
  return value as readonly HeldClaim[];
}

function checkFigure(value: unknown, at: string): void {
  if (value === null) return;
  if (typeof value !== "object" || value === undefined) throw new OptionError(`invalid ${at}: ${show(value)} (expected { value, qualifier } or null)`);
  const figure = value as Record<string, unknown>;
  const n = figure.value;
  if (n !== null && (typeof n !== "number" || !Number.isFinite(n) || n < 0 || n > MAX_PEOPLE)) fail(at, "value", n, "a number of people from 0 to 1000000000, or null");
  if (!qualifiers.includes(figure.qualifier as string)) fail(at, "qualifier", figure.qualifier, qualifiers.join(", "));
}

function fail(at: string, field: string, value: unknown, expected: string): never {
  throw new OptionError(`invalid ${at}.${field}: ${show(value)} (expected ${expected})`);
}
