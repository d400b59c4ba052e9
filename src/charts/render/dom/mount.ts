import { select } from "d3-selection";
import type { ChartDefinition, ChartHandle } from "../../core/chart.js";
import { createLayers, drawScene } from "./draw.js";
import { serverSvg } from "./hydrate.js";
import { guard, listen, markAtPointer } from "./interaction.js";
import { keyboardStep } from "./keyboard.js";
import type { Focus, Mark, Scene } from "../../core/marks.js";
import type { NormalizedCommon } from "../../core/options.js";
import { bounds, cssColor } from "./paint.js";
import { adoptChartStyles } from "./styles.js";
import { idleTable, visuallyHidden } from "./table.js";
import { fontStack } from "../../core/theme.js";
import { createTooltip } from "./tooltip.js";

let counter = 0;

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

  const measure = () => normalized.width ?? Math.floor(target.getBoundingClientRect().width || (target as HTMLElement).clientWidth || 0);

  const root = doc.createElement("div");
  root.className = `pow-chart pow-${def.name}`;
  root.setAttribute("part", "chart");
  root.style.cssText = `position:relative;width:100%;font-family:var(--pow-font, ${fontStack})`;
  const svg = select(root).append("svg").attr("id", id).attr("role", "img").attr("tabindex", "0")
    .attr("aria-labelledby", `${id}-title ${id}-desc`).attr("aria-describedby", `${id}-hint`).attr("xmlns", "http://www.w3.org/2000/svg");
  svg.node()!.style.cssText = "display:block;overflow:visible";
  const titleEl = svg.append("title").attr("id", `${id}-title`);
  const descEl = svg.append("desc").attr("id", `${id}-desc`);
  const background = svg.append("rect").attr("x", 0).attr("y", 0);
  const layers = createLayers(svg);
  const ring = svg.append("rect").attr("class", "pow-focus-ring").attr("fill", "none").attr("stroke-width", 2).attr("display", "none");
  const hint = doc.createElement("p");
  hint.id = `${id}-hint`;
  visuallyHidden(hint);
  const live = doc.createElement("div");
  live.setAttribute("aria-live", "polite");
  visuallyHidden(live);
  root.append(hint, live);
  // The data table and the tooltip join the chart when first needed (the table when the browser
  // is idle), so a first render builds neither. A table sizes itself to its content whatever its
  // own width, so a hidden box holds it.
  // The tooltip steps, closes and lets go through the chart, which owns which record is active.
  const tooltip = createTooltip(doc, root, {
    step: (delta) => {
      if (focusables.length === 0) return;
      active = Math.max(0, Math.min(focusables.length - 1, (active < 0 ? 0 : active) + delta));
      showActive(true);
    },
    close: (returnFocus) => {
      pinned = false;
      hideFocus();
      if (returnFocus) svg.node()!.focus();
    },
    leave: (to) => {
      if (!pinned && to !== svg.node() && focused() !== svg.node() && !tooltip.contains(focused())) hideFocus();
    },
  });
  const makeTable = () => {
    const box = doc.createElement("div");
    visuallyHidden(box);
    root.insertBefore(box, live.nextSibling);
    return box.appendChild(doc.createElement("table"));
  };
  // Measured before the chart joins the page: reading a size after appending would make the
  // browser lay out the empty scaffolding once, and then again with the marks.
  const firstWidth = measure();
  // Hydration: a chart mounted on its server-rendered SVG takes its place, drawn in the same task.
  const prerendered = serverSvg(target);
  if (prerendered) prerendered.replaceWith(root);
  else target.appendChild(root);

  /** The focused element where the chart lives: its document, or the element's shadow root. */
  const focused = () => (root.getRootNode() as Document | ShadowRoot).activeElement ?? null;
  let scene: Scene | undefined;
  let focusables: Mark[] = [];
  let active = -1;
  /** Set by a click or tap: the tooltip stays until closed, tapped again or left by focus. */
  let pinned = false;
  let lastWidth = -1;
  let stop: (() => void) | undefined;
  let destroyed = false;
  let inline: boolean | undefined;
  const hiddenTable = idleTable(win, makeTable);

  const dark = () => (normalized.dark === "auto" ? win?.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false : normalized.dark);
  const motion = () => (normalized.animate === "auto" ? !(win?.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? true) : normalized.animate);
  function render(animated: boolean, width = measure()): void {
    lastWidth = width;
    if (width <= 0) return; // hidden or detached: the ResizeObserver renders once there is room
    // Decided at the first real draw, when the chart is in its document or shadow root.
    inline ??= !adoptChartStyles(root.getRootNode());
    const height = normalized.height ?? def.defaultHeight(width);
    const isDark = dark();
    scene = def.layout(normalized, { width, height }, isDark);
    svg.attr("width", width).attr("height", height).attr("viewBox", `0 0 ${width} ${height}`);
    root.classList.toggle("pow-dark", isDark);
    root.style.background = cssColor("background", isDark);
    background.attr("width", width).attr("height", height).style("fill", cssColor("background", isDark));
    titleEl.text(scene.title);
    descEl.text(scene.description);
    hint.textContent = scene.hint;
    stop?.();
    const drawn = drawScene(layers, scene, {
      animated: animated && motion(), dark: isDark, inline,
      ...(win ? { frame: (cb: FrameRequestCallback) => win.requestAnimationFrame(cb), cancel: (n: number) => win.cancelAnimationFrame(n) } : {}),
    });
    stop = drawn.stop;
    focusables = drawn.focusables;
    hiddenTable.schedule(scene);
    if (active >= focusables.length) active = -1;
    showActive(false);
  }

  function hideFocus(): void {
    tooltip.hide();
    ring.attr("display", "none");
  }

  function showActive(announce: boolean): void {
    const mark = focusables[active];
    const focus = mark?.focus;
    if (!mark || !focus || !scene) return hideFocus();
    const box = focus.box ?? bounds(mark);
    ring.attr("display", null).attr("x", box.x - 2).attr("y", box.y - 2).attr("width", box.width + 4).attr("height", box.height + 4)
      .style("stroke", cssColor("highlight", dark()));
    if (announce) live.textContent = focus.label;
    if (normalized.tooltip) tooltip.show(focus, scene, scene.dark, scene.controls);
  }

  // Each event goes out under its name (`pow:select`, as the elements send it) and its deprecated one.
  const emit = (types: readonly string[], detail: object) => {
    for (const type of types) root.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  };
  function emitSkipped(): void {
    if (normalized.skipped.length > 0) emit(["pow:skipped", "skip"], { skipped: normalized.skipped });
  }
  const emitSelect = (focus: Focus) => emit(["pow:select", "select"], { id: focus.id });

  const onKey = guard((event: KeyboardEvent) => {
    if (event.key === "Escape") {
      pinned = false;
      return hideFocus();
    }
    if ((event.key === "Enter" || event.key === " ") && active >= 0) {
      const focus = focusables[active]?.focus;
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
  const pointerIndex = (event: MouseEvent) => {
    const box = svg.node()!.getBoundingClientRect();
    const scale = scene && box.width > 0 ? scene.width / box.width : 1;
    return markAtPointer((event.clientX - box.left) * scale, (event.clientY - box.top) * scale, focusables);
  };
  const onPointer = guard((event: PointerEvent) => {
    const index = pointerIndex(event);
    if (index >= 0 && index !== active) {
      active = index;
      showActive(false);
    }
  });
  // Leaving the chart for its tooltip keeps the tooltip: its links must be reachable.
  const onLeave = guard((event: PointerEvent) => {
    if (pinned || tooltip.contains(event.relatedTarget) || focused() === svg.node()) return;
    active = -1;
    showActive(false);
  });
  // A click or tap shows the record's tooltip and selects it; tapping it again closes it.
  const onClick = guard((event: MouseEvent) => {
    const index = pointerIndex(event);
    const focus = focusables[index]?.focus;
    if (!focus) {
      pinned = false;
      return hideFocus();
    }
    const touch = "pointerType" in event && (event as PointerEvent).pointerType !== "mouse";
    if (touch && pinned && index === active && tooltip.visible) {
      pinned = false;
      return hideFocus();
    }
    active = index;
    pinned = true;
    showActive(false);
    emitSelect(focus);
  });
  // Focus moving into the tooltip (Tab to a source) keeps it open.
  const onBlur = guard((event: FocusEvent) => {
    if (tooltip.contains(event.relatedTarget)) return;
    pinned = false;
    hideFocus();
  });
  const unlisten = listen(svg.node()!, { keydown: onKey, pointermove: onPointer, pointerleave: onLeave, click: onClick, blur: onBlur });

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
  render(false, firstWidth);
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
      hiddenTable.cancel();
      observer?.disconnect();
      unlisten();
      tooltip.destroy();
      root.remove();
    },
  };
}
