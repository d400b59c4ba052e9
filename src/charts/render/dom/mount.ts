import { serverSvg } from "./hydrate.js";
import { guard } from "./interaction.js";
import { renderSettings } from "./media.js";
import { domRenderer } from "./renderer.js";
import type { ChartDefinition, ChartHandle } from "../../core/chart.js";
import type { NormalizedCommon } from "../../core/options.js";

/**
 * Mounts a chart into `target`: options are normalized here, once per call; the container gives
 * the width; the layout makes a scene and the DOM renderer draws it. A resize redraws on the next
 * frame. Every listener, observer and timer is released by `destroy()`.
 */
export function mount<O, N extends NormalizedCommon>(def: ChartDefinition<O, N>, target: Element, initial: O): ChartHandle<O> {
  let options = initial;
  let normalized = def.normalize(options);
  const doc = target.ownerDocument;
  const win = doc.defaultView;
  // Each event goes out under its name (`pow:select`, as the elements send it) and its deprecated one.
  const emit = (types: readonly string[], detail: object) => {
    for (const type of types) renderer.element.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  };
  const emitSkipped = () => normalized.skipped.length > 0 && emit(["pow:skipped", "skip"], { skipped: normalized.skipped });
  const renderer = domRenderer(doc, def.name, (focus) => emit(["pow:select", "select"], { id: focus.id }));
  const measure = () => normalized.width ?? Math.floor(target.getBoundingClientRect().width || (target as HTMLElement).clientWidth || 0);
  let lastWidth = -1;
  const render = (animate: boolean, width = measure()) => {
    lastWidth = width;
    if (width <= 0) return; // hidden or detached: the ResizeObserver renders once there is room
    renderer.draw(def.layout(normalized, { width, height: normalized.height ?? def.defaultHeight(width) }), renderSettings(normalized, win, animate));
  };

  // Measured before the chart joins the page, so the browser lays out once, with the marks.
  const firstWidth = measure();
  // Hydration: a chart mounted on its server-rendered SVG takes its place, drawn in the same task.
  const prerendered = serverSvg(target);
  if (prerendered) prerendered.replaceWith(renderer.element);
  else target.appendChild(renderer.element);
  render(false, firstWidth);

  // Redraw on the next frame, not inside the observer: drawing changes the container's height,
  // and doing it in the callback makes the browser report an undelivered-notifications loop.
  let pending = 0;
  let destroyed = false;
  const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(guard(() => {
    if (destroyed || normalized.width !== null || pending !== 0) return;
    pending = win?.requestAnimationFrame(guard(() => {
      pending = 0;
      if (!destroyed && measure() !== lastWidth) render(false);
    })) ?? 0;
  }));
  observer?.observe(target);
  // A microtask later, so a listener added on `handle.element` right after mounting hears it.
  queueMicrotask(() => !destroyed && emitSkipped());

  return {
    element: renderer.element,
    update(next: Partial<O>) {
      if (destroyed) return;
      const merged = { ...options, ...next } as O;
      normalized = def.normalize(merged);
      options = merged;
      render(true);
      emitSkipped();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (pending !== 0) win?.cancelAnimationFrame(pending);
      observer?.disconnect();
      renderer.destroy();
      renderer.element.remove();
    },
  };
}
