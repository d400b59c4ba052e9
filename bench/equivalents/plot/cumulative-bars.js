import * as Plot from "@observablehq/plot";
import { monthlyCumulative } from "../series.js";

/** Running totals by month, the two directions side by side: what our cumulative bars draw. */
export function render(records, { width, height, document }) {
  const rows = monthlyCumulative(records);
  const long = rows.flatMap((r) => [
    { x1: r.date, x2: new Date(+r.date + 13 * 86_400_000), value: r.toUkraine, side: "to Ukraine" },
    { x1: new Date(+r.date + 14 * 86_400_000), x2: new Date(+r.date + 27 * 86_400_000), value: r.toRussia, side: "to Russia" },
  ]);
  return Plot.plot({
    width, height, document,
    title: "People returned in prisoner exchanges",
    caption: "Sources: …",
    x: { type: "utc" },
    y: { grid: true, label: "people" },
    color: { legend: true },
    marks: [Plot.rectY(long, { x1: "x1", x2: "x2", y1: 0, y2: "value", fill: "side" }), Plot.ruleY([0])],
  });
}
