import { dataset } from "../../data/dataset.js";
import type { HeldClaim } from "../../data/types.js";
import type { LocaleFormat } from "../core/locale.js";
import type { Mark } from "../core/marks.js";
import { heldSides } from "./figures.js";
import { singleMarks, valueRoom, type Box } from "./single.js";
import { heldStrings } from "./strings.js";

/** The tallest bar of the default view; a phone's wrapped headings leave less. */
const BAR = 48;
/** Rows of bars in the view: two per claim. */
const ROWS_PER_CLAIM = 2;
/** The thinnest bar, when the text leaves little room. */
const MIN_BAR = 8;
/** Space between the two claims' blocks. */
const BETWEEN = 18;
const DAY = 86_400_000;

/**
 * The default view: each side's latest claim, one block under the other, on one scale. Each
 * block is headed by whose claim it is and, when the claim is over six months older than the
 * newest source read, by its age.
 */
export function latestMarks(claims: readonly HeldClaim[], f: LocaleFormat, box: Box): Mark[] {
  const max = Math.max(1, ...claims.flatMap((c) => heldSides.map((side) => c[side]?.value ?? 0)));
  const newest = [dataset.coverage.sourcesReadTo, ...claims.map((c) => c.date ?? "")].sort().at(-1)!;
  const room = valueRoom(claims, f);
  const leads = claims.map((c) => {
    const age = ageText(c.date!, newest, f);
    const heading = heldStrings[f.locale].latestBy[c.side === "russia" ? "russia" : "ukraine"];
    return age ? `${heading} (${age})` : heading;
  });
  // Lay out once with the thinnest bars to learn what the text takes, then give the bars the rest.
  const draw = (bar: number) => {
    const marks: Mark[] = [];
    let top = box.top;
    claims.forEach((c, i) => {
      const block = singleMarks(c, f, { ...box, top, bottom: Number.POSITIVE_INFINITY }, { key: c.id, max, lead: leads[i]!, barHeight: bar, valueRoom: room });
      marks.push(...block.marks);
      top = block.bottom + BETWEEN;
    });
    return { marks, bottom: top - BETWEEN };
  };
  const thin = draw(MIN_BAR);
  const spare = box.bottom - thin.bottom;
  return draw(Math.max(MIN_BAR, Math.min(BAR, MIN_BAR + spare / (ROWS_PER_CLAIM * claims.length)))).marks;
}

/** "2 years old", "7 months old", or null when the claim is six months old or less. */
function ageText(date: string, newest: string, f: LocaleFormat): string | null {
  const months = Math.floor((Date.parse(`${newest}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / (30.44 * DAY));
  if (months <= 6) return null;
  const s = heldStrings[f.locale];
  return months < 24 ? f.plural(s.ageMonths, months) : f.plural(s.ageYears, Math.floor(months / 12));
}
