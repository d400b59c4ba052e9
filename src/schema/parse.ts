import type * as z from "zod/mini";
import type { Exchange, HeldClaim, OfficialTotal, RelatedFigure } from "../data/types.js";
import { ExchangeSchema } from "./exchange.js";
import { HeldClaimSchema, OfficialTotalSchema, RelatedFigureSchema } from "./claims.js";
import { DatasetError, formatPath, showValue, unreadable, type Issue } from "./issues.js";

/** The result of a `safeParse…` function: the records, or every issue found. */
export type SafeParseResult<T> = { ok: true; data: T[] } | { ok: false; issues: Issue[] };

/**
 * Validates a list of exchange records without throwing.
 * Checks each record's fields, then the list: ids must be unique.
 *
 * @example
 * const result = safeParseExchanges(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.warn(issue.message);
 */
export function safeParseExchanges(input: unknown): SafeParseResult<Exchange> {
  return parseList(input, ExchangeSchema as z.ZodMiniType, "exchange") as SafeParseResult<Exchange>;
}

/**
 * Validates a list of exchange records; throws a {@link DatasetError} listing every problem.
 *
 * @example
 * const records = parseExchanges(await (await fetch("/exchanges.json")).json());
 */
export function parseExchanges(input: unknown): Exchange[] {
  return orThrow(safeParseExchanges(input), "exchanges");
}

/**
 * Validates a list of held-captives claims without throwing.
 *
 * @example
 * safeParseHeldClaims(claims).ok;
 */
export function safeParseHeldClaims(input: unknown): SafeParseResult<HeldClaim> {
  return parseList(input, HeldClaimSchema as z.ZodMiniType, "claim") as SafeParseResult<HeldClaim>;
}

/**
 * Validates a list of held-captives claims; throws a {@link DatasetError}.
 *
 * @example
 * const claims = parseHeldClaims(input);
 */
export function parseHeldClaims(input: unknown): HeldClaim[] {
  return orThrow(safeParseHeldClaims(input), "held claims");
}

/**
 * Validates a list of related figures (ICRC visits, UN interviews, …) without throwing.
 *
 * @example
 * safeParseRelatedFigures(relatedFigures).ok;
 */
export function safeParseRelatedFigures(input: unknown): SafeParseResult<RelatedFigure> {
  return parseList(input, RelatedFigureSchema as z.ZodMiniType, "figure") as SafeParseResult<RelatedFigure>;
}

/**
 * Validates a list of related figures; throws a {@link DatasetError}.
 *
 * @example
 * const figures = parseRelatedFigures(input);
 */
export function parseRelatedFigures(input: unknown): RelatedFigure[] {
  return orThrow(safeParseRelatedFigures(input), "related figures");
}

/**
 * Validates a list of official totals without throwing.
 *
 * @example
 * safeParseOfficialTotals(totals).ok;
 */
export function safeParseOfficialTotals(input: unknown): SafeParseResult<OfficialTotal> {
  return parseList(input, OfficialTotalSchema as z.ZodMiniType, "total") as SafeParseResult<OfficialTotal>;
}

/**
 * Validates a list of official totals; throws a {@link DatasetError}.
 *
 * @example
 * const totals = parseOfficialTotals(input);
 */
export function parseOfficialTotals(input: unknown): OfficialTotal[] {
  return orThrow(safeParseOfficialTotals(input), "official totals");
}

function orThrow<T>(result: SafeParseResult<T>, what: string): T[] {
  if (!result.ok) throw new DatasetError(what, result.issues);
  return result.data;
}

/**
 * Never throws, whatever the input: a throwing getter, a Proxy or a revoked Proxy anywhere becomes
 * an issue at the place that could not be read (or at `(input)` when the list itself cannot be).
 */
function parseList(input: unknown, schema: z.ZodMiniType, noun: string): SafeParseResult<unknown> {
  try {
    return parseReadableList(input, schema, noun);
  } catch (error) {
    return { ok: false, issues: [{ path: [], message: `(input): ${unreadable(error)}` }] };
  }
}

function parseReadableList(input: unknown, schema: z.ZodMiniType, noun: string): SafeParseResult<unknown> {
  if (!Array.isArray(input)) {
    return { ok: false, issues: [{ path: [], message: `(input): ${showValue(input)} is not a list of ${noun}s` }] };
  }
  const issues: Issue[] = [];
  const data: unknown[] = [];
  const seen = new Map<string, number>();
  input.forEach((item: unknown, index: number) => {
    let id: unknown;
    try {
      const result = schema.safeParse(item);
      if (result.success) data.push(result.data);
      else for (const raw of result.error.issues) issues.push(toIssue([index, ...raw.path], raw, input));
      id = (item as { id?: unknown } | null)?.id;
    } catch (error) {
      issues.push({ path: [index], message: `[${index}]: ${unreadable(error)}` });
      return;
    }
    if (typeof id === "string") {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else issues.push({ path: [index, "id"], message: `[${index}].id: ${showValue(id)} is a duplicate of [${first}].id` });
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data };
}

interface RawIssue {
  readonly code?: string;
  readonly message: string;
  readonly keys?: readonly string[];
}

function toIssue(path: PropertyKey[], raw: RawIssue, root: unknown): Issue {
  const clean = path.map((k) => (typeof k === "symbol" ? String(k) : k)) as (string | number)[];
  const where = formatPath(clean);
  if (raw.code === "unrecognized_keys" && raw.keys) {
    const names = raw.keys.map((k) => JSON.stringify(k)).join(", ");
    return { path: clean, message: `${where}: unknown field${raw.keys.length === 1 ? "" : "s"} ${names}` };
  }
  return { path: clean, message: `${where}: ${showValue(valueAt(root, clean))} ${raw.message}` };
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
