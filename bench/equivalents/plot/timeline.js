import * as Plot from "@observablehq/plot";
import { utc } from "../series.js";

const DAY = 86_400_000;

/** Mirrored bars per exchange on a time axis, coloured by mediator: what our timeline draws. */
export function render(records, { width, height, document }) {
  const data = records.map((r) => ({ x1: utc(r.date), x2: new Date(+utc(r.date) + 3 * DAY), up: r.toUkraine, down: r.toRussia === null ? null : -r.toRussia, mediator: r.mediators[0] ?? "none" }));
  return Plot.plot({
    width, height, document,
    title: "Prisoner exchanges between Russia and Ukraine",
    caption: "Sources: …",
    x: { type: "utc" },
    y: { grid: true, label: "people" },
    color: { legend: true },
    marks: [
      Plot.rectY(data, { x1: "x1", x2: "x2", y1: 0, y2: "up", fill: "mediator" }),
      Plot.rectY(data, { x1: "x1", x2: "x2", y1: 0, y2: "down", fill: "mediator" }),
      Plot.ruleY([0]),
    ],
  });
}
