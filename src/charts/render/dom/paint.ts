import type { ColorToken, Mark } from "../../core/marks.js";
import { colorClass } from "./styles.js";
import { cssVariable, themeColor } from "../../core/theme.js";

/** Numeric attributes of each mark kind: what the DOM renderer sets and animates. */
export const geometry: Record<Mark["kind"], readonly string[]> = {
  rect: ["x", "y", "width", "height"],
  circle: ["cx", "cy", "r"],
  line: ["x1", "y1", "x2", "y2"],
  path: [],
  text: ["x", "y"],
};


/** A colour as CSS: the custom property, falling back to the theme's colour. */
export function cssColor(token: ColorToken | "none" | undefined, dark: boolean): string {
  if (token === undefined || token === "none") return "none";
  return `var(${cssVariable(token)}, ${themeColor(token, dark)})`;
}

type Painted = SVGElement & { __painted?: Mark };

/**
 * Applies a mark to an SVG element, touching only what changed since the element's last mark:
 * geometry as attributes, colours as classes (or, with `inline`, CSSOM styles, which a strict
 * style-src policy also allows), and text as a text node, never as markup.
 */
export function paint(el: SVGElement, mark: Mark, { dark, inline }: { readonly dark: boolean; readonly inline: boolean }): void {
  const node = el as Painted;
  const last = node.__painted;
  if (last === mark) return;
  const m = mark as unknown as Record<string, number | string | undefined>;
  const p = last as unknown as Record<string, number | string | undefined> | undefined;
  const changed = (name: string) => p === undefined || p[name] !== m[name];
  // A new element has no attribute to remove.
  const setOrRemove = (name: string, value: string | number | undefined) => {
    if (value !== undefined) el.setAttribute(name, String(value));
    else if (p !== undefined) el.removeAttribute(name);
  };
  for (const name of geometry[mark.kind]) if (changed(name)) el.setAttribute(name, String(m[name]));
  if (mark.kind === "path" && changed("d")) el.setAttribute("d", mark.d);
  if (mark.kind === "text") {
    if (changed("size")) el.setAttribute("font-size", String(mark.size));
    if (changed("weight")) setOrRemove("font-weight", mark.weight === "bold" ? "bold" : undefined);
    if (changed("anchor")) setOrRemove("text-anchor", mark.anchor && mark.anchor !== "start" ? mark.anchor : undefined);
    if (p === undefined ? mark.text !== "" : el.textContent !== mark.text) el.textContent = mark.text;
  }
  const fill = mark.kind === "line" ? "none" : mark.fill ?? (mark.kind === "text" ? "text" : "none");
  if (inline) {
    el.style.setProperty("fill", cssColor(fill, dark));
    el.style.setProperty("stroke", cssColor(mark.stroke, dark));
  } else {
    const classes = (fill === "none" ? "pow-nofill" : colorClass("f", fill)) + (mark.stroke ? ` ${colorClass("s", mark.stroke)}` : "");
    if (p === undefined || el.getAttribute("class") !== classes) el.setAttribute("class", classes);
  }
  if (changed("strokeWidth") || changed("stroke")) setOrRemove("stroke-width", mark.stroke ? mark.strokeWidth : undefined);
  if (changed("dash")) setOrRemove("stroke-dasharray", mark.dash);
  if (changed("opacity")) setOrRemove("opacity", mark.opacity);
  node.__painted = mark;
}

/** The box a mark covers, for the focus ring. */
export function bounds(mark: Mark): { x: number; y: number; width: number; height: number } {
  switch (mark.kind) {
    case "rect":
      return { x: mark.x, y: mark.y, width: mark.width, height: mark.height };
    case "circle":
      return { x: mark.cx - mark.r, y: mark.cy - mark.r, width: 2 * mark.r, height: 2 * mark.r };
    case "line":
      return { x: Math.min(mark.x1, mark.x2), y: Math.min(mark.y1, mark.y2), width: Math.abs(mark.x2 - mark.x1), height: Math.abs(mark.y2 - mark.y1) };
    case "text":
      return { x: mark.x, y: mark.y - mark.size, width: mark.size, height: mark.size };
    case "path":
      return { x: 0, y: 0, width: 0, height: 0 };
  }
}
