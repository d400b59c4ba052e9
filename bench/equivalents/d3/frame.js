import * as d3 from "d3";

/** An SVG with a title and a footer line, like the header and footer our charts draw. */
export function svgFrame(target, { width, height }, title) {
  const svg = d3.select(target).append("svg").attr("width", width).attr("height", height).attr("viewBox", [0, 0, width, height]).attr("font-family", "sans-serif");
  svg.append("text").attr("x", 8).attr("y", 20).attr("font-weight", "bold").attr("font-size", 17).text(title);
  svg.append("text").attr("x", 8).attr("y", height - 8).attr("font-size", 11).attr("fill", "#595959").text("Sources: …");
  return svg;
}

export const margin = { top: 40, right: 12, bottom: 40, left: 44 };
