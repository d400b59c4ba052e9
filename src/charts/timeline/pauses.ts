import type { Gap } from "../../data/series/gaps.js";
import type { Exchange } from "../../data/types.js";
import type { LocaleFormat } from "../core/locale.js";
import { px, type Mark } from "../core/marks.js";
import type { LinearScale } from "../layout/scales.js";
import { textWidth, wrap } from "../layout/text.js";
import { utcMs } from "../layout/time.js";
import { UNREPORTED_H } from "./column.js";
import { timelineStrings } from "./strings.js";

const DAY = 86_400_000;

/** Where the pause notes go: the chart's width, its time scale and baseline, and the label size. */
export interface PauseContext {
  readonly width: number;
  readonly x: LinearScale;
  readonly baseline: number;
  readonly f: LocaleFormat;
  readonly size: number;
}

/**
 * Notes the longest pauses between exchanges (at least `months` long; three, or one on a narrow
 * chart) with a dotted line over the gap and "no exchange for N months" above the baseline. A
 * note that would not fit its gap on two lines is left out, never squeezed. `months` 0: none.
 *
 * @example
 * pauseNotes(records, 4, { width: 1280, x, baseline: 200, f: localeFormat("en"), size: 11 });
 * // [{ kind: "line", key: "pause-2023-01-08", … }, { kind: "text", text: "no exchange for 7 months", … }, …]
 */
export function pauseNotes(records: readonly Exchange[], months: number, c: PauseContext): Mark[] {
  if (months === 0) return [];
  const long = pauses(records, Math.round(months * 30.44)).slice(0, c.width < 480 ? 1 : 3);
  return long.flatMap((g) => {
    const x1 = c.x(utcMs(g.after.date)) + 4;
    const x2 = c.x(utcMs(g.before.date)) - 4;
    const lines = wrap(c.f.plural(timelineStrings(c.f.locale).pause, Math.round(g.days / 30.44)), { width: x2 - x1, size: c.size, maxLines: 3 });
    if (lines.length > 2 || lines.some((l) => l.endsWith("…") || textWidth(l, c.size) > x2 - x1)) return [];
    const y = c.baseline - UNREPORTED_H - 4;
    return [
      { kind: "line", key: `pause-${g.after.id}`, layer: "annotations", x1: px(x1), x2: px(x2), y1: px(y + 2), y2: px(y + 2), stroke: "muted", strokeWidth: 1, dash: "1 2" },
      ...lines.map((line, i): Mark => ({ kind: "text", key: `pause-label-${g.after.id}-${i}`, layer: "annotations", x: px((x1 + x2) / 2), y: px(y - 2 - (lines.length - 1 - i) * (c.size + 2)), text: line, size: c.size, anchor: "middle", fill: "muted" })),
    ] satisfies Mark[];
  });
}

/**
 * The pauses between exchanges known to the day, at least `minDays` long, longest first (as
 * `gaps()` of the data API; records known only to the month are left out).
 *
 * @example
 * // Exchanges on 2023-01-08, 2023-08-07 and 2024-01-03:
 * pauses(records, 120).map((g) => [g.after.id, g.days]); // [["2023-01-08", 211], ["2023-08-07", 149]]
 */
export function pauses(records: readonly Exchange[], minDays: number): Gap[] {
  const found: Gap[] = [];
  let last: Exchange | undefined;
  for (const r of records) {
    // Records known only to the month are left out, since their day is not known.
    if (r.datePrecision === "month") continue;
    const d = last ? Math.round((utcMs(r.date) - utcMs(last.date)) / DAY) : 0;
    if (last && d >= minDays && d > 0) found.push({ after: last, before: r, days: d });
    last = r;
  }
  return found.sort((a, b) => b.days - a.days || (a.after.date < b.after.date ? -1 : 1));
}
