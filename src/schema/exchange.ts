import * as z from "zod/mini";
import { count, isoDate, nonEmptyText, qualifier, side, sources, text } from "./fields.js";

export const DisputedFigureSchema = z.strictObject({
  field: z.enum(["toUkraine", "toRussia"], { error: 'is not "toUkraine" or "toRussia"' }),
  value: z.nullable(count),
  claimant: nonEmptyText,
  side,
  qualifier: z.optional(qualifier),
  note: z.optional(text),
});

const figureClaimant = z.strictObject({ claimant: nonEmptyText, side });

/** The side whose statement each figure of an exchange must be (the dataset's side rule). */
const FIGURE_SIDE = { toUkraine: "ukraine", toRussia: "russia" } as const;

const positive = z
  .number({ error: "is not a number" })
  .check(z.refine((n) => Number.isInteger(n) && n >= 1, { error: "is not a whole number ≥ 1" }));

/**
 * The shape of one exchange record, with checks that span fields
 * (civilians within the total, month-precision dates on the 1st, stages inside an agreement).
 *
 * @example
 * ExchangeSchema.safeParse(record).success;
 */
export const ExchangeSchema = z
  .strictObject({
    id: nonEmptyText.check(z.refine((s) => /^[\w.:-]+$/.test(s), { error: "is not an id (letters, digits, - _ . :)" })),
    date: isoDate,
    datePrecision: z.enum(["day", "announcement", "month"], { error: "is not a date precision (day, announcement, month)" }),
    toUkraine: z.nullable(count),
    toRussia: z.nullable(count),
    reportedBy: z.optional(z.strictObject({ toUkraine: z.nullable(figureClaimant), toRussia: z.nullable(figureClaimant) })),
    includesCivilians: z.nullable(z.boolean({ error: "is not true, false or null" })),
    civiliansToUkraine: z.nullable(count),
    mediators: z.array(nonEmptyText, { error: "is not a list of names" }),
    sequence: z.nullable(positive),
    official: z.boolean({ error: "is not true or false" }),
    agreement: z.nullable(nonEmptyText),
    stage: z.nullable(positive),
    disputes: z.array(DisputedFigureSchema, { error: "is not a list of disputed figures" }),
    confidence: z.enum(["high", "medium", "low"], { error: "is not a confidence (high, medium, low)" }),
    note: text,
    sources,
    userSupplied: z.optional(z.boolean({ error: "is not true or false" })),
  })
  .check(
    z.superRefine((r, ctx) => {
      if (r.civiliansToUkraine !== null && r.toUkraine !== null && r.civiliansToUkraine > r.toUkraine) {
        ctx.addIssue({ code: "custom", path: ["civiliansToUkraine"], input: r.civiliansToUkraine, message: `is more than toUkraine (${r.toUkraine})` });
      }
      if (r.civiliansToUkraine !== null && r.civiliansToUkraine > 0 && r.includesCivilians === false) {
        ctx.addIssue({ code: "custom", path: ["includesCivilians"], input: r.includesCivilians, message: "contradicts civiliansToUkraine > 0" });
      }
      if (r.datePrecision === "month" && !r.date.endsWith("-01")) {
        ctx.addIssue({ code: "custom", path: ["date"], input: r.date, message: 'must be the 1st of the month when datePrecision is "month"' });
      }
      if (r.reportedBy) {
        for (const field of ["toUkraine", "toRussia"] as const) {
          const by = r.reportedBy[field];
          if ((by === null) !== (r[field] === null)) {
            const message = by === null ? `names no claimant, but ${field} is ${r[field]}: say who gave it` : `names a claimant, but ${field} is null`;
            ctx.addIssue({ code: "custom", path: ["reportedBy", field], input: by, message });
          } else if (by !== null && by.side !== FIGURE_SIDE[field]) {
            const whose = FIGURE_SIDE[field] === "ukraine" ? "Kyiv's" : "Moscow's";
            const message = `is the wrong side: ${field} is ${whose} figure (side "${FIGURE_SIDE[field]}"), so ${by.claimant}'s goes in disputes`;
            ctx.addIssue({ code: "custom", path: ["reportedBy", field, "side"], input: by.side, message });
          }
        }
      }
      if (r.stage !== null && r.agreement === null) {
        ctx.addIssue({ code: "custom", path: ["stage"], input: r.stage, message: "needs an agreement to be a stage of" });
      }
    }),
  );
