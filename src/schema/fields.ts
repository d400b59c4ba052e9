import * as z from "zod/mini";
import { isCalendarDate } from "../data/calendar-date.js";

// The schema asks the package's one calendar-date module, so charts and schema agree on every date.
export { isCalendarDate };

/** True for an absolute http: or https: address with a host. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s/?#]+/i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** The largest count we accept for one exchange: far above any swap (the largest day moved 390 each way). */
export const MAX_COUNT = 100_000;

export const text = z.string({ error: "is not a string" });
export const nonEmptyText = text.check(z.refine((s) => s.trim() !== "", { error: "must not be empty" }));

export const isoDate = text.check(z.refine(isCalendarDate, { error: "is not a calendar date (YYYY-MM-DD)" }));

export const count = z
  .number({ error: "is not a number" })
  .check(
    z.refine((n) => Number.isInteger(n) && n >= 0, { error: "is not a whole number ≥ 0" }),
    z.refine((n) => n <= MAX_COUNT, { error: `is larger than ${MAX_COUNT}` }),
  );

export const side = z.enum(["ukraine", "russia", "other"], { error: 'is not a side (expected "ukraine", "russia" or "other")' });

export const SourceSchema = z.strictObject({
  url: text.check(z.refine(isHttpUrl, { error: "is not an http(s) address" })),
  publisher: nonEmptyText,
  title: z.optional(text),
  published: z.optional(isoDate),
  kind: z.optional(z.enum(["official", "wire", "media", "aggregator"], { error: "is not a source kind (official, wire, media, aggregator)" })),
});

export const sources = z
  .array(SourceSchema, { error: "is not a list of sources" })
  .check(z.refine((list) => list.length > 0, { error: "must name at least one source" }));

export const qualifier = z.enum(["exact", "about", "more-than", "almost", "at-least", "unspecified"], {
  error: "is not a qualifier (exact, about, more-than, almost, at-least, unspecified)",
});

export const StatedFigureSchema = z
  .strictObject({
    value: z.nullable(count),
    qualifier,
    text: z.optional(nonEmptyText),
  })
  .check(
    z.refine((f) => (f.value === null) === (f.qualifier === "unspecified"), {
      error: 'pairs value and qualifier wrongly (a null value goes with "unspecified", and only it)',
    }),
  );
