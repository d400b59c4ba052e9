import type { ColorToken } from "./marks.js";
import { cssVariable, namedMediators, themeColor } from "./theme.js";

const baseTokens: readonly ColorToken[] = ["background", "text", "muted", "grid", "axis", "toUkraine", "toRussia", "unreported", "highlight", "official"];
const mediatorTokens: readonly ColorToken[] = [...namedMediators, "none", "other"].map((m) => `mediator:${m}` as const);

/** The class that paints a token as fill (`f`) or stroke (`s`). Unknown mediators share "other". */
export function colorClass(kind: "f" | "s", token: ColorToken): string {
  const known = !token.startsWith("mediator:") || mediatorTokens.includes(token);
  return `pow-${kind}-${cssVariable(known ? token : "mediator:other").slice("--pow-color-".length)}`;
}

/**
 * The charts' colour rules: one class per token and paint, reading the token's custom property
 * with the light (or, under `.pow-dark`, the dark) theme as fallback. Classes let a redraw set one
 * attribute per element instead of parsing a `var()` style on each.
 */
export function chartCss(): string {
  const rules: string[] = [];
  for (const token of [...baseTokens, ...mediatorTokens]) {
    const variable = cssVariable(token);
    for (const [kind, property] of [["f", "fill"], ["s", "stroke"]] as const) {
      const cls = colorClass(kind, token);
      rules.push(`.pow-chart .${cls}{${property}:var(${variable},${themeColor(token, false)})}`);
      rules.push(`.pow-chart.pow-dark .${cls}{${property}:var(${variable},${themeColor(token, true)})}`);
    }
  }
  rules.push(".pow-chart .pow-nofill{fill:none}");
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
