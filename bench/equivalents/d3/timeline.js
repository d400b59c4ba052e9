import * as d3 from "d3";
import { dataset } from "../../../src/data/dataset.ts";
import { dataLine, disputeOutlines, exchangeTitle, largest, sourcesLine, utc } from "../series.js";
import { margin, svgFrame } from "./frame.js";

const MEDIATORS = ["UAE", "Turkey", "USA", "Saudi Arabia", "Qatar"];

/**
 * Mirrored bars per exchange with d3-scale, d3-axis and a d3-selection join, with what ours draws:
 * title, mediator legend, side labels, a native tooltip (<title>) per bar, dashed outlines for
 * disputed figures, the largest exchange labelled, and the two footer lines.
 */
export function render(target, records, size) {
  const { width, height } = size;
  const color = d3.scaleOrdinal(MEDIATORS, d3.schemeTableau10).unknown("#8c8c8c");
  const svg = svgFrame(target, size, {
    title: "Prisoner exchanges between Russia and Ukraine",
    legend: [...MEDIATORS.slice(0, 3), "none reported"].map((m) => [m, color(m)]),
    footer: [sourcesLine(records), dataLine(dataset)],
  });
  const x = d3.scaleUtc().domain(d3.extent(records, (r) => utc(r.date))).range([margin.left, width - margin.right]);
  const peak = d3.max(records, (r) => Math.max(r.toUkraine ?? 0, r.toRussia ?? 0)) ?? 10;
  const y = d3.scaleLinear().domain([-peak, peak]).nice().range([height - margin.bottom, margin.top]);
  const w = Math.max(1.5, Math.min(6, ((width - margin.left - margin.right) / Math.max(1, records.length)) * 0.8));
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).ticks(width / 80));
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(6).tickFormat((v) => d3.format(",")(Math.abs(v))))
    .call((g) => g.selectAll(".tick line").clone().attr("x2", width - margin.left - margin.right).attr("stroke-opacity", 0.1));
  svg.append("text").attr("x", margin.left + 2).attr("y", margin.top - 4).attr("fill", "#005bbb").attr("font-weight", "bold").text("↑ Returned to Ukraine");
  svg.append("text").attr("x", margin.left + 2).attr("y", height - margin.bottom + 30).attr("fill", "#b3261e").attr("font-weight", "bold").text("↓ Returned to Russia");
  const bars = (field, sign) => svg.append("g").selectAll("rect")
    .data(records.filter((r) => r[field] !== null), (r) => r.id)
    .join("rect")
    .attr("x", (r) => x(utc(r.date)) - w / 2)
    .attr("y", (r) => (sign > 0 ? y(r[field]) : y(0)))
    .attr("width", w)
    .attr("height", (r) => Math.abs(y(0) - y(sign * r[field])))
    .attr("fill", (r) => color(r.mediators[0] ?? "none"))
    .call((rect) => rect.append("title").text(exchangeTitle));
  bars("toUkraine", 1);
  bars("toRussia", -1);
  svg.append("g").attr("fill", "none").attr("stroke", "#333").attr("stroke-dasharray", "3 2").selectAll("rect").data(disputeOutlines(records)).join("rect")
    .attr("x", (d) => x(utc(d.r.date)) - w / 2 - 1).attr("width", w + 2)
    .attr("y", (d) => (d.up ? y(d.value) : y(0))).attr("height", (d) => Math.abs(y(0) - y(d.value)) || 0);
  svg.append("line").attr("x1", margin.left).attr("x2", width - margin.right).attr("y1", y(0)).attr("y2", y(0)).attr("stroke", "#767676");
  const top = largest(records);
  if (top) svg.append("text").attr("x", x(utc(top.date))).attr("y", y(top.toUkraine) - 4).attr("text-anchor", "middle").attr("font-size", 10)
    .text(`${d3.format(",")(top.toUkraine)} · ${d3.utcFormat("%b %Y")(utc(top.date))}`);
  return svg.node();
}
