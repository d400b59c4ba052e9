import type { Locale, Plural } from "../core/locale.js";
import type { Side } from "../../data/types.js";
import { translations } from "../core/translations.js";
import uk from "./strings.uk.js";
import ru from "./strings.ru.js";

/** The held-captives chart's own strings; the shared ones live in core/locale.ts. */
export interface HeldStrings {
  readonly title: string;
  readonly heldByRussia: string;
  readonly heldByUkraine: string;
  /** The footer line: these are claims, not verified counts. */
  readonly claimsCaveat: string;
  /** The accessible description of the dots view: "Claims of captives held, by {claimants}." */
  readonly summary: string;
  /** The tooltip row that says what a claim counts. */
  readonly counts: string;
  /** "{claimant}, {date}: {pair}". */
  readonly headline: string;
  /** "{russia} vs {ukraine}": Ukrainians held by Russia come first. */
  readonly pair: string;
  readonly undated: string;
  readonly notStated: string;
  readonly noNumber: string;
  readonly noClaims: string;
  readonly speaksFor: string;
  readonly sides: Readonly<Record<Side, string>>;
  readonly approximateKey: string;
  readonly approximate: string;
  readonly logScale: string;
  readonly undatedNote: Plural;
  readonly claimsCount: Plural;
  readonly summarySingle: string;
  readonly summaryDots: string;
  /** The heading of each side's latest claim in the default view. */
  readonly latestBy: Readonly<Record<"ukraine" | "russia", string>>;
  /** A claim's age at the newest source, shown when over six months. */
  readonly ageMonths: Plural;
  readonly ageYears: Plural;
  /** The accessible description of the default view. */
  readonly summaryLatest: string;
  /** What the arrow keys do in this chart, for screen readers. */
  readonly hint: string;
}

const en: HeldStrings = {
  title: "How many captives each side says it holds",
  heldByRussia: "Ukrainians held by Russia",
  heldByUkraine: "Russians held by Ukraine",
  claimsCaveat: "These are claims by officials and media, not verified counts.",
  summary: "Claims of captives held, by {claimants}.",
  counts: "Counts",
  headline: "{claimant}, {date}: {pair}",
  pair: "{russia} vs {ukraine}",
  undated: "date unknown",
  notStated: "not stated",
  noNumber: "no number given",
  noClaims: "No claims to show",
  speaksFor: "Speaks for",
  sides: { ukraine: "Ukraine", russia: "Russia", other: "neither side (media, NGO)" },
  approximateKey: "Dashed outline: an approximate figure (about, more than, almost, at least).",
  approximate: "approximate",
  logScale: "log scale",
  undatedNote: { one: "{n} undated claim, not plotted", other: "{n} undated claims, not plotted" },
  claimsCount: { one: "{n} claim", other: "{n} claims" },
  summarySingle: "Claim by {claimant}, {date}. Ukrainians held by Russia: {russia}; Russians held by Ukraine: {ukraine} ({counts}).",
  summaryDots: "{claims} from {from} to {to}.",
  latestBy: { ukraine: "Ukraine's latest claim", russia: "Russia's latest claim" },
  ageMonths: { one: "{n} month old", other: "{n} months old" },
  ageYears: { one: "{n} year old", other: "{n} years old" },
  summaryLatest: "The latest claim from each side.",
  hint: "Use the arrow keys to move between the claims' figures.",
};

/** The chart's strings for a locale. */
export const heldStrings = /* @__PURE__ */ translations("held-captives", en, { uk, ru });
