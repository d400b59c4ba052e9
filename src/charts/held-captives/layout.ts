import type { HeldClaim } from "../../data/types.js";
import { inDateRange } from "../../data/series/date-range.js";
import { fit } from "../layout/fit.js";
import { frame } from "../layout/frame.js";
import { localeFormat, type LocaleFormat } from "../core/locale.js";
import { finishScene, type Mark, type Scene } from "../core/marks.js";
import { emptyState } from "../layout/empty-state.js";
import { describedWithSkipped, skippedNote } from "../exchange/records.js";
import { dotsMarks } from "./dots.js";
import { claimDate, claimsTable, pair, statedText } from "./figures.js";
import type { NormalizedHeldCaptives } from "./options.js";
import { findClaim } from "./select.js";
import { hasRoughBar, singleMarks } from "./single.js";
import { latestMarks } from "./latest.js";
import { fullName, localName } from "../exchange/claimants.js";
import { countsText } from "./names.js";
import { heldStrings } from "./strings.js";

const PAD = 8;

/**
 * Lays out the held-captives chart. "latest" (the default): each side's latest claim, one under
 * the other on one scale. "single": one claim as two bars on one scale, each labelled
 * with the figure as worded. "dots": every dated claim over time on a log scale. Marks that do not
 * fit a very small size are clamped to the frame (text that could not be seen is left out).
 *
 * @example
 * const scene = layoutHeldCaptives(normalizeHeldCaptivesOptions(), { width: 640, height: 420 }, false);
 */
export function layoutHeldCaptives(o: NormalizedHeldCaptives, size: { width: number; height: number }): Scene {
  const f = localeFormat(o.locale);
  const { width, height } = size;
  const title = o.title ?? heldStrings[f.locale].title;
  const scene = o.mode === "latest" ? latest(o, f, size) : o.mode === "single" ? single(o, f, size) : dots(o, f, size);
  const { table, description, ...rest } = scene;
  return fit(finishScene({ width, height, title, description: describedWithSkipped(description, o.skipped, f), ...rest }, table, f));
}

type Part = Pick<Scene, "description" | "marks" | "hint"> & { readonly table: () => Scene["table"] };

function single(o: NormalizedHeldCaptives, f: LocaleFormat, { width, height }: { width: number; height: number }): Part {
  const c = o.claim;
  const s = heldStrings[f.locale];
  const title = o.title ?? heldStrings[f.locale].title;
  const frameFor = (notes: readonly (string | null)[]) =>
    frame({ title, subtitle: o.subtitle, notes: notes.filter((n): n is string => !!n), sourced: [c === null ? [] : [c]], plain: o.plain, credit: o.credit }, { width, height }, f);
  if (c === null) {
    const framed = frameFor([o.note, skippedNote(o.skipped, f), heldStrings[f.locale].claimsCaveat]);
    return { description: s.noClaims, marks: [...framed.marks, ...emptyState(s.noClaims, { width, top: framed.top, bottom: framed.bottom })], table: () => claimsTable([], title, f), hint: "" };
  }
  const framed = frameFor([o.note, skippedNote(o.skipped, f), hasRoughBar(c) ? s.approximateKey : null, heldStrings[f.locale].claimsCaveat]);
  const plot = singleMarks(c, f, { left: PAD, right: width - PAD, top: framed.top, bottom: framed.bottom }).marks;
  const description = `${f.fill(s.summarySingle, { claimant: fullName(c.claimant, f.locale), date: claimDate(c, f), russia: statedText(c.heldByRussia, f), ukraine: statedText(c.heldByUkraine, f), counts: countsText(c, f.locale) })} ${heldStrings[f.locale].claimsCaveat}`;
  return { description, marks: [...framed.marks, ...plot], table: () => claimsTable([c], title, f), hint: heldStrings[f.locale].hint };
}

