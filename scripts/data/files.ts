import { ExchangeSchema, HeldClaimSchema, OfficialTotalSchema, RelatedFigureSchema } from "../../src/schema/index.js";
import { safeParseExchanges, safeParseHeldClaims, safeParseOfficialTotals, safeParseRelatedFigures } from "../../src/schema/index.js";
import type { KeyedSchema } from "./format.js";

/** The data files, the schema of one record in each, and the check of a whole file. */
export const dataFiles = [
  { path: "data/exchanges.json", schema: ExchangeSchema as unknown as KeyedSchema, check: safeParseExchanges },
  { path: "data/held-claims.json", schema: HeldClaimSchema as unknown as KeyedSchema, check: safeParseHeldClaims },
  { path: "data/official-totals.json", schema: OfficialTotalSchema as unknown as KeyedSchema, check: safeParseOfficialTotals },
  { path: "data/related-figures.json", schema: RelatedFigureSchema as unknown as KeyedSchema, check: safeParseRelatedFigures },
] as const;
