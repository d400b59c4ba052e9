/** Strings that would run script or add an element if any chart or element treated text as markup. */
export const markup = [
  '<img src=x onerror="window.__pwned=1">',
  "<script>window.__pwned=1</script>",
  '"><svg onload="window.__pwned=1"><a href="javascript:window.__pwned=1">x</a>',
  "<iframe srcdoc='<script>parent.__pwned=1</script>'></iframe>",
  "</text><foreignObject><img src=x onerror=window.__pwned=1></foreignObject>",
] as const;

/** Elements that only markup could have created: none of them is ever part of a chart. */
export function escapes(root: ParentNode): string[] {
  return [...root.querySelectorAll("img, script, iframe, object, embed, foreignObject, a[href^='javascript' i]")].map((el) => el.outerHTML.slice(0, 80));
}

/** Waits two animation frames: a ResizeObserver notification and the redraw it schedules. */
export const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
