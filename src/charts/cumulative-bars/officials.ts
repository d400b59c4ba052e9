import { exchangeStrings } from "../exchange/strings.js";
import type { OfficialTotal } from "../../data/types.js";
import { statedFigure } from "../exchange/stated-figure.js";
import type { LocaleFormat } from "../core/locale.js";
import { px, type Focus, type Mark, type PathMark } from "../core/marks.js";
import { focusOf, type FocusText } from "../exchange/records.js";
import type { CumulativeBy } from "./options.js";
import { binOf, type Bin } from "./periods.js";
import { cumulativeStrings } from "./strings.js";

/** An official running total that has a place on the chart. */
export interface PlacedTotal {
  readonly total: OfficialTotal;
  readonly bin: number;
  readonly value: number;
  readonly exact: boolean;
}

/**
 * The totals comparable with the bars: Kyiv's running counts of people returned to Ukraine with a
 * number, dated within the bins (and the date range).
 *
 * @example
 * placeTotals(officialTotals, bins(exchanges, "month"), { by: "month", from: null, to: null }).length;
 */
export function placeTotals(totals: readonly OfficialTotal[], list: readonly Bin[], { by, from, to }: { readonly by: CumulativeBy; readonly from: string | null; readonly to: string | null }): PlacedTotal[] {
  const placed: PlacedTotal[] = [];
  for (const total of totals) {
    const figure = total.toUkraine;
    if (total.side !== "ukraine" || total.scope !== "running" || !figure || figure.qualifier === "unspecified") continue;
    if (typeof figure.value !== "number" || !Number.isFinite(figure.value) || figure.value < 0) continue;
    if ((from !== null && total.date < from) || (to !== null && total.date > to)) continue;
    const bin = binOf(list, total.date, by);
    if (bin >= 0) placed.push({ total, bin, value: figure.value, exact: figure.qualifier === "exact" });
  }
  return placed;
}

/**
 * A small diamond, filled when the figure is exact and hollow when approximate. Drawn after the
 * bars, so the pointer finds it before the column around it.
 */
export function diamond(key: string, { cx, cy, r, exact, focus }: { cx: number; cy: number; r: number; exact: boolean; focus?: Focus }): Mark {
  const d = `M${px(cx)},${px(cy - r)}L${px(cx + r)},${px(cy)}L${px(cx)},${px(cy + r)}L${px(cx - r)},${px(cy)}Z`;
  const mark: { -readonly [K in keyof PathMark]: PathMark[K] } = exact
    ? { kind: "path", key, layer: "marks", d, fill: "official", stroke: "background", strokeWidth: 1 }
    : { kind: "path", key, layer: "marks", d, fill: "background", stroke: "official", strokeWidth: 1.5 };
  if (focus) mark.focus = focus;
  return mark;
}

/** The marker of one official total; the pointer reaches it anywhere in a 12 px square around it. */
export function totalMarks(p: PlacedTotal, cx: number, cy: number, f: LocaleFormat): Mark[] {
  const square = { x: px(cx - 6), y: px(cy - 6), width: 12, height: 12 };
  return [diamond(`official-${p.total.id}`, { cx, cy, r: 4.5, exact: p.exact, focus: focusOf(p.total.id, totalText(p, f), { anchor: { x: px(cx), y: px(cy - 5) }, box: square }) })];
}

function totalText(p: PlacedTotal, f: LocaleFormat): FocusText {
  const s = cumulativeStrings(f.locale);
  const figure = statedFigure(p.total.toUkraine!, f);
  const date = f.date(p.total.date, "long");
  const rows: [string, string][] = [[exchangeStrings(f.locale).toUkraine, figure], [f.t.claimant, p.total.claimant], [f.t.date, date]];
  return { label: f.fill(s.markerLabel, { claimant: p.total.claimant, date, figure }), tooltip: { heading: s.officialTotal, rows, sources: p.total.sources } };
}
