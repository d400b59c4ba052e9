import type { Selection } from "d3-selection";
import { animate, type Move } from "./animate.js";
import { groupMarks, KINDS, LAYERS, type Mark, type Scene } from "./marks.js";
import { geometry, paint } from "./paint.js";

const DURATION = 350;

/** An SVG element the join created, with its mark. */
export type MarkElement = SVGElement & { __data__?: Mark };

/** Creates the layer groups once: one <g> per layer, one per mark kind inside, hidden from assistive tech. */
export function createLayers(svg: Selection<SVGSVGElement, unknown, null, undefined>): void {
  for (const layer of LAYERS) {
    const g = svg.append("g").attr("data-layer", layer).attr("aria-hidden", "true");
    for (const kind of KINDS) g.append("g").attr("data-kind", kind);
  }
}

/**
 * Joins a scene's marks to SVG elements by key: new marks enter, gone marks leave, kept marks
 * are repainted where they changed and, when `animated`, move from where they were.
 * Returns the focusable elements in drawing order and a function that stops the animation.
 */
export function drawScene(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  scene: Scene,
  options: { readonly animated: boolean; readonly dark: boolean; readonly inline: boolean; readonly frame?: (cb: FrameRequestCallback) => number; readonly cancel?: (id: number) => void },
): { focusables: MarkElement[]; stop?: () => void } {
  const { animated, dark, inline } = options;
  const groups = groupMarks(scene.marks);
  const moves: Move[] = [];
  const focusables: MarkElement[] = [];
  for (const layer of LAYERS) {
    for (const kind of KINDS) {
      const group = svg.select<SVGGElement>(`g[data-layer="${layer}"] > g[data-kind="${kind}"]`);
      group.selectAll<MarkElement, Mark>(kind)
        .data(groups.get(`${layer}/${kind}`) ?? [], (d) => d.key)
        .join(
          (enter) => enter.append<MarkElement>(kind).each(function (d) { paint(this, d, dark, true, inline); }),
          (update) => update.each(function (d) {
            const names = geometry[d.kind];
            if (animated && names.length > 0) {
              const from = names.map((n) => Number(this.getAttribute(n)) || 0);
              const to = names.map((n) => (d as unknown as Record<string, number>)[n]!);
              paint(this, d, dark, false, inline);
              if (from.some((v, i) => v !== to[i])) moves.push({ el: this, from, to, names });
              else for (const [i, n] of names.entries()) this.setAttribute(n, String(to[i]));
            } else paint(this, d, dark, true, inline);
          }),
          (exit) => exit.remove(),
        )
        .each(function (d) { if (d.focus) focusables.push(this); });
    }
  }
  if (moves.length === 0 || !options.frame || !options.cancel) return { focusables };
  return { focusables, stop: animate(moves, DURATION, options.frame, options.cancel) };
}
