/**
 * The server-rendered SVG a chart takes over when it mounts: an `<svg>` directly inside the
 * target with the accessible name `renderToString` writes (`aria-labelledby="…-title …-desc"`).
 * The chart replaces it in the same task it draws in, so the page never shows both or neither.
 *
 * @example
 * target.innerHTML = renderToString(timeline, { width: 640 });
 * serverSvg(target); // that <svg>; timeline(target, { width: 640 }) replaces it
 */
export function serverSvg(target: Element): Element | null {
  for (const child of Array.from(target.children)) {
    if (child.localName === "svg" && child.getAttribute("role") === "img" && /-title \S+-desc$/.test(child.getAttribute("aria-labelledby") ?? "")) return child;
  }
  return null;
}
