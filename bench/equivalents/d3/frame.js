import * as d3 from "d3";

/**
 * An SVG with what frames every chart of ours: a title, an optional subtitle, a legend row and
 * a two-line footer (sources, dataset version). `legend` is [[label, colour], …].
 */
export function svgFrame(target, { width, height }, { title, subtitle, legend = [], footer = [] }) {
  const svg = d3.select(target).append("svg").attr("width", width).attr("height", height).attr("viewBox", [0, 0, width, height])
    .attr("font-family", "system-ui, sans-serif").attr("font-size", 12).attr("role", "img").attr("aria-label", title);
  svg.append("text").attr("x", 8).attr("y", 24).attr("font-weight", "bold").attr("font-size", 18).text(title);
  if (subtitle) svg.append("text").attr("x", 8).attr("y", 46).attr("font-size", 14).text(subtitle);
  const item = svg.append("g").attr("transform", `translate(8,${subtitle ? 64 : 44})`).selectAll("g").data(legend).join("g")
    .attr("transform", (_, i) => `translate(${i * 110},0)`);
  item.append("rect").attr("width", 10).attr("height", 10).attr("y", -9).attr("fill", (d) => d[1]);
  item.append("text").attr("x", 14).text((d) => d[0]);
  svg.append("g").attr("font-size", 11).attr("fill", "#595959").selectAll("text").data(footer).join("text")
    .attr("x", 8).attr("y", (_, i) => height - 8 - (footer.length - 1 - i) * 14).text((d) => d);
  return svg;
}

export const margin = { top: 64, right: 12, bottom: 64, left: 44 };
