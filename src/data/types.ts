/**
 * Types of the pow-exchanges dataset. Plain data: every record is JSON-safe.
 * @module
 */

/** A public page a figure was read from. */
export interface Source {
  /** An http(s) address of the page that was read. */
  readonly url: string;
  /** Who published the page, e.g. "Kyiv Independent". */
  readonly publisher: string;
  /** The page's headline, when known. */
  readonly title?: string;
  /** The page's publication date (YYYY-MM-DD), when known. */
  readonly published?: string;
  /**
   * What kind of publisher it is: `official` (a government, the Coordination HQ, a mediator, the
   * ICRC or the UN), `wire` (a news agency), `media` (an outlet with its own newsroom) or
   * `aggregator` (a mirror or repost of others' text). Every bundled source has one.
   */
  readonly kind?: SourceKind;
}

/** What kind of publisher a source is; see {@link Source.kind}. */
export type SourceKind = "official" | "wire" | "media" | "aggregator";

/** Who stated a figure and which side they speak for. */
export interface FigureClaimant {
  /** Who stated it, e.g. "Coordination HQ" or "Russian Defence Ministry". */
  readonly claimant: string;
  readonly side: Side;
}

/** How exactly a date is known: the day itself, only the day it was announced, or only the month. */
export type DatePrecision = "day" | "announcement" | "month";

/** How well the figures of a record are supported by the sources read. */
export type Confidence = "high" | "medium" | "low";

/** Which side made a statement. "other" covers mediators, media tallies and NGOs. */
export type Side = "ukraine" | "russia" | "other";

/**
 * How a stated number relates to the truth, kept as the speaker worded it:
 * `exact` ("2,598"), `about` ("about 6,000"), `more-than` ("more than 10,000"),
 * `almost` ("almost 10,000"), `at-least` ("at least 3,392") or
 * `unspecified` (no number at all, e.g. "thousands"; then `value` is null).
 */
export type Qualifier = "exact" | "about" | "more-than" | "almost" | "at-least" | "unspecified";

/** A number as someone stated it, with its qualifier and wording. */
export interface StatedFigure {
  /** The number, or null when the statement gave none ("thousands"). */
  readonly value: number | null;
  readonly qualifier: Qualifier;
  /** The wording in English when it says more than the number, e.g. "thousands (record high)". */
  readonly text?: string;
}

/** A figure for an exchange that differs from the one the record uses, and who stated it. */
export interface DisputedFigure {
  /** Which of the record's figures this competes with. */
  readonly field: "toUkraine" | "toRussia";
  /** The competing number (null when the speaker only disputed without a number). */
  readonly value: number | null;
  /** Who stated it, e.g. "Russian Ministry of Defence". */
  readonly claimant: string;
  readonly side: Side;
  /** How the number was worded ("about 250"), when not exact. */
  readonly qualifier?: Qualifier;
  /** What the difference is about, in our words. */
  readonly note?: string;
}

/**
 * One exchange day (or one stage of a multi-day agreement).
 *
 * `toUkraine` is the number of people returned to Ukraine as Kyiv reported it;
 * `toRussia` the number returned to Russia as Moscow reported it. A figure
 * nobody reported is `null`, never 0; a figure only a mediator, the other side or
 * the media gave goes to `disputes`, with its claimant. `reportedBy` names who
 * gave each of the two figures.
 */
export interface Exchange {
  /** Stable identifier: the date, plus a suffix when one day holds more than one record ("2022-03"). */
  readonly id: string;
  /** ISO date YYYY-MM-DD. With `datePrecision: "month"` the day is the month's first. */
  readonly date: string;
  readonly datePrecision: DatePrecision;
  /** People returned to Ukraine, as Kyiv reported (civilians included when `includesCivilians`). */
  readonly toUkraine: number | null;
  /** People returned to Russia, as Moscow reported. */
  readonly toRussia: number | null;
  /**
   * Who gave `toUkraine` (a Ukrainian claimant) and `toRussia` (a Russian claimant); null where the
   * figure is null. Every bundled record has it; the schema refuses a figure credited to the wrong side.
   */
  readonly reportedBy?: { readonly toUkraine: FigureClaimant | null; readonly toRussia: FigureClaimant | null };
  /** Whether `toUkraine` includes civilians: true, false, or null when the sources do not say. */
  readonly includesCivilians: boolean | null;
  /** Civilians among `toUkraine`, when stated. */
  readonly civiliansToUkraine: number | null;
  /** Mediators named in the sources, e.g. ["UAE"]; [] when none was reported. */
  readonly mediators: readonly string[];
  /** Ukraine's official exchange number when a source states it ("54th" → 54). */
  readonly sequence: number | null;
  /** Whether the swap is believed to be in Ukraine's official count (local battlefield swaps are not). */
  readonly official: boolean;
  /** The agreement this record is a stage of, e.g. "Istanbul 1000 for 1000". */
  readonly agreement: string | null;
  /** The stage number within `agreement`, when known. */
  readonly stage: number | null;
  /** Competing figures, each attributed. Empty when the sides agree or only one spoke. */
  readonly disputes: readonly DisputedFigure[];
  readonly confidence: Confidence;
  /** What happened, in a sentence or two, naming who said what. */
  readonly note: string;
  /** At least one public page the figures were read from. */
  readonly sources: readonly Source[];
  /** Set on records a user appended at run time with `mergeExchanges`. */
  readonly userSupplied?: boolean;
}

export type * from "./statement-types.js";
export type * from "./series-types.js";
