import * as d3 from "d3";
import { dataset } from "../../../src/data/dataset.ts";
import { officialTotals } from "../../../src/data/records/official-totals.ts";
import { dataLine, monthlyCumulative, officialPoints, sourcesLine, unreported } from "../series.js";
import { margin, svgFrame } from "./frame.js";

/**
 * Running totals by month as grouped bars, with what ours draws: title, legend, a native tooltip
 * per bar, Kyiv's official running totals as diamonds (hollow when approximate) with their own
 * tooltip, the end totals labelled, the "not counted" note and the footer.
 */
export function render(target, records, size) {
  const { width, height } = size;
  const rows = monthlyCumulative(records);
  const last = rows.at(-1) ?? { toUkraine: 0, toRussia: 0 };
  const svg = svgFrame(target, size, {
    title: "People returned in prisoner exchanges",
    legend: [["Returned to Ukraine", "#005bbb"], ["Returned to Russia", "#b3261e"], ["Official total", "#1a1a1a"]],
    footer: [`${unreported(records)} exchanges with unreported figures are not counted`, sourcesLine(records), dataLine(dataset)],
  });
  const bottom = margin.bottom + 14;
  const x = d3.scaleBand().domain(rows.map((r) => r.month)).range([margin.left, width - margin.right]).padding(0.2);
  const side = d3.scaleBand().domain(["toUkraine", "toRussia"]).range([0, x.bandwidth()]);
  const points = officialPoints(officialTotals).filter((p) => x(p.month) !== undefined);
  const y = d3.scaleLinear().domain([0, d3.max([...rows.map((r) => Math.max(r.toUkraine, r.toRussia)), ...points.map((p) => p.value)]) ?? 10]).nice().range([height - bottom, margin.top + 20]);
  const color = d3.scaleOrdinal(["toUkraine", "toRussia"], ["#005bbb", "#b3261e"]);
  svg.append("g").attr("transform", `translate(0,${height - bottom})`).call(d3.axisBottom(x).tickValues(rows.filter((r) => /-(01|07)$/.test(r.month)).map((r) => r.month)).tickFormat((m) => d3.utcFormat("%b %Y")(new Date(`${m}-01`))));
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(7).tickFormat(d3.format(",")));
  svg.append("g").selectAll("g").data(rows, (r) => r.month).join("g")
    .attr("transform", (r) => `translate(${x(r.month)},0)`)
    .selectAll("rect").data((r) => side.domain().map((k) => ({ k, v: r[k], month: r.month }))).join("rect")
    .attr("x", (d) => side(d.k)).attr("width", side.bandwidth())
    .attr("y", (d) => y(d.v)).attr("height", (d) => y(0) - y(d.v))
    .attr("fill", (d) => color(d.k))
    .call((rect) => rect.append("title").text((d) => `${d.month}: ${d3.format(",")(d.v)} ${d.k === "toUkraine" ? "returned to Ukraine" : "returned to Russia"} so far`));
  svg.append("g").selectAll("path").data(points).join("path")
    .attr("d", (p) => { const cx = x(p.month) + x.bandwidth() / 2, cy = y(p.value); return `M${cx},${cy - 5}L${cx + 5},${cy}L${cx},${cy + 5}L${cx - 5},${cy}Z`; })
    .attr("fill", (p) => (p.exact ? "#1a1a1a" : "white")).attr("stroke", "#1a1a1a")
    .call((path) => path.append("title").text((p) => p.title));
  svg.append("text").attr("x", width - margin.right).attr("y", margin.top + 4).attr("text-anchor", "end").attr("font-weight", "bold").attr("fill", "#005bbb").text(`${d3.format(",")(last.toUkraine)} to Ukraine`);
  svg.append("text").attr("x", width - margin.right).attr("y", margin.top + 18).attr("text-anchor", "end").attr("font-weight", "bold").attr("fill", "#b3261e").text(`${d3.format(",")(last.toRussia)} to Russia`);
  return svg.node();
}
