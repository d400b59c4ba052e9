/**
 * The floor: the least work that yields the same elements. No scales, no join, no styles;
 * each element gets as many numeric attributes as a bar.
 */
const SVG = "http://www.w3.org/2000/svg";

/** Creates `counts` elements ({tag: n}; SVG tags in the SVG namespace, the rest as HTML) in one loop. */
export function floorDom(target, counts, { width, height }, svgTags) {
  const svg = target.ownerDocument.createElementNS(SVG, "svg");
  svg.setAttribute("width", width);
  svg.setAttribute("height", height);
  const html = target.ownerDocument.createElement("div");
  let i = 0;
  for (const [tag, n] of Object.entries(counts)) {
    if (tag === "svg") continue;
    const isSvg = svgTags.has(tag);
    for (let k = 0; k < n; k++, i++) {
      const el = isSvg ? target.ownerDocument.createElementNS(SVG, tag) : target.ownerDocument.createElement(tag);
      if (isSvg) {
        el.setAttribute("x", i % width);
        el.setAttribute("y", i % height);
        el.setAttribute("width", 3);
        el.setAttribute("height", 10);
        el.setAttribute("fill", "#005bbb");
        if (tag === "text") el.textContent = "label";
        svg.appendChild(el);
      } else {
        el.textContent = "cell";
        html.appendChild(el);
      }
    }
  }
  target.append(svg, html);
  return svg;
}

/** The same element counts as SVG markup, by string concatenation. */
export function floorString(counts, { width, height }) {
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`;
  let i = 0;
  for (const [tag, n] of Object.entries(counts)) {
    if (tag === "svg") continue;
    for (let k = 0; k < n; k++, i++) {
      const attrs = ` x="${i % width}" y="${i % height}" width="3" height="10" fill="#005bbb"`;
      s += tag === "text" || tag === "title" || tag === "desc" ? `<${tag}${attrs}>label</${tag}>` : `<${tag}${attrs}/>`;
    }
  }
  s += "</svg>";
  // V8 keeps concatenations as ropes; reading a character flattens it into the plain string a caller gets from join().
  s.charCodeAt(s.length >> 1);
  return s;
}

/** Element counts by tag in an SVG string, for the string floor. */
export function tagCounts(markup) {
  const counts = {};
  for (const m of markup.matchAll(/<([a-zA-Z][\w-]*)/g)) counts[m[1]] = (counts[m[1]] ?? 0) + 1;
  return counts;
}
