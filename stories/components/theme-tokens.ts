import { darkTheme, lightTheme, type Theme } from "../../src/charts/index.js";
import { cssVariable } from "../../src/charts/core/theme.js";
import { el } from "./dom.js";

/** Every colour token with its custom property and default light and dark values, as a table. */
export function themeTokenTable(): HTMLTableElement {
  const swatch = (color: string) => {
    const box = el("span", { textContent: " " });
    box.setAttribute("aria-hidden", "true");
    box.style.cssText = `display:inline-block;width:12px;height:12px;margin-right:6px;border:1px solid #767676;background:${color}`;
    return el("td", {}, box, color);
  };
  const rows = (Object.keys(lightTheme) as (keyof Theme)[]).map((token) =>
    el("tr", {}, el("th", { scope: "row", textContent: token }), el("td", {}, el("code", { textContent: cssVariable(token) })), swatch(lightTheme[token]), swatch(darkTheme[token])));
  const head = el("tr", {}, ...["Token", "Custom property", "Light", "Dark"].map((t) => el("th", { scope: "col", textContent: t })));
  const table = el("table", {}, el("caption", { textContent: "Colour tokens and the custom properties that override them" }), el("thead", {}, head), el("tbody", {}, ...rows));
  table.style.cssText = "border-collapse:collapse;font-size:13px";
  return table;
}
