import type { HeldClaim, StatedFigure } from "../../data/types.js";
import { statedFigure } from "../exchange/stated-figure.js";
import { fullName, localName } from "../exchange/claimants.js";
import { countsText } from "./names.js";
import type { LocaleFormat } from "../core/locale.js";
import { px, type DataTable, type Focus, type TooltipContent } from "../core/marks.js";
import { focusOf, type FocusText } from "../exchange/records.js";
import { heldStrings } from "./strings.js";

/** Which figure of a claim: Ukrainians held by Russia, or Russians held by Ukraine. */
export type HeldSide = "heldByRussia" | "heldByUkraine";
export const heldSides: readonly HeldSide[] = ["heldByRussia", "heldByUkraine"];

/** Colour by the captives' nationality, as the timeline colours people by where they return. */
export const sideColor = { heldByRussia: "toUkraine", heldByUkraine: "toRussia" } as const;


/**
 * A figure as its speaker worded it: "about 6,000", "more than 4,000", "6,465". A figure without
 * a number keeps its wording in English (the dataset's language) after the localized "no number";
 * `brief` drops that wording in other languages and any aside in brackets, for headlines.
 *
 * @example
 * statedText({ value: 7000, qualifier: "about" }, localeFormat("uk")); // "близько 7 000"
 */
export function statedText(figure: StatedFigure | null, f: LocaleFormat, brief = false): string {
  const s = heldStrings[f.locale];
  if (figure === null) return s.notStated;
  if (figure.value === null) {
    if (!figure.text) return s.noNumber;
    if (f.locale === "en") return brief ? figure.text.split(" (")[0]! : figure.text;
    return brief ? s.noNumber : `${s.noNumber} («${figure.text}»)`;
  }
  return statedFigure(figure, f);
}

/** Whether a figure is a rough one: anything but an exact count. */
export function isApproximate(figure: StatedFigure): boolean {
  return figure.qualifier !== "exact";
}

/** The claim's date as precisely as it is known. */
export function claimDate(c: HeldClaim, f: LocaleFormat): string {
  if (c.date === null) return heldStrings[f.locale].undated;
  return f.date(c.date, c.datePrecision === "month" ? "month" : "long");
}

/** "Vladimir Putin, 5 June 2024: 6,465 vs 1,348". */
export function headline(c: HeldClaim, f: LocaleFormat): string {
  return f.fill(heldStrings[f.locale].headline, { claimant: fullName(c.claimant, f.locale), date: claimDate(c, f), pair: pair(c, f) });
}

/** "6,465 vs 1,348": both figures, Ukrainians held by Russia first. */
export function pair(c: HeldClaim, f: LocaleFormat): string {
  return f.fill(heldStrings[f.locale].pair, { russia: statedText(c.heldByRussia, f, true), ukraine: statedText(c.heldByUkraine, f, true) });
}

/**
 * The focus for either figure of a claim: one line for screen readers, and a tooltip with who
 * claimed it, for which side, when, both figures as worded, what they count, and the sources,
 * as plain data.
 *
 * @example
 * claimFocus(putin, localeFormat("en"))("heldByRussia", 120, 80).label; // "Vladimir Putin, June 5, 2024: Ukrainians held by Russia: 6,465"
 */
export function claimFocus(c: HeldClaim, f: LocaleFormat): (side: HeldSide, x: number, y: number) => Focus {
  return (side, x, y) => focusOf(c.id, claimText(c, side, f), { anchor: { x: px(x), y: px(y) } });
}

function claimText(c: HeldClaim, side: HeldSide, f: LocaleFormat): FocusText {
  const date = claimDate(c, f);
  const label = side === "heldByRussia" ? heldStrings[f.locale].heldByRussia : heldStrings[f.locale].heldByUkraine;
  return { label: `${localName(c.claimant, f.locale)}, ${date}: ${label}: ${statedText(c[side], f)}`, tooltip: claimTooltip(c, date, f) };
}

function claimTooltip(c: HeldClaim, date: string, f: LocaleFormat): TooltipContent {
  const s = heldStrings[f.locale];
  return {
    heading: fullName(c.claimant, f.locale),
    rows: [
      [f.t.date, date],
      [s.speaksFor, s.sides[c.side]],
      [heldStrings[f.locale].heldByRussia, statedText(c.heldByRussia, f)],
      [heldStrings[f.locale].heldByUkraine, statedText(c.heldByUkraine, f)],
      [heldStrings[f.locale].counts, countsText(c, f.locale)],
    ],
    sources: c.sources,
  };
}

/** The claims as a table of text. */
export function claimsTable(claims: readonly HeldClaim[], caption: string, f: LocaleFormat): DataTable {
  return {
    caption,
    columns: [f.t.date, f.t.claimant, heldStrings[f.locale].heldByRussia, heldStrings[f.locale].heldByUkraine, heldStrings[f.locale].counts],
    rows: claims.map((c) => [claimDate(c, f), c.claimant, statedText(c.heldByRussia, f), statedText(c.heldByUkraine, f), countsText(c, f.locale)]),
  };
}
