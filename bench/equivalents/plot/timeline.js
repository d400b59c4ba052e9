import * as Plot from "@observablehq/plot";
import { dataset } from "../../../src/data/dataset.ts";
import { dataLine, disputeOutlines, largest, sourcesLine, utc } from "../series.js";
import { captionLines } from "./footer.js";

const DAY = 86_400_000;
const sources = (r) => (r.sources ?? []).slice(0, 4).map((s) => s.publisher).join(" · ");

/**
 * Mirrored bars per exchange on a time axis, coloured by mediator, with what our timeline draws:
 * title, legend, side labels, a tooltip (Plot's pointer tip, like ours made on first hover) with
 * the figures and sources, dashed outlines for disputed figures, the largest exchange labelled,
 * and the footer (sources, dataset version) as a two-line caption.
 */
export function render(records, { width, height, document = globalThis.document }) {
  const data = records.map((r) => ({ x1: utc(r.date), x2: new Date(+utc(r.date) + 3 * DAY), up: r.toUkraine, down: r.toRussia === null ? null : -r.toRussia, mediator: r.mediators[0] ?? "none reported", sources: sources(r) }));
  const disputes = disputeOutlines(records).map((d) => ({ x1: utc(d.r.date), x2: new Date(+utc(d.r.date) + 3 * DAY), y: d.up ? d.value : -d.value }));
  const top = largest(records);
  const tip = { channels: { sources: "sources" }, format: { x1: true, x2: false, sources: true } };
  return Plot.plot({
    width, height, document,
    title: "Prisoner exchanges between Russia and Ukraine",
    caption: captionLines(document, [sourcesLine(records), dataLine(dataset)]),
    x: { type: "utc" },
    y: { grid: true, label: null, tickFormat: (v) => Math.abs(v).toLocaleString("en") },
    color: { legend: true, label: "Mediator" },
    marks: [
      Plot.rectY(data, { x1: "x1", x2: "x2", y1: 0, y2: "up", fill: "mediator", channels: { sources: "sources" }, tip }),
      Plot.rectY(data, { x1: "x1", x2: "x2", y1: 0, y2: "down", fill: "mediator", channels: { sources: "sources" }, tip }),
      Plot.rectY(disputes, { x1: "x1", x2: "x2", y1: 0, y2: "y", stroke: "#333", strokeDasharray: "3 2" }),
      Plot.ruleY([0]),
      Plot.text(["↑ Returned to Ukraine"], { frameAnchor: "top-left", fill: "#005bbb", fontWeight: "bold", dy: -4 }),
      Plot.text(["↓ Returned to Russia"], { frameAnchor: "bottom-left", fill: "#b3261e", fontWeight: "bold", dy: 4 }),
      top ? Plot.text([top], { x: (r) => utc(r.date), y: "toUkraine", text: (r) => `${r.toUkraine.toLocaleString("en")} · ${r.date.slice(0, 7)}`, dy: -6, fontSize: 10 }) : null,
    ],
  });
}
