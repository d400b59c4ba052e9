import type { Exchange } from "../../data/types.js";
import { utcMs } from "../layout/time.js";

/** The longest span, first stage to last, of an agreement drawn as one stacked column. */
const STACK_DAYS = 7;
const DAY = 86_400_000;

/**
 * What the timeline draws as one column: a single exchange, or the stages of one agreement carried
 * out within a week (Istanbul's 1,000 for 1,000 over three days), stacked so the stages stay apart.
 */
export interface TimelineEvent {
  /** The first stage's id: the column's key. */
  readonly key: string;
  /** The stages in date order (one record for a single exchange). */
  readonly records: readonly Exchange[];
  /** Where the column stands: the first stage's day, in UTC milliseconds. */
  readonly ms: number;
  /** The agreement the stages belong to, or null for a single exchange. */
  readonly agreement: string | null;
}

/**
 * Groups records (in date order) into events. Stages of an agreement that stretch over more than a
 * week (Istanbul-2's nine stages over six weeks) stay columns of their own, since one stacked
 * column would hide when they happened.
 *
 * @example
 * timelineEvents(exchanges).find((e) => e.agreement === "Istanbul 1000 for 1000")?.records.length; // 3
 */
export function timelineEvents(records: readonly Exchange[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (let i = 0; i < records.length; ) {
    const first = records[i]!;
    const ms = utcMs(first.date);
    let j = i + 1;
    // Only a whole run of an agreement's stages stacks: never its tail after a stage weeks earlier.
    if (first.agreement !== null && records[i - 1]?.agreement !== first.agreement) {
      while (j < records.length && records[j]!.agreement === first.agreement && utcMs(records[j]!.date) - ms <= STACK_DAYS * DAY) j++;
      if (j < records.length && records[j]!.agreement === first.agreement) j = i + 1;
    }
    const stages = records.slice(i, j);
    events.push({ key: first.id, records: stages, ms, agreement: stages.length > 1 ? first.agreement : null });
    i = j;
  }
  return events;
}

/** An event's people returned to Ukraine and to Russia, or null where no stage has a figure. */
export function eventTotals(event: TimelineEvent): { toUkraine: number | null; toRussia: number | null } {
  let toUkraine: number | null = null;
  let toRussia: number | null = null;
  for (const r of event.records) {
    if (r.toUkraine !== null) toUkraine = (toUkraine ?? 0) + r.toUkraine;
    if (r.toRussia !== null) toRussia = (toRussia ?? 0) + r.toRussia;
  }
  return { toUkraine, toRussia };
}
