/**
 * `pow-exchanges/schema`: zod schemas (zod/mini) and parsers for the dataset's records.
 * @module
 */
export { ExchangeSchema, DisputedFigureSchema } from "./exchange.js";
export { HeldClaimSchema, OfficialTotalSchema, RelatedFigureSchema } from "./claims.js";
export { SourceSchema, StatedFigureSchema, isCalendarDate, isHttpUrl, MAX_COUNT } from "./fields.js";
export {
  parseExchanges,
  safeParseExchanges,
  parseHeldClaims,
  safeParseHeldClaims,
  parseOfficialTotals,
  safeParseOfficialTotals,
  parseRelatedFigures,
  safeParseRelatedFigures,
} from "./parse.js";
export type { SafeParseResult } from "./parse.js";
export { mergeExchanges } from "./merge.js";
export { DatasetError, formatPath } from "./issues.js";
export type { Issue } from "./issues.js";
