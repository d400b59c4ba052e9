import * as Plot from "@observablehq/plot";
import { dataset } from "../../../src/data/dataset.ts";
import { officialTotals } from "../../../src/data/records/official-totals.ts";
import { dataLine, monthlyCumulative, officialPoints, sourcesLine, unreported } from "../series.js";
import { captionLines } from "./footer.js";

/**
 * Running totals by month, the two directions side by side, with what our cumulative bars draw:
 * title, legend, a pointer tip, Kyiv's official running totals as diamonds (hollow when
 * approximate) with their own tip, the end totals labelled, the "not counted" note and the footer.
 */
export function render(records, { width, height, document = globalThis.document }) {
  const rows = monthlyCumulative(records);
  const long = rows.flatMap((r) => [
    { x1: r.date, x2: new Date(+r.date + 13 * 86_400_000), value: r.toUkraine, side: "Returned to Ukraine" },
    { x1: new Date(+r.date + 14 * 86_400_000), x2: new Date(+r.date + 27 * 86_400_000), value: r.toRussia, side: "Returned to Russia" },
  ]);
  const first = rows[0]?.month ?? "", lastMonth = rows.at(-1)?.month ?? "";
  const points = officialPoints(officialTotals).filter((p) => p.month >= first && p.month <= lastMonth);
  const last = rows.at(-1) ?? { toUkraine: 0, toRussia: 0 };
  return Plot.plot({
    width, height, document,
    title: "People returned in prisoner exchanges",
    caption: captionLines(document, [`${unreported(records)} exchanges with unreported figures are not counted`, sourcesLine(records), dataLine(dataset)]),
    x: { type: "utc" },
    y: { grid: true, label: null },
    color: { legend: true, domain: ["Returned to Ukraine", "Returned to Russia"], range: ["#005bbb", "#b3261e"] },
    marks: [
      Plot.rectY(long, { x1: "x1", x2: "x2", y1: 0, y2: "value", fill: "side", tip: true }),
      Plot.dot(points, { x: (p) => new Date(+p.date + 14 * 86_400_000), y: "value", symbol: "diamond", fill: (p) => (p.exact ? "#1a1a1a" : "white"), stroke: "#1a1a1a", channels: { claim: "title" }, tip: true }),
      Plot.ruleY([0]),
      Plot.text([`${last.toUkraine.toLocaleString("en")} to Ukraine`], { frameAnchor: "top-right", fill: "#005bbb", fontWeight: "bold" }),
      Plot.text([`${last.toRussia.toLocaleString("en")} to Russia`], { frameAnchor: "top-right", dy: 14, fill: "#b3261e", fontWeight: "bold" }),
    ],
  });
}
