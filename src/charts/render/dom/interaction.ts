import type { Mark } from "../../core/marks.js";
import { bounds } from "./paint.js";

/**
 * Which focusable mark the pointer at (`x`, `y`, in chart units) means: the topmost (last drawn)
 * whose box (its focus box, else its own) holds the point, or else the one whose anchor is
 * nearest, mostly by x (columns of a timeline are thin), within `reach` px. Keeps thin marks easy
 * to hover without an element per record. -1 when none is near.
 *
 * @example
 * markAtPointer({ x: 120, y: 80 }, focusables); // the index of the bar under or nearest (120, 80)
 */
export function markAtPointer({ x, y }: { readonly x: number; readonly y: number }, focusables: readonly Mark[], reach = 24): number {
  for (let i = focusables.length - 1; i >= 0; i--) {
    const mark = focusables[i]!;
    const box = mark.focus?.box ?? bounds(mark);
    if (x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) return i;
  }
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < focusables.length; i++) {
    const anchor = focusables[i]!.focus?.anchor;
    if (!anchor) continue;
    const dx = Math.abs(anchor.x - x);
    if (dx > reach) continue;
    const distance = dx * dx + ((anchor.y - y) / 4) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  }
  return best;
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
