import type { ColorToken } from "../../core/marks.js";
import { cssVariable, themeColor } from "../../core/theme.js";

const baseTokens: readonly ColorToken[] = ["background", "text", "muted", "grid", "axis", "toUkraine", "toRussia", "unreported", "highlight", "official"];

const classNames = /* @__PURE__ */ new Map<string, string>();

/** The class that paints a token as fill (`f`) or stroke (`s`). */
export function colorClass(kind: "f" | "s", token: ColorToken): string {
  // Made once per kind and token (twenty in all), not at every mark of every draw.
  const key = kind + token;
  let name = classNames.get(key);
  if (name === undefined) classNames.set(key, (name = `pow-${kind}-${cssVariable(token).slice("--pow-color-".length)}`));
  return name;
}

/**
 * The charts' colour rules: one class per token and paint, reading the token's custom property
 * with the light (or, under `.pow-dark`, the dark) theme as fallback. Classes let a redraw set one
 * attribute per element instead of parsing a `var()` style on each.
 */
export function chartCss(): string {
  const rules: string[] = [];
  for (const token of baseTokens) {
    const variable = cssVariable(token);
    for (const [kind, property] of [["f", "fill"], ["s", "stroke"]] as const) {
      const cls = colorClass(kind, token);
      rules.push(`.pow-chart .${cls}{${property}:var(${variable},${themeColor(token, false)})}`);
      rules.push(`.pow-chart.pow-dark .${cls}{${property}:var(${variable},${themeColor(token, true)})}`);
    }
  }
  rules.push(".pow-chart .pow-nofill{fill:none}");
  rules.push(printCss(), forcedColorsCss());
  return rules.join("\n");
}

let shared: CSSStyleSheet | null | undefined;
let carriers: WeakSet<CSSStyleSheet> | undefined;

/**
 * Marks a stylesheet that already contains `chartCss()`, such as the custom elements' shared
 * sheet, so that a chart inside that shadow root does not adopt a second one.
 */
export function registerChartSheet(sheet: CSSStyleSheet): void {
  (carriers ??= new WeakSet()).add(sheet);
}

/**
 * Adopts the charts' stylesheet into a document or shadow root, once. Constructable stylesheets
 * pass a strict `style-src 'self'` policy, unlike <style> elements. Returns false where the
 * browser lacks them; the renderer then paints with inline CSSOM styles instead.
 */
export function adoptChartStyles(root: Node): boolean {
  const host = root as Document | ShadowRoot;
  if (!("adoptedStyleSheets" in host) || typeof CSSStyleSheet === "undefined" || !("replaceSync" in CSSStyleSheet.prototype)) return false;
  if (carriers && host.adoptedStyleSheets.some((sheet) => carriers!.has(sheet))) return true;
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(chartCss());
    } catch {
      shared = null;
    }
  }
  if (shared === null) return false;
  if (!host.adoptedStyleSheets.includes(shared)) host.adoptedStyleSheets = [...host.adoptedStyleSheets, shared];
  return true;
}

/**
 * Print: paper is light, so a chart drawn dark for the screen prints in the light theme, and the
 * tooltip and focus ring (interaction, not content) are left off.
 */
function printCss(): string {
  const light = baseTokens.flatMap((token) =>
    (["f", "s"] as const).map((kind) => `.pow-chart.pow-dark .${colorClass(kind, token)}{${kind === "f" ? "fill" : "stroke"}:var(${cssVariable(token)},${themeColor(token, false)})!important}`),
  );
  // The background is painted inline (it follows the theme at every draw), so print overrides it by place.
  const background = `var(${cssVariable("background")},${themeColor("background", false)})`;
  const paper = `.pow-chart.pow-dark{background:${background}!important}.pow-chart.pow-dark>svg>rect:first-of-type{fill:${background}!important}`;
  return `@media print{${light.join("")}${paper}.pow-tooltip,.pow-focus-ring{display:none!important}}`;
}

/**
 * Forced colours (Windows high contrast): text, axes, gridlines and the background take the
 * system's colours, and the focus ring its highlight, so the chart stays legible in the reader's
 * palette. The two directions keep their own colours: they carry the data, and the key names them.
 */
function forcedColorsCss(): string {
  const cls = (kind: "f" | "s", token: ColorToken) => `.pow-chart .${colorClass(kind, token)}`;
  return (
    "@media (forced-colors:active){" +
    `${cls("f", "text")},${cls("f", "muted")},${cls("f", "official")}{fill:CanvasText!important}` +
    `${cls("s", "axis")},${cls("s", "grid")},${cls("s", "text")},${cls("s", "muted")},${cls("s", "unreported")},${cls("s", "official")}{stroke:CanvasText!important}` +
    `${cls("f", "background")}{fill:Canvas!important}${cls("s", "background")}{stroke:Canvas!important}` +
    ".pow-chart{background:Canvas!important}.pow-chart>svg>rect:first-of-type{fill:Canvas!important}" +
    ".pow-chart .pow-focus-ring{stroke:Highlight!important}.pow-tooltip{forced-color-adjust:auto}}"
  );
}
