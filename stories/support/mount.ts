/** Mounting helpers shared by the chart stories: a host element, cleanup, and errors shown as text. */

interface Destroyable {
  destroy(): void;
}

const live = new Set<Destroyable>();

/** Destroys every chart a story mounted (called by the preview when the story changes). */
export function destroyCharts(): void {
  for (const handle of live) handle.destroy();
  live.clear();
}

/** Drops options a control left empty, so the chart applies its own defaults. */
export function cleanOptions<O extends object>(options: O): O {
  const entries = Object.entries(options).filter(([, v]) => v !== undefined && v !== null && v !== "");
  return Object.fromEntries(entries) as O;
}

/** A host element: full width, or a fixed width when given. */
export function storyHost(width?: number): HTMLDivElement {
  const host = document.createElement("div");
  host.className = "pow-story";
  host.style.width = width === undefined ? "100%" : `${width}px`;
  host.style.maxWidth = "100%";
  return host;
}

/** The message a user would see when a chart refuses its options or data. */
export function errorMessage(error: unknown): HTMLElement {
  const box = document.createElement("pre");
  box.setAttribute("role", "alert");
  box.className = "pow-story-error";
  Object.assign(box.style, { whiteSpace: "pre-wrap", font: "14px/1.4 ui-monospace, monospace", color: "#8b0000", background: "#fff4f4", padding: "12px", border: "1px solid #8b0000" });
  box.textContent = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return box;
}

/**
 * Mounts a chart into a new host once the host is in the page, as a reader's page would (the
 * chart measures its container at once). An error thrown by the chart is shown as text instead.
 */
export function mountChart<O extends object>(chart: (target: Element, options?: O) => Destroyable, options: O, width?: number): HTMLDivElement {
  const host = storyHost(width);
  whenConnected(host, () => {
    try {
      live.add(chart(host, cleanOptions(options)));
    } catch (error) {
      host.append(errorMessage(error));
    }
  });
  return host;
}

/** Calls `run` as soon as `el` is attached to the document (Storybook attaches a story's element after rendering it). */
export function whenConnected(el: Element, run: () => void): void {
  let frames = 0;
  const check = () => {
    if (el.isConnected) run();
    else if (++frames < 600) requestAnimationFrame(check);
  };
  queueMicrotask(check);
}

/** Runs `build`, showing its error as text: for stories whose data is prepared before mounting. */
export function orError(build: () => HTMLElement): HTMLElement {
  try {
    return build();
  } catch (error) {
    const host = storyHost();
    host.append(errorMessage(error));
    return host;
  }
}
