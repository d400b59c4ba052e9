import { groupMarks, type ColorToken, type Mark, type Scene } from "./marks.js";
import { fontStack, themeColor } from "./theme.js";

/** Escapes text for XML content and attribute values, so data never becomes markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${({ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" } as const)[c as "&"]};`);
}

/**
 * Serializes a scene as standalone SVG: a viewBox, presentation attributes for every colour and
 * font (it needs no CSS), a <title> and <desc>. Linear in the number of marks.
 */
export function sceneToSvg(scene: Scene, idPrefix = "pow"): string {
  const { width, height, dark } = scene;
  const colors = new Map<string, string>();
  const color = (token: ColorToken | "none" | undefined) => {
    if (token === undefined || token === "none") return "none";
    let value = colors.get(token);
    if (value === undefined) colors.set(token, (value = themeColor(token, dark)));
    return value;
  };
  let out =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" font-family="${escapeXml(fontStack)}">` +
    `<title id="${idPrefix}-title">${escapeXml(scene.title)}</title>` +
    `<desc id="${idPrefix}-desc">${escapeXml(scene.description)}</desc>` +
    `<rect width="${width}" height="${height}" fill="${color("background")}"/>`;
  for (const group of groupMarks(scene.marks).values()) for (const mark of group) out += markToSvg(mark, color);
  return `${out}</svg>`;
}

function markToSvg(mark: Mark, color: (token: ColorToken | "none" | undefined) => string): string {
  let paint = ` fill="${mark.kind === "line" ? "none" : color(mark.fill ?? (mark.kind === "text" ? "text" : "none"))}"`;
  if (mark.stroke) {
    paint += ` stroke="${color(mark.stroke)}"`;
    if (mark.strokeWidth !== undefined) paint += ` stroke-width="${mark.strokeWidth}"`;
  }
  if (mark.dash) paint += ` stroke-dasharray="${mark.dash}"`;
  if (mark.opacity !== undefined) paint += ` opacity="${mark.opacity}"`;
  switch (mark.kind) {
    case "rect":
      return `<rect x="${mark.x}" y="${mark.y}" width="${mark.width}" height="${mark.height}"${paint}/>`;
    case "circle":
      return `<circle cx="${mark.cx}" cy="${mark.cy}" r="${mark.r}"${paint}/>`;
    case "line":
      return `<line x1="${mark.x1}" y1="${mark.y1}" x2="${mark.x2}" y2="${mark.y2}"${paint}/>`;
    case "path":
      return `<path d="${escapeXml(mark.d)}"${paint}/>`;
    case "text":
      return `<text x="${mark.x}" y="${mark.y}" font-size="${mark.size}"${mark.weight === "bold" ? ' font-weight="bold"' : ""}${mark.anchor && mark.anchor !== "start" ? ` text-anchor="${mark.anchor}"` : ""}${paint}>${escapeXml(mark.text)}</text>`;
  }
}
