import { exchangeStrings } from "../exchange/strings.js";
import type { LocaleFormat } from "../core/locale.js";
import { px, type Mark } from "../core/marks.js";
import { legend, type LegendEntry } from "../layout/legend.js";
import { diamond } from "./officials.js";
import { cumulativeStrings } from "./strings.js";

/** The lighter shade of people only one side reported: in the bars and in the key. */
export const ONE_SIDED_OPACITY = 0.45;

/**
 * Swatches for the two series, the lighter shade of figures only one side gave (when there are
 * any) and the official-total marker (when one is drawn), wrapping to the width.
 */
export function seriesLegend(f: LocaleFormat, show: { official: boolean; oneSided: boolean }, box: { left: number; top: number; width: number }): { marks: Mark[]; height: number } {
  const rect = (key: string, fill: "toUkraine" | "toRussia") => (x: number, y: number): Mark[] => [
    { kind: "rect", key: `legend-swatch-${key}`, layer: "frame", x: px(x), y: px(y + 1), width: 10, height: 10, fill },
  ];
  // Half a swatch of each colour, lighter: the people only one side reported.
  const oneSided = (x: number, y: number): Mark[] => (["toUkraine", "toRussia"] as const).map((fill, i) => (
    { kind: "rect", key: `legend-swatch-one-sided-${i === 0 ? "u" : "r"}`, layer: "frame", x: px(x + 5 * i), y: px(y + 1), width: 5, height: 10, fill, opacity: ONE_SIDED_OPACITY }
  ));
  const entries: LegendEntry[] = [
    { key: "to-ukraine", label: exchangeStrings(f.locale).toUkraine, symbol: rect("to-ukraine", "toUkraine") },
    { key: "to-russia", label: exchangeStrings(f.locale).toRussia, symbol: rect("to-russia", "toRussia") },
  ];
  if (show.oneSided) entries.push({ key: "one-sided", label: cumulativeStrings(f.locale).oneSidedLegend, symbol: oneSided });
  if (show.official) {
    entries.push({ key: "official", label: cumulativeStrings(f.locale).officialLegend, symbol: (x, y) => [{ ...diamond("legend-swatch-official", { cx: x + 5, cy: y + 6, r: 4.5, exact: true }), layer: "frame" }] });
  }
  return legend(entries, box);
}
