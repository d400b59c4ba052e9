/** Where a chart mounts: an element, or a CSS selector looked up in the page's document. */
export type ChartTarget = Element | string;

/**
 * Finds the element a chart mounts into. A selector is looked up in `document` (or `root`). A
 * missing target is a TypeError naming the chart and what it was given, not one from deep inside.
 *
 * @example
 * resolveTarget("#swaps", "timeline"); // the element, or throws 'timeline: no target element matches "#swaps"'
 */
export function resolveTarget(target: unknown, chart: string, root: ParentNode | undefined = globalThis.document): Element {
  const found: unknown = typeof target === "string" ? root?.querySelector(target) : target;
  if ((found as Node | null)?.nodeType === 1) return found as Element;
  throw new TypeError(`${chart}: no target element ${typeof target === "string" ? `matches ${JSON.stringify(target)}` : `(got ${target === null ? "null" : typeof target})`}`);
}
