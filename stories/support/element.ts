import { expect, waitFor } from "storybook/test";
import { defineElements, type PowChartElement } from "../../src/embed/index.js";

/** The attributes of a chart element, as controls. */
export interface ElementArgs {
  tag: "pow-timeline" | "pow-cumulative-bars" | "pow-held-captives";
  locale?: "en" | "uk" | "ru";
  from?: string;
  to?: string;
  highlight?: string;
  title?: string;
  subtitle?: string;
  height?: number;
  dark?: "false" | "true" | "auto";
  plain?: boolean;
  static?: boolean;
  animate?: "false" | "true" | "auto";
  actions?: boolean;
  lenient?: boolean;
}

/** Creates the element with its attributes set as a page would write them. */
export function chartElement(args: ElementArgs, setup?: (el: PowChartElement) => void): PowChartElement {
  // A call, not a bare side-effect import: package.json's "sideEffects" lists only dist/ files, so
  // the static build would drop `import "../src/embed/index.js"` and every element would stay blank.
  defineElements();
  const el = document.createElement(args.tag) as PowChartElement;
  const { tag: _tag, ...attributes } = args;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === "" || value === false || value === "false") continue;
    el.setAttribute(name, value === true || value === "true" ? "" : String(value));
  }
  if (args.actions === false) el.setAttribute("actions", "false");
  setup?.(el);
  return el;
}

/** Waits until the element in the story has drawn its chart, and returns the element and its SVG. */
export async function elementReady(canvas: HTMLElement): Promise<{ el: PowChartElement; svg: SVGSVGElement }> {
  const el = canvas.querySelector<PowChartElement>("pow-timeline, pow-cumulative-bars, pow-held-captives")!;
  await waitFor(() => expect(el.shadowRoot?.querySelector("svg[width]")).toBeTruthy());
  return { el, svg: el.shadowRoot!.querySelector<SVGSVGElement>("svg[width]")! };
}

/**
 * Stops file downloads during a test and records their file names instead. Downloads click a link
 * that is in no document (so the host page's click handlers cannot cancel them): the capture
 * stands in for that link's click.
 */
export function captureDownloads(): { names: string[]; stop(): void } {
  const names: string[] = [];
  const proto = HTMLAnchorElement.prototype;
  const original = proto.dispatchEvent;
  proto.dispatchEvent = function (this: HTMLAnchorElement, event: Event) {
    if (event.type !== "click" || !this.hasAttribute("download")) return original.call(this, event);
    names.push(this.download);
    return true;
  };
  return { names, stop: () => void (proto.dispatchEvent = original) };
}
