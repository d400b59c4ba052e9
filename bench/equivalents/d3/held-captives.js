import * as d3 from "d3";
import { chosenClaim } from "../series.js";
import { svgFrame } from "./frame.js";

/** One claim as two labelled horizontal bars. */
export function render(target, claims, size) {
  const { width, height } = size;
  const c = chosenClaim(claims);
  const bars = [
    { label: "Ukrainians held by Russia", value: c.heldByRussia?.value ?? 0 },
    { label: "Russians held by Ukraine", value: c.heldByUkraine?.value ?? 0 },
  ];
  const svg = svgFrame(target, size, "How many captives each side says it holds");
  const x = d3.scaleLinear().domain([0, d3.max(bars, (d) => d.value) || 1]).nice().range([170, width - 60]);
  const y = d3.scaleBand().domain(bars.map((d) => d.label)).range([50, height - 40]).padding(0.3);
  svg.append("g").attr("transform", `translate(0,${height - 40})`).call(d3.axisBottom(x).ticks(width / 100, "s"));
  svg.append("g").attr("transform", "translate(170,0)").call(d3.axisLeft(y));
  const row = svg.append("g").selectAll("g").data(bars).join("g");
  row.append("rect").attr("x", x(0)).attr("y", (d) => y(d.label)).attr("width", (d) => x(d.value) - x(0)).attr("height", y.bandwidth()).attr("fill", (d, i) => (i ? "#b3261e" : "#005bbb"));
  row.append("text").attr("x", (d) => x(d.value) + 4).attr("y", (d) => y(d.label) + y.bandwidth() / 2).attr("dy", "0.35em").text((d) => d3.format(",")(d.value));
  return svg.node();
}
