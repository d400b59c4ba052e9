import { drawScene } from "./draw.js";
import { focusController } from "./focus.js";
import { cssColor } from "./paint.js";
import { chartParts } from "./scaffold.js";
import { adoptChartStyles } from "./styles.js";
import { idleTable, visuallyHidden } from "./table.js";
import type { Focus, Scene } from "../../core/marks.js";
import type { RenderSettings } from "../../core/render-settings.js";

/** A chart drawn into the DOM: its element, and the one way to change what it shows. */
export interface DomRenderer {
  /** The chart's element (`part="chart"`), not yet in the page. */
  readonly element: HTMLDivElement;
  /** Draws a scene, joining its marks to the elements of the last one by key. */
  draw(scene: Scene, settings: RenderSettings): void;
  /** Stops animation and idle work and removes every listener. Leaves the element where it is. */
  destroy(): void;
}

/**
 * The DOM renderer: takes scenes and render settings, nothing else (no options, no layout). It
 * paints with the chart stylesheet where the browser can adopt one and with inline CSSOM styles
 * where it cannot, keeps a hidden data table in step (built when the browser is idle), and
 * hands keyboard, pointer and tooltip to the focus controller. `onSelect` hears a record chosen.
 *
 * @example
 * const renderer = domRenderer(document, "timeline", (focus) => console.log(focus.id));
 * host.append(renderer.element);
 * renderer.draw(layoutTimeline(normalizeTimelineOptions(), { width: 640, height: 500 }), settings);
 */
export function domRenderer(doc: Document, name: string, onSelect: (focus: Focus) => void): DomRenderer {
  const win = doc.defaultView;
  const parts = chartParts(doc, name);
  const { root, svg, background } = parts;
  const focus = focusController(parts, onSelect);
  const table = idleTable(win, () => {
    // A table sizes itself to its content whatever its own width, so a hidden box holds it.
    const box = doc.createElement("div");
    visuallyHidden(box);
    root.insertBefore(box, parts.live.nextSibling);
    return box.appendChild(doc.createElement("table"));
  });
  let inline: boolean | undefined;
  let stop: (() => void) | undefined;
  const frames = win ? { frame: (cb: FrameRequestCallback) => win.requestAnimationFrame(cb), cancel: (n: number) => win.cancelAnimationFrame(n) } : {};

  return {
    element: root,
    draw(scene, settings) {
      // Decided at the first draw, when the chart is in its document or shadow root.
      inline ??= !adoptChartStyles(root.getRootNode());
      const { width, height } = scene;
      for (const [attribute, value] of [["width", width], ["height", height], ["viewBox", `0 0 ${width} ${height}`]] as const) svg.setAttribute(attribute, String(value));
      for (const [attribute, value] of [["width", width], ["height", height]] as const) background.setAttribute(attribute, String(value));
      root.classList.toggle("pow-dark", settings.dark);
      root.style.background = background.style.fill = cssColor("background", settings.dark);
      parts.title.textContent = scene.title;
      parts.desc.textContent = scene.description;
      parts.hint.textContent = settings.interactive ? scene.hint : "";
      stop?.();
      const drawn = drawScene(parts.layers, scene, { animated: settings.animate, dark: settings.dark, inline, ...frames });
      stop = drawn.stop;
      table.schedule(scene);
      focus.update(scene, drawn.focusables, settings);
    },
    destroy() {
      stop?.();
      table.cancel();
      focus.destroy();
    },
  };
}
