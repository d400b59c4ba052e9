/**
 * Types of what the dataset's functions return: facts about the dataset and derived series.
 * @module
 */

/** Facts about the dataset itself. */
export interface DatasetInfo {
  readonly name: string;
  /** Data version; see the README's versioning rules. */
  readonly version: string;
  /** The date the data was last reviewed (YYYY-MM-DD). */
  readonly updated: string;
  /** The first and last exchange dates covered, and the date sources were read up to. */
  readonly coverage: { readonly from: string; readonly to: string; readonly sourcesReadTo: string };
  readonly license: { readonly code: string; readonly data: string };
  readonly citation: string;
}

/** One point of the cumulative series: totals up to and including `date`. */
export interface CumulativePoint {
  readonly date: string;
  /** People returned to Ukraine so far (reported figures only). */
  readonly toUkraine: number;
  /** People returned to Russia so far (reported figures only). */
  readonly toRussia: number;
  /** Exchanges so far, with or without figures. */
  readonly exchanges: number;
}

/** Totals over a set of records. */
export interface Totals {
  readonly exchanges: number;
  readonly toUkraine: number;
  readonly toRussia: number;
  /** Records whose `toUkraine` is null and so not in `toUkraine`. */
  readonly unreportedToUkraine: number;
  /** Records whose `toRussia` is null and so not in `toRussia`. */
  readonly unreportedToRussia: number;
}
