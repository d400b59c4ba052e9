import { expect, userEvent, waitFor } from "storybook/test";

/** Waits until the chart in the story has drawn, and returns its SVG. */
export async function chartReady(canvas: HTMLElement): Promise<SVGSVGElement> {
  await waitFor(() => expect(canvas.querySelector("svg[width]")).not.toBeNull());
  return canvas.querySelector<SVGSVGElement>("svg[width]")!;
}

/** Focuses the chart, steps through marks with the keyboard and checks the tooltip follows. */
export async function expectKeyboardTooltip(canvas: HTMLElement): Promise<void> {
  const svg = await chartReady(canvas);
  svg.focus();
  await userEvent.keyboard("{ArrowRight}");
  const tooltip = canvas.querySelector<HTMLElement>("[part=tooltip]")!;
  await expect(tooltip.style.display).toBe("block");
  const first = `${tooltip.style.left} ${tooltip.textContent}`;
  await userEvent.keyboard("{ArrowRight}");
  await expect(`${tooltip.style.left} ${tooltip.textContent}`).not.toBe(first);
  await userEvent.keyboard("{Escape}");
  await expect(tooltip.style.display).toBe("none");
}

/** The accessible title of the chart (its SVG <title>). */
export async function chartTitle(canvas: HTMLElement): Promise<string> {
  const svg = await chartReady(canvas);
  return svg.querySelector("title")?.textContent ?? "";
}

/** Whether a mark is drawn in the highlight colour. */
export function hasHighlight(canvas: HTMLElement): boolean {
  return highlightMarks(canvas).length > 0;
}

/** Marks drawn in the highlight colour (a class from the charts' stylesheet), outside the focus ring. */
export function highlightMarks(root: ParentNode): SVGElement[] {
  return [...root.querySelectorAll<SVGElement>("svg [data-layer] .pow-s-highlight, svg [data-layer] .pow-f-highlight")];
}

/** The error text a story shows. */
export async function errorText(canvas: HTMLElement): Promise<string> {
  await waitFor(() => expect(canvas.querySelector("[role=alert]")).not.toBeNull());
  return canvas.querySelector("[role=alert]")!.textContent ?? "";
}

/**
 * The x positions of the bars drawn in a series colour ("to-ukraine" or "to-russia"): bars of
 * their own (<rect>) and bars batched into one path per colour (each starts with "M x,y").
 */
export function barXs(canvas: HTMLElement, series: "to-ukraine" | "to-russia"): string[] {
  const rects = [...canvas.querySelectorAll<SVGRectElement>(`[data-layer="marks"] rect.pow-f-${series}`)].map((r) => r.getAttribute("x")!);
  const batched = [...canvas.querySelectorAll<SVGPathElement>(`[data-layer="marks"] path[data-batch].pow-f-${series}`)]
    .flatMap((p) => [...(p.getAttribute("d") ?? "").matchAll(/M(-?[\d.]+),/g)].map((m) => m[1]!));
  return [...rects, ...batched];
}
