import { select, type Selection } from "d3-selection";
import { animate, type Move } from "./animate.js";
import type { ChartDefinition, ChartHandle } from "./chart.js";
import { groupMarks, KINDS, LAYERS, type Focus, type Mark, type Scene } from "./marks.js";
import type { NormalizedCommon } from "./options.js";
import { bounds, geometry, paint, cssColor } from "./paint.js";
import { fontStack } from "./theme.js";
import { createTooltip } from "./tooltip.js";
import { renderTable, visuallyHidden } from "./table.js";
import { keyboardStep } from "./keyboard.js";

const DURATION = 350;
let counter = 0;

type MarkElement = SVGElement & { __data__?: Mark };

/**
 * Mounts a chart into `target`: measures the container, lays out, joins marks to SVG elements by
 * key, and wires resize, keyboard, pointer and tooltip. Every listener, observer and timer it
 * creates is released by `destroy()`.
 */
export function mount<O, N extends NormalizedCommon>(def: ChartDefinition<O, N>, target: Element, initial: O): ChartHandle<O> {
  let options = initial;
  let normalized = def.normalize(options);
  const doc = target.ownerDocument;
  const win = doc.defaultView;
  const id = `pow-${def.name}-${++counter}`;

  const root = doc.createElement("div");
  root.className = `pow-chart pow-${def.name}`;
  root.setAttribute("part", "chart");
  Object.assign(root.style, { position: "relative", width: "100%", fontFamily: `var(--pow-font, ${fontStack})` });
  const svg = select(root).append("svg").attr("id", id).attr("role", "img").attr("tabindex", "0")
    .attr("aria-labelledby", `${id}-title ${id}-desc`).attr("aria-describedby", `${id}-hint`).attr("xmlns", "http://www.w3.org/2000/svg");
  svg.node()!.style.display = "block";
  svg.node()!.style.overflow = "visible";
  const titleEl = svg.append("title").attr("id", `${id}-title`);
  const descEl = svg.append("desc").attr("id", `${id}-desc`);
  const background = svg.append("rect").attr("x", 0).attr("y", 0);
  for (const layer of LAYERS) {
    const g = svg.append("g").attr("data-layer", layer);
    for (const kind of KINDS) g.append("g").attr("data-kind", kind);
  }
  const ring = svg.append("rect").attr("class", "pow-focus-ring").attr("fill", "none").attr("stroke-width", 2).attr("display", "none");
  const hint = doc.createElement("p");
  hint.id = `${id}-hint`;
  visuallyHidden(hint);
  const live = doc.createElement("div");
  live.setAttribute("aria-live", "polite");
  visuallyHidden(live);
  const table = doc.createElement("table");
  visuallyHidden(table);
  const tooltip = createTooltip(doc);
  root.append(hint, live, table, tooltip.element);
  target.appendChild(root);

  let scene: Scene | undefined;
  let focusables: MarkElement[] = [];
  let active = -1;
  let lastWidth = -1;
  let stop: (() => void) | undefined;
  let destroyed = false;

  const dark = () => (normalized.dark === "auto" ? win?.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false : normalized.dark);
  const motion = () => (normalized.animate === "auto" ? !(win?.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? true) : normalized.animate);
  const measure = () => normalized.width ?? Math.floor(target.getBoundingClientRect().width || (target as HTMLElement).clientWidth || 0);

  function render(animated: boolean): void {
    const width = measure();
    lastWidth = width;
    if (width <= 0) return; // hidden or detached: the ResizeObserver renders once there is room
    const height = normalized.height ?? def.defaultHeight(width);
    const isDark = dark();
    scene = def.layout(normalized, { width, height }, isDark);
    svg.attr("width", width).attr("height", height).attr("viewBox", `0 0 ${width} ${height}`);
    root.style.background = cssColor("background", isDark);
    background.attr("width", width).attr("height", height).style("fill", cssColor("background", isDark));
    titleEl.text(scene.title);
    descEl.text(scene.description);
    hint.textContent = scene.hint;
    stop?.();
    stop = draw(scene, animated && motion(), isDark);
    renderTable(table, scene.table);
    focusables = svg.selectAll<MarkElement, Mark>("[data-focus]").nodes();
    if (active >= focusables.length) active = -1;
    showActive(false);
  }

  function draw(s: Scene, animated: boolean, isDark: boolean): (() => void) | undefined {
    const byGroup = groupMarks(s.marks);
    const moves: Move[] = [];
    for (const layer of LAYERS) {
      for (const kind of KINDS) {
        const group = svg.select(`g[data-layer="${layer}"] > g[data-kind="${kind}"]`) as unknown as Selection<SVGGElement, unknown, null, undefined>;
        group.selectAll<MarkElement, Mark>(kind)
          .data(byGroup.get(`${layer}/${kind}`) ?? [], (d) => d.key)
          .join(
            (enter) => enter.append(kind).each(function (d) { paint(this, d, isDark); }),
            (update) => update.each(function (d) {
              const names = geometry[d.kind];
              if (animated && names.length > 0) {
                const from = names.map((n) => Number(this.getAttribute(n)) || 0);
                paint(this, d, isDark, false);
                const to = names.map((n) => (d as unknown as Record<string, number>)[n]!);
                moves.push({ el: this, from, to, names });
              } else paint(this, d, isDark);
            }),
            (exit) => exit.remove(),
          )
          .attr("data-focus", (d) => (d.focus ? "" : null))
          .attr("aria-hidden", "true");
      }
    }
    if (moves.length === 0 || !win) return undefined;
    return animate(moves, DURATION, (cb) => win.requestAnimationFrame(cb), (n) => win.cancelAnimationFrame(n));
  }

  function focusOf(el: MarkElement | undefined): Focus | undefined {
    return el?.__data__?.focus;
  }

  function showActive(announce: boolean): void {
    const el = focusables[active];
    const focus = focusOf(el);
    if (!el || !focus || !scene) {
      ring.attr("display", "none");
      tooltip.hide();
      return;
    }
    const box = bounds(el.__data__!);
    ring.attr("display", null).attr("x", box.x - 2).attr("y", box.y - 2).attr("width", box.width + 4).attr("height", box.height + 4)
      .style("stroke", cssColor("highlight", dark()));
    if (announce) live.textContent = focus.label;
    if (normalized.tooltip) tooltip.show(focus, scene.width, scene.dark);
  }

  function emitSkipped(): void {
    if (normalized.skipped.length > 0) {
      root.dispatchEvent(new CustomEvent("skip", { bubbles: true, composed: true, detail: { skipped: normalized.skipped } }));
    }
  }

  function emitSelect(focus: Focus): void {
    root.dispatchEvent(new CustomEvent("select", { bubbles: true, composed: true, detail: { id: focus.id } }));
  }

  const guard = <E,>(handler: (event: E) => void) => (event: E) => {
    try {
      handler(event);
    } catch (error) {
      console.error("pow-exchanges: an event handler failed", error);
    }
  };

  const onKey = guard((event: KeyboardEvent) => {
    if (event.key === "Escape") {
      tooltip.hide();
      ring.attr("display", "none");
      return;
    }
    if ((event.key === "Enter" || event.key === " ") && active >= 0) {
      const focus = focusOf(focusables[active]);
      if (focus) emitSelect(focus);
      event.preventDefault();
      return;
    }
    const next = keyboardStep(event.key, active, focusables.length);
    if (next === null) return;
    event.preventDefault();
    active = next;
    showActive(true);
  });
  const onPointer = guard((event: PointerEvent) => {
    const el = (event.target as Element | null)?.closest?.("[data-focus]") as MarkElement | null;
    const index = el ? focusables.indexOf(el) : -1;
    if (index >= 0 && index !== active) {
      active = index;
      showActive(false);
    }
  });
  const onLeave = guard(() => {
    if (doc.activeElement !== svg.node()) {
      active = -1;
      showActive(false);
    }
  });
  const onClick = guard((event: MouseEvent) => {
    const el = (event.target as Element | null)?.closest?.("[data-focus]") as MarkElement | null;
    const focus = focusOf(el ?? undefined);
    if (focus) emitSelect(focus);
  });
  const onBlur = guard(() => {
    tooltip.hide();
    ring.attr("display", "none");
  });
  const node = svg.node()!;
  node.addEventListener("keydown", onKey);
  node.addEventListener("pointermove", onPointer);
  node.addEventListener("pointerleave", onLeave);
  node.addEventListener("click", onClick);
  node.addEventListener("blur", onBlur);

  // Redraw on the next frame, not inside the observer: drawing changes the container's height,
  // and doing it in the callback makes the browser report an undelivered-notifications loop.
  let pending = 0;
  const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(guard(() => {
    if (destroyed || normalized.width !== null || pending !== 0) return;
    pending = win?.requestAnimationFrame(guard(() => {
      pending = 0;
      if (!destroyed && measure() !== lastWidth) render(false);
    })) ?? 0;
  }));
  observer?.observe(target);
  render(false);
  // A microtask later, so a listener added on `handle.element` right after mounting hears it.
  queueMicrotask(() => {
    if (!destroyed) emitSkipped();
  });

  return {
    element: root,
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
      stop?.();
      if (pending !== 0) win?.cancelAnimationFrame(pending);
      observer?.disconnect();
      node.removeEventListener("keydown", onKey);
      node.removeEventListener("pointermove", onPointer);
      node.removeEventListener("pointerleave", onLeave);
      node.removeEventListener("click", onClick);
      node.removeEventListener("blur", onBlur);
      tooltip.destroy();
      root.remove();
    },
  };
}
