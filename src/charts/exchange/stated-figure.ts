import type { StatedFigure } from "../../data/types.js";
import type { LocaleFormat } from "../core/locale.js";

/** The locale string that words each qualifier; exact and unspecified have none. */
const wording = { about: "about", "more-than": "moreThan", almost: "almost", "at-least": "atLeast" } as const;

/**
 * A number as its speaker worded it, the one wording every chart uses: "6,803", "about 6,000",
 * "more than 10,000", in the chart's language. A figure with no number reads as 0 here; callers
 * that can meet one word it themselves.
 *
 * @example
 * statedFigure({ value: 6000, qualifier: "about" }, localeFormat("uk")); // "близько 6 000"
 */
export function statedFigure(figure: StatedFigure, f: LocaleFormat): string {
  const n = figure.value ?? 0;
  const key = figure.qualifier in wording ? wording[figure.qualifier as keyof typeof wording] : undefined;
  return key ? f.fill(f.t[key], { n }) : f.number(n);
}
