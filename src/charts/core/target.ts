/** Where a chart mounts: an element, or a CSS selector looked up in the page's document. */
export type ChartTarget = Element | string;

/**
 * Finds the element a chart mounts into. A selector is looked up in `document` (or `root`);
 * a missing target is an error naming the chart and what it was given, never a TypeError from deep inside.
 *
 * @example
 * resolveTarget("#swaps", "timeline"); // the element, or throws 'timeline: no element matches "#swaps"'
 */
export function resolveTarget(target: unknown, chart: string, root: ParentNode | undefined = globalThis.document): Element {
  if (typeof target === "string") {
    if (!root) throw new TypeError(`${chart}: cannot look up ${JSON.stringify(target)} without a document (pass an element)`);
    let found: Element | null;
    try {
      found = root.querySelector(target);
    } catch {
      throw new TypeError(`${chart}: ${JSON.stringify(target)} is not a valid CSS selector`);
    }
    if (!found) throw new TypeError(`${chart}: no element matches ${JSON.stringify(target)}`);
    return found;
  }
  if (isElement(target)) return target;
  const given = target === null ? "null" : target === undefined ? "undefined" : typeof target === "object" ? "an object that is not an element" : `${typeof target} ${String(target)}`;
  throw new TypeError(`${chart}: the target must be an element or a CSS selector (got ${given})`);
}

/** An element from any window (iframes included), without `instanceof`. */
function isElement(value: unknown): value is Element {
  return typeof value === "object" && value !== null && (value as Node).nodeType === 1 && typeof (value as Element).getBoundingClientRect === "function";
}
