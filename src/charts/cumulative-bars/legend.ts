import { exchangeStrings } from "../exchange/strings.js";
import type { LocaleFormat } from "../core/locale.js";
import { px, type Mark } from "../core/marks.js";
import { textWidth } from "../layout/text.js";
import { diamond } from "./officials.js";
import { cumulativeStrings } from "./strings.js";

const SIZE = 11;
/** The lighter shade of people only one side reported: in the bars and in the key. */
export const ONE_SIDED_OPACITY = 0.45;
const ROW = 16;

/**
 * Swatches for the two series, the lighter shade of figures only one side gave (when there are
 * any) and the official-total marker (when one is drawn), wrapping to the width.
 */
export function seriesLegend(f: LocaleFormat, show: { official: boolean; oneSided: boolean }, { left, top, width }: { left: number; top: number; width: number }): { marks: Mark[]; height: number } {
  const entries: [key: string, label: string][] = [["to-ukraine", exchangeStrings(f.locale).toUkraine], ["to-russia", exchangeStrings(f.locale).toRussia]];
  if (show.oneSided) entries.push(["one-sided", cumulativeStrings(f.locale).oneSidedLegend]);
  if (show.official) entries.push(["official", cumulativeStrings(f.locale).officialLegend]);
  const marks: Mark[] = [];
  let x = left;
  let y = top;
  for (const [key, label] of entries) {
    const w = 14 + textWidth(label, SIZE) + 12;
    if (x + w > left + width && x > left) {
      x = left;
      y += ROW;
    }
    if (key === "official") marks.push({ ...diamond("legend-swatch-official", { cx: x + 5, cy: y + 6, r: 4.5, exact: true }), layer: "frame" });
    else if (key === "one-sided") {
      marks.push(
        { kind: "rect", key: "legend-swatch-one-sided-u", layer: "frame", x: px(x), y: px(y + 1), width: 5, height: 10, fill: "toUkraine", opacity: ONE_SIDED_OPACITY },
        { kind: "rect", key: "legend-swatch-one-sided-r", layer: "frame", x: px(x + 5), y: px(y + 1), width: 5, height: 10, fill: "toRussia", opacity: ONE_SIDED_OPACITY },
      );
    }
    else marks.push({ kind: "rect", key: `legend-swatch-${key}`, layer: "frame", x: px(x), y: px(y + 1), width: 10, height: 10, fill: key === "to-ukraine" ? "toUkraine" : "toRussia" });
    marks.push({ kind: "text", key: `legend-label-${key}`, layer: "frame", x: px(x + 14), y: px(y + 10), text: label, size: SIZE, fill: "text" });
    x += w;
  }
  return { marks, height: y - top + ROW };
}
