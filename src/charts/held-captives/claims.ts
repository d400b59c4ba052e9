import { heldClaims } from "../../data/records/held-claims.js";
import type { HeldClaim } from "../../data/types.js";
import { isCalendarDate } from "../../data/calendar-date.js";
import type { SkippedRecord } from "../exchange/check-records.js";
import { bundledCopies, type BundledCopies } from "../core/bundled-copies.js";
import { checkedCopy } from "../core/plain-copy.js";
import { OptionError } from "../core/options.js";

const qualifiers = ["exact", "about", "more-than", "almost", "at-least", "unspecified"];
const precisions = ["day", "announcement", "month", "unknown"];
const sides = ["ukraine", "russia", "other"];
/** More people than any side could hold: a typo or a unit error, not a claim. */
const MAX_PEOPLE = 1_000_000_000;

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || typeof value !== "object") return String(value);
  return Array.isArray(value) ? "a list" : "an object";
}

/**
 * Checks the fields the chart reads, cheaply: the full schema lives in pow-exchanges/schema,
 * which charts do not import (it would bring zod into every chart bundle). Strict by default:
 * the first bad claim throws. With `lenient`, bad claims are left out and listed in `skipped`
 * with their index, id and reason, as lenient mode does for exchange records.
 *
 * @example
 * checkClaims([{ id: "x" }]); // throws 'invalid data[0].date: undefined (expected a calendar date YYYY-MM-DD or null)'
 * checkClaims([{ id: "x" }], true).skipped[0]?.reason; // 'date: undefined (expected a calendar date YYYY-MM-DD or null)'
 */
export function checkClaims(value: unknown, lenient = false): { claims: readonly HeldClaim[]; skipped: readonly SkippedRecord[] } {
  if (!Array.isArray(value)) throw new OptionError(`invalid data: ${show(value)} (expected a list of held-captives claims)`);
  const { claims, skipped, first } = partition(value, bundled().byRecord);
  if (first && !lenient) throw new OptionError(`invalid data[${first.index}]${first.field === null ? ": " : "."}${first.reason}`);
  return { claims, skipped };
}

/**
 * Good claims and skipped ones, plus where the first problem was, for the strict error. The claims
 * are checked copies (`plainCopy`), read at this call: no cache, so an edit in place is seen. Only
 * a claim of the package's own, deep-frozen dataset is found in `known` (its copy, checked once).
 */
function partition(value: readonly unknown[], known?: WeakMap<object, HeldClaim>) {
  const ids = new Set<string>();
  const claims: HeldClaim[] = [];
  const skipped: SkippedRecord[] = [];
  let first: { index: number; field: string | null; reason: string } | undefined;
  for (let index = 0; index < value.length; index++) {
    const checked = checkedCopy(value[index], { known, problemOf: claimProblem, unreadable: (text): Problem => ({ field: null, text }) });
    const claim = checked.copy;
    let found = checked.problem;
    if (found === null && ids.has((claim as HeldClaim).id)) found = problem("id", (claim as HeldClaim).id, "an id used once; this one is repeated");
    if (found === null) {
      ids.add((claim as HeldClaim).id);
      claims.push(claim as HeldClaim);
      continue;
    }
    const reason = found.field === null ? found.text : `${found.field}: ${found.text}`;
    first ??= { index, field: found.field, reason };
    const id = claim !== null && typeof claim === "object" ? (claim as { id?: unknown }).id : undefined;
    skipped.push({ index, id: typeof id === "string" && id !== "" ? id : null, reason });
  }
  return { claims, skipped, first };
}

let bundledRecords: BundledCopies<HeldClaim> | undefined;
const bundled = () => (bundledRecords ??= bundledCopies(heldClaims, (input) => {
  const { claims, skipped } = partition(input);
  return { records: claims, skipped };
}));

/**
 * The bundled claims as the chart draws them: checked null-prototype copies, made once (the
 * bundled records are deep-frozen, so this is a constant, not a cache of anyone's array).
 *
 * @example
 * bundledClaims().length === heldClaims.length; // true
 */
export function bundledClaims(): readonly HeldClaim[] {
  return bundled().list;
}

/** One problem: the field it is in (null when the claim is not an object at all) and what is wrong. */
interface Problem {
  readonly field: string | null;
  readonly text: string;
}

/** The first problem of one claim, or null when the chart can draw it. */
function claimProblem(claim: unknown): Problem | null {
  if (claim === null || typeof claim !== "object" || Array.isArray(claim)) return { field: null, text: `${show(claim)} (expected a claim object)` };
  const c = claim as Record<string, unknown>;
  if (typeof c.id !== "string" || c.id === "") return problem("id", c.id, "a non-empty text");
  if (c.date !== null && !isCalendarDate(c.date)) return problem("date", c.date, "a calendar date YYYY-MM-DD or null");
  if (!precisions.includes(c.datePrecision as string)) return problem("datePrecision", c.datePrecision, precisions.join(", "));
  if (typeof c.claimant !== "string") return problem("claimant", c.claimant, "text");
  if (!sides.includes(c.side as string)) return problem("side", c.side, sides.join(", "));
  if (typeof c.counts !== "string") return problem("counts", c.counts, "text");
  if (!Array.isArray(c.sources)) return problem("sources", c.sources, "a list of sources");
  // An index loop: entries() makes an iterator and a pair per source, for every claim.
  const sources = c.sources as unknown[];
  for (let j = 0; j < sources.length; j++) {
    const source = sources[j] as Record<string, unknown> | null;
    if (typeof source?.url !== "string" || typeof source.publisher !== "string") return problem(`sources[${j}]`, source, "{ url, publisher }");
  }
  return figureProblem(c.heldByRussia, "heldByRussia") ?? figureProblem(c.heldByUkraine, "heldByUkraine");
}

function figureProblem(value: unknown, at: string): Problem | null {
  if (value === null) return null;
  if (typeof value !== "object") return problem(at, value, "{ value, qualifier } or null");
  const figure = value as Record<string, unknown>;
  const n = figure.value;
  if (n !== null && (typeof n !== "number" || !Number.isFinite(n) || n < 0 || n > MAX_PEOPLE)) return problem(`${at}.value`, n, "a number of people from 0 to 1000000000, or null");
  if (!qualifiers.includes(figure.qualifier as string)) return problem(`${at}.qualifier`, figure.qualifier, qualifiers.join(", "));
  return null;
}

function problem(field: string, value: unknown, expected: string): Problem {
  return { field, text: `${show(value)} (expected ${expected})` };
}
