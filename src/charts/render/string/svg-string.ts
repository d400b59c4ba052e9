import { escapeXml } from "./escape-xml.js";
import { groupMarks, type ColorToken, type Mark, type Scene } from "../../core/marks.js";
import { fontStack, themeColor } from "../../core/theme.js";

/**
 * One attribute, escaped. Every attribute the serializer writes goes through here, numbers too:
 * no value from a scene or a caller (an `idPrefix`, a path, a colour) can close the quote.
 */
const attr = (name: string, value: string | number): string => ` ${name}="${escapeXml(value)}"`;

/** An element with text content, escaped here: text from data or options is always text. */
const element = (tag: string, attributes: string, text: string): string => `<${tag}${attributes}>${escapeXml(text)}</${tag}>`;

/** What the string renderer takes besides the scene. */
export interface StringRenderSettings {
  /** Prefix for the ids inside the SVG (default "pow"). */
  readonly idPrefix?: string;
  /** Dark colours (default false). */
  readonly dark?: boolean;
}

/**
 * Serializes a scene as standalone SVG: a viewBox, presentation attributes for every colour and
 * font (it needs no CSS), a <title> and <desc>. Linear in the number of marks. The output is
 * well-formed XML for any scene and any `idPrefix`: the serializer escapes everything it writes.
 *
 * @example
 * sceneToSvg(scene, { idPrefix: "pow-timeline" }).startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); // true
 */
export function sceneToSvg(scene: Scene, { idPrefix = "pow", dark = false }: StringRenderSettings = {}): string {
  const { width, height } = scene;
  const colors = new Map<string, string>();
  const color = (token: ColorToken | "none" | undefined) => {
    if (token === undefined || token === "none") return "none";
    let value = colors.get(token);
    if (value === undefined) colors.set(token, (value = themeColor(token, dark)));
    return value;
  };
  let out =
    `<svg xmlns="http://www.w3.org/2000/svg"${attr("width", width)}${attr("height", height)}${attr("viewBox", `0 0 ${width} ${height}`)} role="img"` +
    `${attr("aria-labelledby", `${idPrefix}-title ${idPrefix}-desc`)}${attr("font-family", fontStack)}>` +
    element("title", attr("id", `${idPrefix}-title`), scene.title) +
    element("desc", attr("id", `${idPrefix}-desc`), scene.description) +
    `<rect${attr("width", width)}${attr("height", height)}${attr("fill", color("background"))}/>`;
  for (const group of groupMarks(scene.marks).values()) for (const mark of group) out += markToSvg(mark, color);
  return `${out}</svg>`;
}

function markToSvg(mark: Mark, color: (token: ColorToken | "none" | undefined) => string): string {
  let paint = attr("fill", mark.kind === "line" ? "none" : color(mark.fill ?? (mark.kind === "text" ? "text" : "none")));
  if (mark.stroke) {
    paint += attr("stroke", color(mark.stroke));
    if (mark.strokeWidth !== undefined) paint += attr("stroke-width", mark.strokeWidth);
  }
  if (mark.dash) paint += attr("stroke-dasharray", mark.dash);
  if (mark.opacity !== undefined) paint += attr("opacity", mark.opacity);
  switch (mark.kind) {
    case "rect":
      return `<rect${attr("x", mark.x)}${attr("y", mark.y)}${attr("width", mark.width)}${attr("height", mark.height)}${paint}/>`;
    case "circle":
      return `<circle${attr("cx", mark.cx)}${attr("cy", mark.cy)}${attr("r", mark.r)}${paint}/>`;
    case "line":
      return `<line${attr("x1", mark.x1)}${attr("y1", mark.y1)}${attr("x2", mark.x2)}${attr("y2", mark.y2)}${paint}/>`;
    case "path":
      return `<path${attr("d", mark.d)}${paint}/>`;
    case "text": {
      const weight = mark.weight === "bold" ? attr("font-weight", "bold") : "";
      const anchor = mark.anchor && mark.anchor !== "start" ? attr("text-anchor", mark.anchor) : "";
      return element("text", `${attr("x", mark.x)}${attr("y", mark.y)}${attr("font-size", mark.size)}${weight}${anchor}${paint}`, mark.text);
    }
  }
}
