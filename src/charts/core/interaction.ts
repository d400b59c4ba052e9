import type { MarkElement } from "./draw.js";
import type { Focus } from "./marks.js";

/**
 * Which focusable mark the pointer means: the one under it, or else the one whose anchor is
 * nearest, mostly by x (columns of a timeline are thin), within `reach` px. Keeps thin marks
 * easy to hover without an invisible hit area per record.
 */
export function markAtPointer(target: EventTarget | null, x: number, y: number, focusables: readonly MarkElement[], reach = 24): number {
  const hit = (target as Element | null)?.closest?.("[data-focus]");
  if (hit) {
    const index = focusables.indexOf(hit as MarkElement);
    if (index >= 0) return index;
  }
  let best = -1;
  let bestDistance = Infinity;
  focusables.forEach((el, i) => {
    const anchor = el.__data__?.focus?.anchor;
    if (!anchor) return;
    const dx = Math.abs(anchor.x - x);
    if (dx > reach) return;
    const distance = dx * dx + ((anchor.y - y) / 4) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}

/** The focus a mark element carries, if any. */
export function focusOf(el: MarkElement | undefined): Focus | undefined {
  return el?.__data__?.focus;
}

/** Wraps an event handler so that no exception escapes it; failures are reported, not swallowed. */
export function guard<E>(handler: (event: E) => void): (event: E) => void {
  return (event: E) => {
    try {
      handler(event);
    } catch (error) {
      console.error("pow-exchanges: an event handler failed", error);
    }
  };
}

/**
 * Adds event listeners and returns the function that removes them all, so nothing is left behind.
 *
 * @example
 * const unlisten = listen(svg, { keydown: onKey, click: onClick });
 * unlisten();
 */
export function listen(node: EventTarget, handlers: Readonly<Record<string, (event: never) => void>>): () => void {
  const entries = Object.entries(handlers) as [string, EventListener][];
  for (const [type, handler] of entries) node.addEventListener(type, handler);
  return () => {
    for (const [type, handler] of entries) node.removeEventListener(type, handler);
  };
}
