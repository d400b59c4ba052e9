import { chartCss, registerChartSheet } from "../charts/render/dom/styles.js";
import { darkTheme, lightTheme, type Theme } from "../charts/core/theme.js";
import { reservedBox, reserveRule } from "./reserve.js";

/** The export bar's height in px, below the chart (a static picture's height leaves room for it). */
export const actionsHeight = 32;

/** A tag name and the default height of the chart it shows. */
export interface Reservation {
  readonly tag: string;
  readonly defaultHeight: (width: number) => number;
}

const buttons = (t: Theme) =>
  `button{background:var(--pow-color-background,${t.background});color:var(--pow-color-muted,${t.muted});border-color:var(--pow-color-grid,${t.grid})}` +
  `button:hover{color:var(--pow-color-text,${t.text});border-color:var(--pow-color-axis,${t.axis})}.status{color:var(--pow-color-muted,${t.muted})}`;

/**
 * The stylesheet every chart element shares: block layout, the reserved box of each chart (no
 * layout shift), the error box and the export buttons. Colours go through the charts' CSS
 * custom properties, so a host page themes elements the way it themes charts.
 *
 * @example
 * elementCss([{ tag: "pow-timeline", defaultHeight: () => 400 }]).includes(":host(pow-timeline)"); // true
 */
export function elementCss(reservations: readonly Reservation[]): string {
  return [
    ":host{display:block;position:relative;max-width:100%;font-family:var(--pow-font,system-ui,sans-serif)}",
    ":host([hidden]){display:none}",
    ".box{position:relative;width:100%;box-sizing:border-box}",
    ...reservations.map((r) => reserveRule(r.tag, reservedBox(r.defaultHeight))),
    ":host([height]) .box{aspect-ratio:auto;min-height:0;max-height:none}",
    `.error{box-sizing:border-box;height:100%;margin:0;padding:12px;font-size:14px;border:1px solid var(--pow-color-to-russia,${lightTheme.toRussia});color:var(--pow-color-text,${lightTheme.text});background:var(--pow-color-background,${lightTheme.background})}`,
    `.actions{display:flex;align-items:center;justify-content:flex-end;gap:4px;height:${actionsHeight}px;box-sizing:border-box;padding:4px 0}`,
    ".actions[hidden]{display:none}",
    ".status{flex:1;font-size:12px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}",
    "button{font:inherit;font-size:12px;line-height:1;padding:4px 8px;min-height:24px;min-width:24px;border:1px solid;border-radius:3px;cursor:pointer}",
    `button:focus-visible{outline:2px solid var(--pow-color-highlight,${lightTheme.highlight});outline-offset:1px}`,
    buttons(lightTheme),
    `:host([dark=""]),:host([dark=true]){color-scheme:dark}`,
    ...[":host([dark=\"\"])", ":host([dark=true])"].map((host) => scoped(host, buttons(darkTheme))),
    `@media (prefers-color-scheme:dark){${scoped(":host([dark=auto])", buttons(darkTheme))}}`,
    // Print: the chart is content, its download buttons and status line are not.
    "@media print{.actions,.status{display:none!important}}",
    // Forced colours: the buttons take the system's button colours.
    "@media (forced-colors:active){button{background:ButtonFace;color:ButtonText;border-color:ButtonText}button:focus-visible{outline-color:Highlight}}",
    // The charts' colour classes, so one sheet serves the element and the chart inside it.
    chartCss(),
  ].join("\n");
}

/** Prefixes each rule of `css` (simple `selector{…}` rules, no nesting) with a host selector. */
function scoped(host: string, css: string): string {
  return css.replace(/(^|})([^{}]+){/g, (_, end: string, selector: string) => `${end}${selector.split(",").map((s) => `${host} ${s.trim()}`).join(",")}{`);
}

/** One sheet per stylesheet text: the one-script build has one; each lazy chart module its own (its reserved box). */
const sheets = new Map<string, CSSStyleSheet>();

/**
 * Gives a shadow root the shared stylesheet. Constructable stylesheets need no `style-src`
 * exception; browsers without them get a `<style>` with the host's `nonce`.
 *
 * @example
 * adoptStyles(this.shadowRoot, css, this.getAttribute("nonce"));
 */
export function adoptStyles(root: ShadowRoot, css: string, nonce: string | null): void {
  const view = root.ownerDocument.defaultView;
  const Sheet = view?.CSSStyleSheet;
  if (Sheet && "adoptedStyleSheets" in root && "replaceSync" in Sheet.prototype) {
    let shared = sheets.get(css);
    if (!shared) {
      shared = new Sheet();
      shared.replaceSync(css);
      registerChartSheet(shared);
      sheets.set(css, shared);
    }
    if (!root.adoptedStyleSheets.includes(shared)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
    return;
  }
  const style = root.ownerDocument.createElement("style");
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  root.prepend(style);
}
