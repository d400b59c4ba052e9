import * as d3 from "d3";
import { monthlyCumulative } from "../series.js";
import { margin, svgFrame } from "./frame.js";

/** Running totals by month as grouped bars: a band scale per month and one per direction. */
export function render(target, records, size) {
  const { width, height } = size;
  const rows = monthlyCumulative(records);
  const svg = svgFrame(target, size, "People returned in prisoner exchanges");
  const x = d3.scaleBand().domain(rows.map((r) => r.month)).range([margin.left, width - margin.right]).padding(0.2);
  const side = d3.scaleBand().domain(["toUkraine", "toRussia"]).range([0, x.bandwidth()]);
  const y = d3.scaleLinear().domain([0, d3.max(rows, (r) => Math.max(r.toUkraine, r.toRussia)) ?? 10]).nice().range([height - margin.bottom, margin.top]);
  const color = d3.scaleOrdinal(["toUkraine", "toRussia"], ["#005bbb", "#b3261e"]);
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).tickValues(rows.filter((r) => r.month.endsWith("-01")).map((r) => r.month)).tickFormat((m) => m.slice(0, 4)));
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(5, "s"));
  svg.append("g").selectAll("g").data(rows, (r) => r.month).join("g")
    .attr("transform", (r) => `translate(${x(r.month)},0)`)
    .selectAll("rect").data((r) => side.domain().map((k) => ({ k, v: r[k] }))).join("rect")
    .attr("x", (d) => side(d.k)).attr("width", side.bandwidth())
    .attr("y", (d) => y(d.v)).attr("height", (d) => y(0) - y(d.v))
    .attr("fill", (d) => color(d.k));
  return svg.node();
}