function latest(o: NormalizedHeldCaptives, f: LocaleFormat, { width, height }: { width: number; height: number }): Part {
  const s = heldStrings[f.locale];
  const title = o.title ?? s.title;
  const claims = o.latest;
  const notes = [o.note, skippedNote(o.skipped, f), claims.some(hasRoughBar) ? s.approximateKey : null, s.claimsCaveat].filter((n): n is string => !!n);
  const framed = frame({ title, subtitle: o.subtitle, notes, sourced: [claims], plain: o.plain, credit: o.credit }, { width, height }, f);
  if (claims.length === 0) {
    return { description: s.noClaims, marks: [...framed.marks, ...emptyState(s.noClaims, { width, top: framed.top, bottom: framed.bottom })], table: () => claimsTable([], title, f), hint: "" };
  }
  const marks = [...framed.marks, ...latestMarks(claims, f, { left: PAD, right: width - PAD, top: framed.top, bottom: framed.bottom })];
  const each = claims.map((c) => f.fill(s.summarySingle, { claimant: fullName(c.claimant, f.locale), date: claimDate(c, f), russia: statedText(c.heldByRussia, f), ukraine: statedText(c.heldByUkraine, f), counts: countsText(c, f.locale) }));
  return { description: `${s.summaryLatest} ${each.join(" ")} ${s.claimsCaveat}`, marks, table: () => claimsTable(claims, title, f), hint: heldStrings[f.locale].hint };
}

function dots(o: NormalizedHeldCaptives, f: LocaleFormat, { width, height }: { width: number; height: number }): Part {
  const s = heldStrings[f.locale];
  const title = o.title ?? heldStrings[f.locale].title;
  // Undated claims cannot be placed on a time range, so a range leaves them out altogether.
  const inRange = inDateRange(o.claims, o.from, o.to);
  const dated = inRange.filter((c): c is HeldClaim & { date: string } => c.date !== null).sort(byDateThenId);
  const undated = inRange.filter((c) => c.date === null);
  const highlighted = (o.highlight === null ? undefined : findClaim(dated, o.highlight)) ?? dated.find((c) => c.id === o.claim?.id);
  const notes = [
    o.note,
    skippedNote(o.skipped, f),
    highlighted ? `${f.t.highlighted}: ${localName(highlighted.claimant, f.locale)}, ${claimDate(highlighted, f)}: ${pair(highlighted, f)}` : null,
    undatedNote(undated, width < 480, f),
    heldStrings[f.locale].claimsCaveat,
  ].filter((n): n is string => !!n);
  const framed = frame({ title, subtitle: o.subtitle, notes, sourced: [dated, undated], plain: o.plain, credit: o.credit }, { width, height }, f);
  const table = () => claimsTable([...dated, ...undated], title, f);
  if (dated.length === 0) {
    return { description: s.noClaims, marks: [...framed.marks, ...emptyState(s.noClaims, { width, top: framed.top, bottom: framed.bottom })], table, hint: "" };
  }
  const marks: Mark[] = [...framed.marks, ...dotsMarks(dated, f, { highlighted, range: o, box: { left: PAD, right: width - PAD, top: framed.top, bottom: framed.bottom } })];
  return { description: describeDots(dated, f), marks, table, hint: heldStrings[f.locale].hint };
}

/**
 * Claims by date, then id. Checked dates are YYYY-MM-DD, where comparing characters orders them
 * as localeCompare does, at a fraction of its cost on thousands of claims.
 */
function byDateThenId(a: HeldClaim & { date: string }, b: HeldClaim & { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id);
}

/** Names the undated claims with their figures; on narrow screens only counts them (the table lists them). */
function undatedNote(undated: readonly HeldClaim[], narrow: boolean, f: LocaleFormat): string | null {
  if (undated.length === 0) return null;
  const head = f.plural(heldStrings[f.locale].undatedNote, undated.length);
  return narrow ? `${head}.` : `${head}: ${undated.map((c) => `${localName(c.claimant, f.locale)}, ${pair(c, f)}`).join("; ")}`;
}

function describeDots(dated: readonly (HeldClaim & { date: string })[], f: LocaleFormat): string {
  const s = heldStrings[f.locale];
  const names = claimantNames(dated, f);
  const listed = names.slice(0, 6).join(", ") + (names.length > 6 ? ` ${f.fill(f.t.moreSources, { n: names.length - 6 })}` : "");
  const span = f.fill(s.summaryDots, { claims: f.plural(s.claimsCount, dated.length), from: f.date(dated[0]!.date, "month"), to: f.date(dated.at(-1)!.date, "month") });
  return `${span} ${f.fill(heldStrings[f.locale].summary, { claimants: listed })} ${heldStrings[f.locale].claimsCaveat}`;
}

/** The claimants' short names, each once, in order; thousands of claims come from a few claimants. */
function claimantNames(claims: readonly HeldClaim[], f: LocaleFormat): string[] {
  const short = new Map<string, string>();
  for (const c of claims) if (!short.has(c.claimant)) short.set(c.claimant, localName(c.claimant, f.locale));
  return [...new Set(short.values())];
}
