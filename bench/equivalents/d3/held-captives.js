import * as d3 from "d3";
import { dataset } from "../../../src/data/dataset.ts";
import { chosenClaim, dataLine, sourcesLine } from "../series.js";
import { svgFrame } from "./frame.js";

/**
 * One claim as two labelled horizontal bars, with what ours draws: title, the claim as subtitle,
 * what it counts, a label above each bar, the figure beside it, a native tooltip per bar, the
 * caveat line and the footer.
 */
export function render(target, claims, size) {
  const { width, height } = size;
  const c = chosenClaim(claims);
  const bars = [
    { label: "Ukrainians held by Russia", value: c.heldByRussia?.value ?? 0, color: "#005bbb" },
    { label: "Russians held by Ukraine", value: c.heldByUkraine?.value ?? 0, color: "#b3261e" },
  ];
  const svg = svgFrame(target, size, {
    title: "How many captives each side says it holds",
    subtitle: `${c.claimant}, ${c.date}: ${d3.format(",")(bars[0].value)} vs ${d3.format(",")(bars[1].value)}`,
    footer: ["These are claims by officials and media, not verified counts.", sourcesLine([c]), dataLine(dataset)],
  });
  svg.append("text").attr("x", 8).attr("y", 64).attr("fill", "#595959").text(`Counts: ${c.counts ?? c.population ?? "captives"}`);
  const x = d3.scaleLinear().domain([0, d3.max(bars, (d) => d.value) || 1]).nice().range([8, width - 60]);
  const y = d3.scaleBand().domain(bars.map((d) => d.label)).range([90, Math.min(height - 70, 290)]).padding(0.3);
  svg.append("g").attr("transform", `translate(0,${Math.min(height - 70, 290)})`).call(d3.axisBottom(x).ticks(width / 100).tickFormat(d3.format(",")));
  const row = svg.append("g").selectAll("g").data(bars).join("g");
  row.append("text").attr("x", 8).attr("y", (d) => y(d.label) - 4).attr("font-weight", "bold").attr("fill", (d) => d.color).text((d) => d.label);
  row.append("rect").attr("x", x(0)).attr("y", (d) => y(d.label)).attr("width", (d) => x(d.value) - x(0)).attr("height", y.bandwidth()).attr("fill", (d) => d.color)
    .call((rect) => rect.append("title").text((d) => `${d.label}: ${d3.format(",")(d.value)} (${c.claimant}, ${c.date})`));
  row.append("text").attr("x", (d) => x(d.value) + 4).attr("y", (d) => y(d.label) + y.bandwidth() / 2).attr("dy", "0.35em").attr("font-weight", "bold").text((d) => d3.format(",")(d.value));
  return svg.node();
}
