import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import type { Exchange, HeldClaim, OfficialTotal, RelatedFigure, Source, StatedFigure } from "../../src/data/types.js";
import type { HeldClaimSchema, OfficialTotalSchema, RelatedFigureSchema } from "../../src/schema/claims.js";
import type { ExchangeSchema } from "../../src/schema/exchange.js";
import type { SourceSchema, StatedFigureSchema } from "../../src/schema/fields.js";

// The documented types (what users read on hover) and the schemas (what records are checked
// against) are written once each; these lines make the compiler prove they describe the same
// records, field by field. `npm run typecheck` (part of `npm test`) fails on any drift: a field
// added, removed, renamed or retyped on one side only.
type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Shape<S extends z.ZodMiniType> = DeepReadonly<z.output<S>>;

const proofs = {
  source: true satisfies Same<Source, Shape<typeof SourceSchema>>,
  statedFigure: true satisfies Same<StatedFigure, Shape<typeof StatedFigureSchema>>,
  exchange: true satisfies Same<Exchange, Shape<typeof ExchangeSchema>>,
  heldClaim: true satisfies Same<HeldClaim, Shape<typeof HeldClaimSchema>>,
  relatedFigure: true satisfies Same<RelatedFigure, Shape<typeof RelatedFigureSchema>>,
  officialTotal: true satisfies Same<OfficialTotal, Shape<typeof OfficialTotalSchema>>,
};

describe("the record types and the schemas", () => {
  it("describe the same records (checked by the compiler)", () => {
    expect(Object.values(proofs).every((proof) => proof === true)).toBe(true);
  });
});
