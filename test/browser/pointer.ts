/**
 * Pointer and keyboard helpers for browser tests: charts draw records in batched paths, so tests
 * reach a record the way a reader does, at a point of the chart or with the keyboard.
 */

/** The chart's SVG (the accessible image) inside `root`. */
export function chartSvg(root: ParentNode): SVGSVGElement {
  const svg = root.querySelector<SVGSVGElement>("svg[role=img]");
  if (!svg) throw new Error("no chart SVG drawn");
  return svg;
}

/** Moves the pointer to (`x`, `y`) in the chart's own units (its viewBox), as a mouse would. */
export function pointAt(root: ParentNode, x: number, y: number): void {
  const svg = chartSvg(root);
  const box = svg.getBoundingClientRect();
  const scale = box.width / Number(svg.getAttribute("width"));
  svg.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, clientX: box.left + x * scale, clientY: box.top + y * scale }));
}

/**
 * Visits every focusable mark with the keyboard (Home, then ArrowRight until the focus stops
 * moving), calling `visit` with the tooltip and the announced label of each. Returns how many.
 */
export function eachFocus(root: ParentNode, visit: (tooltip: HTMLElement, label: string) => void = () => {}, limit = 5000): number {
  const svg = chartSvg(root);
  const key = (k: string) => svg.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
  const live = root.querySelector<HTMLElement>("[aria-live]")!;
  const ring = root.querySelector<SVGRectElement>(".pow-focus-ring")!;
  // Where the focus is: its announced label and its ring (two marks never share both).
  const where = () => `${live.textContent}|${["x", "y", "width", "height"].map((n) => ring.getAttribute(n)).join(",")}`;
  key("Home");
  if (ring.getAttribute("display") === "none") return 0;
  let count = 0;
  for (let last = ""; count < limit; count++) {
    const now = where();
    if (now === last) break;
    visit(root.querySelector<HTMLElement>("[part=tooltip]")!, live.textContent ?? "");
    last = now;
    key("ArrowRight");
  }
  return count;
}
