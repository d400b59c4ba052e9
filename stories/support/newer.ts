import { exchanges } from "../../src/data/index.js";
import { mergeExchanges } from "../../src/schema/index.js";

/**
 * An illustrative record a newsroom might add after the dataset's last update. It is not real:
 * it shows how user-supplied records pass through `mergeExchanges` and appear in the charts.
 */
export const exampleNewer = {
  id: "2026-05-20",
  date: "2026-05-20",
  datePrecision: "day",
  toUkraine: 205,
  toRussia: 205,
  includesCivilians: false,
  civiliansToUkraine: null,
  mediators: ["UAE"],
  sequence: null,
  official: true,
  agreement: null,
  stage: null,
  disputes: [],
  confidence: "low",
  note: "Example record added by a newsroom in the story; not part of the dataset.",
  sources: [{ url: "https://example.org/newsroom/exchange-report", publisher: "Example newsroom (invented record)" }],
} as const;

/** Printed on every chart that shows an invented record, so no preview passes it off as data. */
export const ILLUSTRATION_NOTE = "Illustration: the records dated May 2026 are invented to show user-supplied data; they are not real exchanges or claims.";

/** The bundled exchanges plus the example record, validated. */
export function withNewer() {
  return mergeExchanges(exchanges, [exampleNewer]);
}

/** A record with three mistakes: what a user sees when `mergeExchanges` refuses it. */
export const brokenRecord = { ...exampleNewer, date: "2026-02-30", toUkraine: -5, sources: [{ url: "javascript:alert(1)", publisher: "?" }] };

/** Throws the DatasetError a user would get for `brokenRecord`. */
export function withBroken() {
  return mergeExchanges(exchanges, [brokenRecord]);
}
