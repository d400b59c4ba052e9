import { dataset } from "../../data/dataset.js";
import type { Source } from "../../data/types.js";
import { localName } from "../exchange/claimants.js";
import type { LocaleFormat } from "../core/locale.js";
import { px, type TextMark } from "../core/marks.js";
import { wrap } from "./text.js";
import { packageVersion } from "../core/version.js";

export const TITLE_SIZE = 17;
export const SUBTITLE_SIZE = 13;
export const FOOTER_SIZE = 11;
const PAD = 8;

/** Anything that cites sources: an exchange, a claim, an official total. */
export interface Sourced {
  readonly sources: readonly Source[];
}

/** What the header and footer say. */
export interface FrameText {
  readonly title: string;
  readonly subtitle: string | null;
  /** Lines printed above the sources, e.g. a caveat or the user's note. */
  readonly notes: readonly string[];
  /** Whose sources the footer credits, in order: lists of records, not copied into one list of sources. */
  readonly sourced: readonly (readonly Sourced[])[];
  readonly plain: boolean;
  /** The newsroom credited with the graphic ("Chart: …"), or null. */
  readonly credit?: string | null;
}

/** The header and footer marks, and the box left for the plot. */
export interface Frame {
  readonly marks: TextMark[];
  readonly top: number;
  readonly bottom: number;
}

/**
 * Lays out the title, subtitle, notes, source publishers and the dataset line around a plot.
 * With `plain`, draws nothing and leaves the whole height to the plot.
 */
export function frame(text: FrameText, { width, height }: { readonly width: number; readonly height: number }, f: LocaleFormat): Frame {
  if (text.plain) return { marks: [], top: PAD, bottom: height - PAD };
  const marks: TextMark[] = [];
  const inner = Math.max(40, width - 2 * PAD);
  let y = PAD;
  const lines = (key: string, content: string, size: number, weight: "normal" | "bold", fill: "text" | "muted", maxLines: number) =>
    wrap(content, { width: inner, size, maxLines, bold: weight === "bold" }).map((line, i) => ({ key: `${key}-${i}`, line, size, weight, fill }));

  const header = [
    ...lines("title", text.title, TITLE_SIZE, "bold", "text", 3),
    ...(text.subtitle ? lines("subtitle", text.subtitle, SUBTITLE_SIZE, "normal", "muted", 3) : []),
  ];
  for (const l of header) {
    y += l.size * 1.25;
    marks.push({ kind: "text", key: `frame-${l.key}`, layer: "frame", x: PAD, y: px(y - l.size * 0.25), text: l.line, size: l.size, weight: l.weight, fill: l.fill });
  }
  const top = y + PAD;

  const footer = [
    ...text.notes.flatMap((note, i) => lines(`note${i}`, note, FOOTER_SIZE, "normal", "muted", 3)),
    ...lines("sources", sourcesLine(text.sourced, f), FOOTER_SIZE, "normal", "muted", 4),
    ...(text.credit ? lines("credit", f.fill(f.t.credit, { credit: text.credit }), FOOTER_SIZE, "normal", "muted", 2) : []),
    ...lines("data", f.fill(f.t.dataLine, { version: dataset.version, date: f.date(dataset.coverage.sourcesReadTo), package: packageVersion }), FOOTER_SIZE, "normal", "muted", 2),
  ];
  let fy = height - PAD;
  for (const l of [...footer].reverse()) {
    marks.push({ kind: "text", key: `frame-${l.key}`, layer: "frame", x: PAD, y: px(fy - l.size * 0.25), text: l.line, size: l.size, fill: l.fill });
    fy -= l.size * 1.3;
  }
  return { marks, top: px(top), bottom: px(fy - PAD) };
}

/**
 * The footer's sources: the primary sources first (who gave the figures: the Coordination HQ, the
 * Defence Ministry, a mediator), most frequent first, then the outlets that reported them; or,
 * for records that name no claimant, the outlets alone. E.g. "Sources: Russian Defence Ministry,
 * Andriy Yermak, Volodymyr Zelensky and 12 more; reported by Ukrainska Pravda, Interfax-Ukraine
 * and 206 more".
 *
 * @example
 * sourcesLine([exchanges], localeFormat("en")); // "Sources: Russian Defence Ministry, …; reported by …"
 */
