import * as d3 from "d3";
import { utc } from "../series.js";
import { margin, svgFrame } from "./frame.js";

/** Mirrored bars per exchange with d3-scale, d3-axis and a d3-selection join. */
export function render(target, records, size) {
  const { width, height } = size;
  const svg = svgFrame(target, size, "Prisoner exchanges between Russia and Ukraine");
  const x = d3.scaleUtc().domain(d3.extent(records, (r) => utc(r.date))).range([margin.left, width - margin.right]);
  const peak = d3.max(records, (r) => Math.max(r.toUkraine ?? 0, r.toRussia ?? 0)) ?? 10;
  const y = d3.scaleLinear().domain([-peak, peak]).nice().range([height - margin.bottom, margin.top]);
  const color = d3.scaleOrdinal(d3.schemeTableau10);
  const w = Math.max(1.5, Math.min(6, ((width - margin.left - margin.right) / Math.max(1, records.length)) * 0.8));
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).ticks(width / 80));
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(6)).call((g) => g.selectAll(".tick line").clone().attr("x2", width - margin.left - margin.right).attr("stroke-opacity", 0.1));
  const bars = (key, field, sign) => svg.append("g").selectAll("rect")
    .data(records.filter((r) => r[field] !== null), (r) => r.id)
    .join("rect")
    .attr("x", (r) => x(utc(r.date)) - w / 2)
    .attr("y", (r) => (sign > 0 ? y(r[field]) : y(0)))
    .attr("width", w)
    .attr("height", (r) => Math.abs(y(0) - y(sign * r[field])))
    .attr("fill", (r) => color(r.mediators[0] ?? "none"))
    .attr("data-side", key);
  bars("u", "toUkraine", 1);
  bars("r", "toRussia", -1);
  svg.append("line").attr("x1", margin.left).attr("x2", width - margin.right).attr("y1", y(0)).attr("y2", y(0)).attr("stroke", "#767676");
  return svg.node();
}
