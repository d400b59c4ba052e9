import { guard, listen, markAtPointer } from "./interaction.js";
import { keyboardStep } from "./keyboard.js";
import { bounds, cssColor } from "./paint.js";
import type { ChartParts } from "./scaffold.js";
import { createTooltip } from "./tooltip.js";
import type { Focus, Mark, Scene } from "../../core/marks.js";
import type { RenderSettings } from "../../core/render-settings.js";

/** Which record keyboard, pointer and tooltip are on, kept across redraws. */
export interface FocusController {
  /** After a draw: the scene, its focusable marks in drawing order, and the settings it was drawn with. */
  update(scene: Scene, focusables: readonly Mark[], settings: RenderSettings): void;
  destroy(): void;
}

/**
 * Keyboard, pointer, click and tap on a chart's records, and the tooltip they open. One record is
 * active at a time; a click or tap pins its tooltip until it is closed, tapped again or left by
 * focus, and Enter or a click selects it (`onSelect`). With `interactive` off, the SVG takes no
 * focus and every handler does nothing.
 *
 * @example
 * const focus = focusController(parts, (f) => emit("pow:select", { id: f.id }));
 * focus.update(scene, focusables, { dark: false, animate: false, tooltip: true, interactive: true });
 */
export function focusController(parts: ChartParts, onSelect: (focus: Focus) => void): FocusController {
  const { root, svg, ring, live } = parts;
  const doc = root.ownerDocument;
  let scene: Scene | undefined;
  let focusables: readonly Mark[] = [];
  let settings: RenderSettings = { dark: false, animate: false, tooltip: true, interactive: true };
  let active = -1;
  let pinned = false;

  /** The focused element where the chart lives: its document, or the element's shadow root. */
  const focused = () => (root.getRootNode() as Document | ShadowRoot).activeElement ?? null;
  const tooltip = createTooltip(doc, root, {
    step: (delta) => {
      if (focusables.length === 0) return;
      active = Math.max(0, Math.min(focusables.length - 1, (active < 0 ? 0 : active) + delta));
      show(true);
    },
    close: (returnFocus) => {
      pinned = false;
      hide();
      if (returnFocus) svg.focus();
    },
    leave: (to) => {
      if (!pinned && to !== svg && focused() !== svg && !tooltip.contains(focused())) hide();
    },
  });

  function hide(): void {
    tooltip.hide();
    ring.setAttribute("display", "none");
  }

  function show(announce: boolean): void {
    const mark = focusables[active];
    const focus = mark?.focus;
    if (!mark || !focus || !scene || !settings.interactive) return hide();
    const box = focus.box ?? bounds(mark);
    ring.removeAttribute("display");
    for (const [name, value] of [["x", box.x - 2], ["y", box.y - 2], ["width", box.width + 4], ["height", box.height + 4]] as const) ring.setAttribute(name, String(value));
    ring.style.stroke = cssColor("highlight", settings.dark);
    if (announce) live.textContent = focus.label;
    if (settings.tooltip) tooltip.show(focus, scene, settings.dark, scene.controls);
  }

  const pointerIndex = (event: MouseEvent) => {
    const box = svg.getBoundingClientRect();
    const scale = scene && box.width > 0 ? scene.width / box.width : 1;
    return markAtPointer({ x: (event.clientX - box.left) * scale, y: (event.clientY - box.top) * scale }, focusables);
  };
  /** Wraps a handler: nothing escapes it, and a still chart ignores the event. */
  const handler = <E>(run: (event: E) => void) => guard((event: E) => {
    if (settings.interactive) run(event);
  });

  const unlisten = listen(svg, {
    keydown: handler((event: KeyboardEvent) => {
      if (event.key === "Escape") {
        pinned = false;
        return hide();
      }
      if ((event.key === "Enter" || event.key === " ") && active >= 0) {
        const focus = focusables[active]?.focus;
        if (focus) onSelect(focus);
        event.preventDefault();
        return;
      }
      const next = keyboardStep(event.key, active, focusables.length);
      if (next === null) return;
      event.preventDefault();
      active = next;
      show(true);
    }),
    pointermove: handler((event: PointerEvent) => {
      const index = pointerIndex(event);
      if (index < 0 || index === active) return;
      active = index;
      show(false);
    }),
    // Leaving the chart for its tooltip keeps the tooltip: its links must be reachable.
    pointerleave: handler((event: PointerEvent) => {
      if (pinned || tooltip.contains(event.relatedTarget) || focused() === svg) return;
      active = -1;
      show(false);
    }),
    // A click or tap shows the record's tooltip and selects it; tapping it again closes it.
    click: handler((event: MouseEvent) => {
      const index = pointerIndex(event);
      const focus = focusables[index]?.focus;
      if (!focus) {
        pinned = false;
        return hide();
      }
      const touch = "pointerType" in event && (event as PointerEvent).pointerType !== "mouse";
      if (touch && pinned && index === active && tooltip.visible) {
        pinned = false;
        return hide();
      }
      active = index;
      pinned = true;
      show(false);
      onSelect(focus);
    }),
    // Focus moving into the tooltip (Tab to a source) keeps it open.
    blur: handler((event: FocusEvent) => {
      if (tooltip.contains(event.relatedTarget)) return;
      pinned = false;
      hide();
    }),
  });

  return {
    update(next, marks, nextSettings) {
      scene = next;
      focusables = marks;
      settings = nextSettings;
      if (settings.interactive) {
        svg.setAttribute("tabindex", "0");
        svg.setAttribute("aria-describedby", parts.hint.id);
      } else {
        svg.removeAttribute("tabindex");
        svg.removeAttribute("aria-describedby");
        pinned = false;
      }
      if (active >= focusables.length) active = -1;
      show(false);
    },
    destroy() {
      unlisten();
      tooltip.destroy();
    },
  };
}