export function sourcesLine(sourced: readonly (readonly Sourced[])[], f: LocaleFormat, shown = 4): string {
  const publishers = mergeCounts(sourced.map(publishersOf));
  const claimants = mergeCounts(sourced.map((list) => claimantsOf(list, f)));
  if (claimants.size === 0) return `${f.t.sources}: ${mostFrequent(publishers, shown, f)}`;
  return `${f.t.sources}: ${mostFrequent(claimants, 3, f)}; ${f.fill(f.t.reportedBy, { publishers: mostFrequent(publishers, 2, f) })}`;
}

/** The counts of several lists added up, without copying when there is one. */
function mergeCounts(maps: readonly ReadonlyMap<string, { readonly n: number }>[]): ReadonlyMap<string, { readonly n: number }> {
  if (maps.length === 1) return maps[0]!;
  const merged = new Map<string, { n: number }>();
  for (const map of maps) {
    map.forEach(({ n }, name) => tally(merged, name, n));
  }
  return merged;
}

/** "A, B, C and 5 more": the `shown` most frequent names, ties by name, picked in one pass. */
function mostFrequent(counts: ReadonlyMap<string, { readonly n: number }>, shown: number, f: LocaleFormat): string {
  const top: [name: string, n: number][] = [];
  counts.forEach(({ n }, name) => {
    let i = top.length;
    while (i > 0 && (n > top[i - 1]![1] || (n === top[i - 1]![1] && name.localeCompare(top[i - 1]![0]) < 0))) i--;
    if (i < shown) {
      top.splice(i, 0, [name, n]);
      if (top.length > shown) top.pop();
    }
  });
  const rest = counts.size - shown;
  return `${top.map(([name]) => name).join(", ")}${rest > 0 ? ` ${f.fill(f.t.moreSources, { n: rest })}` : ""}`;
}

/**
 * Who gave the figures of each record: an exchange's two claimants, or a claim's or total's own,
 * by short name in the chart's language (so "Coordination HQ (via RFE/RL)" counts as the HQ).
 * Records are counted by the data's words first: thousands of records name a few claimants, so
 * each wording is named once.
 */
function claimantsOf(list: readonly Sourced[], f: LocaleFormat): ReadonlyMap<string, { readonly n: number }> {
  const worded = new Map<string, { n: number }>();
  const add = (claimant: unknown) => {
    if (typeof claimant === "string" && claimant !== "") tally(worded, claimant, 1);
  };
  for (const record of list as readonly { reportedBy?: { toUkraine?: { claimant?: unknown } | null; toRussia?: { claimant?: unknown } | null }; claimant?: unknown }[]) {
    if (record?.reportedBy) {
      add(record.reportedBy.toUkraine?.claimant);
      add(record.reportedBy.toRussia?.claimant);
    } else add(record?.claimant);
  }
  const named = new Map<string, { n: number }>();
  worded.forEach(({ n }, claimant) => tally(named, localName(claimant, f.locale), n));
  return named;
}

/** Adds `n` to `name`'s count. */
function tally(counts: Map<string, { n: number }>, name: string, n: number): void {
  const box = counts.get(name);
  if (box) box.n += n;
  else counts.set(name, { n });
}

/**
 * How often each publisher is cited in a list, counted at every call (no cache keyed on the array:
 * the footer names the publishers of the records drawn now). One map lookup per source: a
 * publisher's count lives in a box the map hands back, and a repeated publisher needs none.
 */
function publishersOf(list: readonly unknown[]): ReadonlyMap<string, { readonly n: number }> {
  const boxes = new Map<string, { n: number }>();
  let last = "", box = { n: 0 };
  for (let i = 0; i < list.length; i++) {
    const sources = (list[i] as Sourced).sources;
    for (let j = 0; j < sources.length; j++) {
      // `?.`: holes in a sparse list are no sources, as when the lists were flattened.
      const publisher = sources[j]?.publisher;
      if (publisher === undefined) continue;
      if (publisher !== last) {
        const found = boxes.get(publisher);
        if (found) box = found;
        else boxes.set(publisher, (box = { n: 0 }));
        last = publisher;
      }
      box.n++;
    }
  }
  return boxes;
}
