/**
 * `pow-exchanges/data`: the sourced records and pure functions over them.
 * Imports neither d3 nor zod, so a page that only needs numbers stays small.
 * @module
 */
export { exchanges } from "./records/exchanges.js";
export { heldClaims } from "./records/held-claims.js";
export { officialTotals } from "./records/official-totals.js";
export { relatedFigures } from "./records/related-figures.js";
export { dataset } from "./dataset.js";
export { cumulative, byDate } from "./series/cumulative.js";
export { totals } from "./series/totals.js";
export { between } from "./series/between.js";
export { byYear, byMonth } from "./series/group.js";
export type { Period } from "./series/group.js";
export { mediators, byMediator } from "./series/mediators.js";
export { gaps } from "./series/gaps.js";
export type { Gap } from "./series/gaps.js";
export { daysBetween } from "./series/days.js";
export { residuals } from "./series/residuals.js";
export type { Residual } from "./series/residuals.js";
export type {
  Confidence,
  CumulativePoint,
  DatasetInfo,
  DatePrecision,
  DisputedFigure,
  Exchange,
  HeldClaim,
  OfficialTotal,
  Qualifier,
  RelatedFigure,
  RelatedFigureKind,
  Side,
  FigureClaimant,
  HeldPopulation,
  Source,
  SourceKind,
  Statement,
  StatedFigure,
  Totals,
} from "./types.js";
export { toCsv, fromCsv, csvColumns } from "./csv.js";
export type { CsvTable } from "./csv.js";
