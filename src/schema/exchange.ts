import * as z from "zod/mini";
import { count, isoDate, nonEmptyText, side, sources, text } from "./fields.js";

export const DisputedFigureSchema = z.strictObject({
  field: z.enum(["toUkraine", "toRussia"], { error: 'is not "toUkraine" or "toRussia"' }),
  value: z.nullable(count),
  claimant: nonEmptyText,
  side,
  note: z.optional(text),
});

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
      if (r.stage !== null && r.agreement === null) {
        ctx.addIssue({ code: "custom", path: ["stage"], input: r.stage, message: "needs an agreement to be a stage of" });
      }
    }),
  );
