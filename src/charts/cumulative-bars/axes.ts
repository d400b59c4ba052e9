import type { BandScale } from "../layout/scales.js";
import type { LocaleFormat } from "../core/locale.js";
import { px, type Mark } from "../core/marks.js";
import { textWidth } from "../layout/text.js";
import { tickSize } from "../layout/type-scale.js";
import type { CumulativeBy } from "./options.js";
import type { Bin } from "./periods.js";

const GAP = 8;

interface Tick { readonly bin: number; readonly text: string; readonly align: "start" | "middle" }

/**
 * Period labels under the bars, as many as fit: months every 1, 2, 3 or 6 months when there is room,
 * otherwise years (every 1, 2, 5, 10… years); by exchange, each year where it begins.
 */
export function xAxis(list: readonly Bin[], x: BandScale<string>, f: LocaleFormat, { by, baseline, width }: { readonly by: CumulativeBy; readonly baseline: number; readonly width: number }): Mark[] {
  const step = x.step();
  const size = tickSize(width);
  const placed: [number, number][] = [];
  const marks: Mark[] = [];
  for (const tick of ticks(list, by, step, f, size)) {
    const bin = list[tick.bin]!;
    const w = textWidth(tick.text, size);
    const edge = x(bin.key) ?? 0;
    const anchorX = tick.align === "start" ? edge : edge + x.bandwidth() / 2;
    // Glyph widths are estimates, so labels keep a margin from the right edge rather than touching it.
    const lo = Math.max(0, Math.min(tick.align === "start" ? anchorX : anchorX - w / 2, width - w - 6));
    if (placed.some(([a, b]) => lo < b + GAP && lo + w + GAP > a)) continue;
    placed.push([lo, lo + w]);
    if (tick.align === "start") {
      marks.push({ kind: "line", key: `xtick-${bin.key}`, layer: "grid", x1: px(edge), x2: px(edge), y1: px(baseline), y2: px(baseline + 4), stroke: "axis", strokeWidth: 1 });
    }
    marks.push({ kind: "text", key: `xlabel-${bin.key}`, layer: "grid", x: px(lo), y: px(baseline + 4 + size), text: tick.text, size, fill: "muted" });
  }
  return marks;
}

function ticks(list: readonly Bin[], by: CumulativeBy, step: number, f: LocaleFormat, size: number): Tick[] {
  const year = (b: Bin) => Number(b.start.slice(0, 4));
  const yearWidth = textWidth("0000", size) + GAP;
  if (by === "year") {
    const every = niceEvery(yearWidth / Math.max(step, 1e-9), [1, 2, 5]);
    return list.map((b, i) => ({ bin: i, text: b.key, align: "middle" as const })).filter((t) => year(list[t.bin]!) % every === 0);
  }
  if (by === "exchange") {
    return list.flatMap((b, i) => (i === 0 || year(b) !== year(list[i - 1]!) ? [{ bin: i, text: String(year(b)), align: "start" as const }] : []));
  }
  const monthWidth = Math.max(...list.slice(0, 12).map((b) => textWidth(f.date(b.start, "month"), size))) + GAP;
  const months = [1, 2, 3, 6].find((k) => k * step >= monthWidth);
  const month = (b: Bin) => Number(b.start.slice(5, 7)) - 1;
  if (months !== undefined) {
    return list.flatMap((b, i) => (month(b) % months === 0 ? [{ bin: i, text: f.date(b.start, "month"), align: "middle" as const }] : []));
  }
  const every = niceEvery(yearWidth / Math.max(step * 12, 1e-9), [1, 2, 5]);
  const regular = list.flatMap((b, i) => (month(b) === 0 && year(b) % every === 0 ? [{ bin: i, text: String(year(b)), align: "start" as const }] : []));
  // The first year gets a label too when it starts mid-year, unless that would crowd the next one.
  return month(list[0]!) === 0 ? regular : [...regular, { bin: 0, text: String(year(list[0]!)), align: "start" }];
}

/** The smallest of 1, 2, 5, 10, 20, 50… that is at least `need`. */
function niceEvery(need: number, mantissas: readonly number[]): number {
  for (let power = 1; power < 1e6; power *= 10) {
    for (const m of mantissas) if (m * power >= need) return m * power;
  }
  return 1e6;
}
