import * as z from "zod/mini";
import { isoDate, nonEmptyText, side, sources, StatedFigureSchema, text } from "./fields.js";

const claimantKind = z.enum(["official", "media", "ngo"], { error: "is not a claimant kind (official, media, ngo)" });

/** Who said something and when: the fields a held-captives claim and a related figure share. */
const statement = {
  id: nonEmptyText,
  date: z.nullable(isoDate),
  datePrecision: z.enum(["day", "announcement", "month", "unknown"], {
    error: "is not a date precision (day, announcement, month, unknown)",
  }),
  claimant: nonEmptyText,
  side,
  claimantKind,
};

/** A null date goes with "unknown" precision, and only it. */
const datedOrUnknown = z.refine<{ date: string | null; datePrecision: string }>((c) => (c.date === null) === (c.datePrecision === "unknown"), {
  error: 'pairs date and datePrecision wrongly (a null date goes with "unknown", and only it)',
});

/**
 * The shape of a claim of captives held.
 *
 * @example
 * HeldClaimSchema.safeParse(claim).success;
 */
export const HeldClaimSchema = z
  .strictObject({
    ...statement,
    heldByRussia: z.nullable(StatedFigureSchema),
    heldByUkraine: z.nullable(StatedFigureSchema),
    counts: nonEmptyText,
    population: z.optional(
      z.enum(["prisoners-of-war", "civilians", "all-captives", "captures"], {
        error: "is not a population (prisoners-of-war, civilians, all-captives, captures)",
      }),
    ),
    note: text,
    sources,
  })
  .check(
    z.refine((c) => c.heldByRussia !== null || c.heldByUkraine !== null, {
      error: "claims nothing (heldByRussia and heldByUkraine are both null)",
    }),
    datedOrUnknown,
  );

/**
 * The shape of a stated running or period total.
 *
 * @example
 * OfficialTotalSchema.safeParse(total).success;
 */
export const OfficialTotalSchema = z
  .strictObject({
    id: nonEmptyText,
    date: isoDate,
    claimant: nonEmptyText,
    side,
    scope: z.enum(["running", "all-returns", "period", "mediator"], { error: "is not a scope (running, all-returns, period, mediator)" }),
    toUkraine: z.nullable(StatedFigureSchema),
    toRussia: z.nullable(StatedFigureSchema),
    bothSides: z.nullable(StatedFigureSchema),
    exchanges: z.nullable(StatedFigureSchema),
    includesCivilians: z.nullable(z.boolean({ error: "is not true, false or null" })),
    note: text,
    sources,
  })
  .check(
    z.refine((t) => t.toUkraine !== null || t.toRussia !== null || t.bothSides !== null || t.exchanges !== null, {
      error: "states no total at all",
    }),
  );

/**
 * The shape of a related figure: a number about captivity that is not a headcount (ICRC visits,
 * UN interviews, accounts of ill-treatment, deaths).
 *
 * @example
 * RelatedFigureSchema.safeParse(figure).success;
 */
export const RelatedFigureSchema = z
  .strictObject({
    ...statement,
    kind: z.enum(["visits", "interviews", "ill-treatment", "deaths"], { error: "is not a kind (visits, interviews, ill-treatment, deaths)" }),
    figure: StatedFigureSchema,
    counts: nonEmptyText,
    note: text,
    sources,
  })
  .check(datedOrUnknown);
