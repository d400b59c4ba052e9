import { actionsHeight } from "./styles.js";

/** The static rendering a snippet carries inside the element, and the room it takes in the page. */
export interface StaticPicture {
  /** The `<picture>` (or bare `<img>`) child. */
  readonly node: Element;
  /** The vertical space it occupies, in px: the image, and its line's descent when the element is still inline. */
  readonly height: number;
}

/**
 * Finds the snippet's static picture (the first `<picture>` or `<img>` child, or the child marked
 * `data-pow-static`) and measures the room it takes. Call it while the element is upgrading and
 * before it attaches its shadow root, which hides the picture. An element created empty, hidden or
 * not laid out has none: it reserves its box from the chart's default height as before.
 *
 * @example
 * // <pow-timeline><picture>…<img width="640" height="500" …></picture></pow-timeline>
 * findStaticPicture(element)?.height; // 500 plus the line's descent
 */
export function findStaticPicture(host: HTMLElement): StaticPicture | undefined {
  const node = Array.from(host.children).find((child) => child.hasAttribute("data-pow-static") || child.localName === "picture" || child.localName === "img");
  const img = node?.localName === "img" ? node : node?.querySelector("img");
  if (!node || !img || !host.isConnected) return undefined;
  const view = host.ownerDocument.defaultView;
  const top = img.getBoundingClientRect().top;
  let bottom: number;
  if (view?.getComputedStyle(host).display === "inline") {
    // An undefined element is inline: its picture sits on a line whose bottom (below the image's
    // baseline) is where the next block starts. An empty block placed after it finds that spot.
    const probe = host.ownerDocument.createElement("div");
    probe.style.cssText = "display:block;height:0;margin:0;padding:0;border:0";
    host.after(probe);
    bottom = probe.getBoundingClientRect().top;
    probe.remove();
  } else {
    bottom = host.getBoundingClientRect().bottom;
  }
  // Not rounded: the line under an image is often a fraction of a pixel tall.
  const height = bottom - Math.min(top, host.getBoundingClientRect().top);
  return height > 0 ? { node, height } : undefined;
}

/**
 * The chart options with the height that fills the picture's room (less the export bar when it
 * shows), unless the page gave a height: the live chart then takes the static one's place exactly.
 *
 * @example
 * withStaticHeight({ locale: "uk" }, { node, height: 504 }, true); // { locale: "uk", height: 472 }
 */
export function withStaticHeight(options: Record<string, unknown>, picture: StaticPicture | undefined, actions: boolean): Record<string, unknown> {
  if (!picture || options.height !== undefined) return options;
  return { ...options, height: picture.height - (actions ? actionsHeight : 0) };
}

/**
 * After the first draw: the chart's box keeps the picture's height (the element's reserved-box
 * rule would clamp it) and the picture leaves the page, in the same task as the draw.
 */
export function replaceStaticPicture(box: HTMLElement, picture: StaticPicture | undefined): void {
  if (!picture) return;
  box.style.minHeight = "0";
  box.style.maxHeight = "none";
  picture.node.remove();
}
