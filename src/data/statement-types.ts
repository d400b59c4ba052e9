/**
 * Types of what people said about captives: claims of how many each side holds, figures related
 * to captivity, and official running totals.
 * @module
 */
import type { DatePrecision, Side, Source, StatedFigure } from "./types.js";

/** Whom a held-captives claim counts; see {@link HeldClaim.population}. */
export type HeldPopulation = "prisoners-of-war" | "civilians" | "all-captives" | "captures";

/** Who said something and when: what a held-captives claim and a related figure share. */
export interface Statement {
  /** Stable identifier, e.g. "2024-06-05-putin". */
  readonly id: string;
  /** ISO date of the statement (first of the month with `datePrecision: "month"`), or null when unknown. */
  readonly date: string | null;
  readonly datePrecision: DatePrecision | "unknown";
  /** Who made the statement, e.g. "Vladimir Putin" or "ICRC (Christian Cardon)". */
  readonly claimant: string;
  /** The side the claimant speaks for. */
  readonly side: Side;
  /** What kind of speaker: an official, a media outlet, or an NGO. */
  readonly claimantKind: "official" | "media" | "ngo";
}

/** A claim of how many captives each side holds: who claimed it, when, and what it counts. */
export interface HeldClaim extends Statement {
  /** Ukrainians held by Russia, as claimed. */
  readonly heldByRussia: StatedFigure | null;
  /** Russians held by Ukraine, as claimed. */
  readonly heldByUkraine: StatedFigure | null;
  /** What the figures count, in words, e.g. "Ukrainian prisoners of war whose captivity Russia confirmed". */
  readonly counts: string;
  /**
   * Whom the figures count, for filtering: `prisoners-of-war` (military captives), `civilians`,
   * `all-captives` (military and civilians) or `captures` (everyone captured so far: not a count
   * of people still held). Every bundled claim has it.
   */
  readonly population?: HeldPopulation;
  readonly note: string;
  readonly sources: readonly Source[];
}

/** What a related figure counts; see {@link RelatedFigure.kind}. */
export type RelatedFigureKind = "visits" | "interviews" | "ill-treatment" | "deaths";

/**
 * A number about captivity that is not a headcount of captives held or returned: prisoners
 * visited by the ICRC, prisoners interviewed by the UN monitoring mission, accounts of torture,
 * deaths in captivity. Kept apart so that nobody sums it with, or charts it as, a held-captives claim.
 */
export interface RelatedFigure extends Statement {
  /** What is counted: `visits`, `interviews`, `ill-treatment` (accounts of torture or abuse) or `deaths`. */
  readonly kind: RelatedFigureKind;
  readonly figure: StatedFigure;
  /** What the number counts, in words, e.g. "prisoners of war on both sides visited since February 2022". */
  readonly counts: string;
  readonly note: string;
  readonly sources: readonly Source[];
}

/** A running total (or period total) stated by an official or tallied by media. */
export interface OfficialTotal {
  readonly id: string;
  /** The date the total is as of (YYYY-MM-DD). */
  readonly date: string;
  readonly claimant: string;
  readonly side: Side;
  /**
   * What the total covers: `running`, people returned in exchanges since the full-scale invasion;
   * `all-returns`, everyone returned since then, in exchanges or not; a `period`; or one `mediator`'s swaps.
   */
  readonly scope: "running" | "all-returns" | "period" | "mediator";
  /** People returned to Ukraine in that scope. */
  readonly toUkraine: StatedFigure | null;
  /** People returned to Russia in that scope. */
  readonly toRussia: StatedFigure | null;
  /** Both directions together (mediators usually report this). */
  readonly bothSides: StatedFigure | null;
  /** Number of exchanges in that scope. */
  readonly exchanges: StatedFigure | null;
  /** Whether civilians are counted in `toUkraine`: true, false or null when unknown. */
  readonly includesCivilians: boolean | null;
  readonly note: string;
  readonly sources: readonly Source[];
}
