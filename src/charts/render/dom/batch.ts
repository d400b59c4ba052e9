import { px, type Mark, type PathMark } from "../../core/marks.js";
import { geometry } from "./paint.js";

/** Marks drawn together as one <path>: same layer, kind and paint. */
export interface Batch {
  /** Stable across renders while the paint stays the same, so the join keeps the element. */
  readonly key: string;
  readonly marks: readonly Mark[];
}

/**
 * Splits a group of marks (one layer, one kind) into the marks that keep an element of their own
 * (text) and batches of the rest by paint; invisible marks (opacity 0) are left out, as nothing
 * of them would show. A chart has hundreds of bars, ticks and stubs: one path per paint costs the
 * browser one element instead of hundreds. Pointer and keyboard find records through the marks'
 * `focus`, not through elements.
 *
 * @example
 * const { single, batches } = batchMarks("marks/rect", marks);
 */
export function batchMarks(group: string, marks: readonly Mark[]): { single: Mark[]; batches: Batch[] } {
  const single: Mark[] = [];
  const byPaint = new Map<string, Mark[]>();
  let last: Mark | undefined;
  let lastList: Mark[] = [];
  for (const m of marks) {
    if (m.kind === "text") {
      single.push(m);
      continue;
    }
    if (m.opacity === 0) continue;
    // Neighbours mostly share a paint: then no key string is built for the mark.
    if (last && m.fill === last.fill && m.stroke === last.stroke && m.strokeWidth === last.strokeWidth && m.dash === last.dash && m.opacity === last.opacity) {
      lastList.push(m);
      continue;
    }
    const paint = `${group}|${m.fill ?? ""}|${m.stroke ?? ""}|${m.strokeWidth ?? ""}|${m.dash ?? ""}|${m.opacity ?? ""}`;
    const list = byPaint.get(paint);
    if (list) list.push(m);
    else byPaint.set(paint, [m]);
    last = m;
    lastList = list ?? byPaint.get(paint)!;
  }
  return { single, batches: [...byPaint].map(([key, list]) => ({ key, marks: list })) };
}

/**
 * The path mark a batch draws as: every mark's outline as a subpath, painted like the first mark.
 * Lines stay unfilled, as a <line> is.
 */
export function batchPath(batch: Batch): PathMark {
  // The first mark's paint fields carry over; its geometry is ignored for a path, and its focus
  // belongs to its record, not to the batch.
  const { focus: _focus, ...first } = batch.marks[0]!;
  return { ...(first as Omit<Mark, "kind">), kind: "path", key: batch.key, d: pathData(batch.marks), fill: first.kind === "line" ? "none" : first.fill ?? "none" };
}

/** Marks' outlines as one path's data. */
export function pathData(marks: readonly Mark[]): string {
  let d = "";
  for (const m of marks) d += markOutline(m);
  return d;
}

/**
 * One mark as path data. Shapes SVG would not render (a rect or circle with no area) give an
 * empty string, so a stroked batch does not draw them as hairlines either.
 */
export function markOutline(m: Mark): string {
  switch (m.kind) {
    case "rect":
      return m.width > 0 && m.height > 0 ? `M${m.x},${m.y}h${m.width}v${m.height}h${-m.width}Z` : "";
    case "circle":
      return m.r > 0 ? `M${px(m.cx - m.r)},${m.cy}a${m.r},${m.r} 0 1 0 ${px(2 * m.r)},0a${m.r},${m.r} 0 1 0 ${px(-2 * m.r)},0Z` : "";
    case "line":
      return `M${m.x1},${m.y1}L${m.x2},${m.y2}`;
    case "path":
      return m.d;
    case "text":
      return "";
  }
}

/**
 * A mark part of the way from `from` to `to` (eased `e` in 0–1), for animating a batch: only the
 * numbers in `geometry` move, as they do for a mark with its own element.
 */
export function interpolateMark(from: Mark, to: Mark, e: number): Mark {
  const names = geometry[to.kind];
  if (from.kind !== to.kind || names.length === 0) return to;
  const out = { ...to } as Record<string, unknown>;
  const a = from as unknown as Record<string, number>, b = to as unknown as Record<string, number>;
  for (const n of names) out[n] = px(a[n]! + (b[n]! - a[n]!) * e);
  return out as unknown as Mark;
}
