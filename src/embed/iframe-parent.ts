import { parseFrameMessage, pymWidthMessage } from "./iframe-messages.js";

/** Options of `autoResizeIframes`. */
export interface AutoResizeOptions {
  /** Which iframes to resize (default: `iframe[data-pow-embed]`). */
  readonly selector?: string;
  /** Where to look for them (default: the document). */
  readonly root?: ParentNode;
}

/**
 * Resizes embedded chart iframes to the height they report (pym.js or AMP `embed-size`
 * messages). A message counts only when it comes from that iframe's window *and* from the
 * origin of its `src`, so no other frame can resize it. A sandboxed iframe (no
 * `allow-same-origin`) posts from the opaque origin "null": it counts only when that iframe opts
 * in with `data-pow-embed="sandboxed"`, and still only from its own window.
 * On start it asks each iframe for its height (a pym width message), since a script loaded with
 * `defer` may start after a frame first reported. Returns a function that stops listening.
 *
 * @example
 * import { autoResizeIframes } from "pow-exchanges/iframe";
 * const stop = autoResizeIframes(); // <iframe data-pow-embed src="…/embed.html?chart=timeline">
 */
export function autoResizeIframes(options: AutoResizeOptions = {}): () => void {
  const root = options.root ?? document;
  const selector = options.selector ?? "iframe[data-pow-embed]";
  const view = (root as Node).ownerDocument?.defaultView ?? (root as Document).defaultView ?? window;
  const onMessage = (event: MessageEvent) => {
    const message = parseFrameMessage(event.data);
    if (!message || message.kind !== "height") return;
    for (const frame of root.querySelectorAll<HTMLIFrameElement>(selector)) {
      if (frame.contentWindow !== event.source || !fromFrame(frame, event.origin, view)) continue;
      // CSSOM, not a style attribute string: allowed under a strict style-src.
      frame.style.height = `${message.height}px`;
    }
  };
  view.addEventListener("message", onMessage);
  for (const frame of root.querySelectorAll<HTMLIFrameElement>(selector)) {
    const id = query(frame, view)?.get("childId") ?? "pow";
    // Only a width goes out, to "*": the frame may still hold about:blank, or be sandboxed.
    frame.contentWindow?.postMessage(pymWidthMessage(id, frame.getBoundingClientRect().width), "*");
  }
  return () => view.removeEventListener("message", onMessage);
}

function fromFrame(frame: HTMLIFrameElement, origin: string, view: Window): boolean {
  if (origin === "null") return frame.getAttribute("data-pow-embed") === "sandboxed";
  return origin === query(frame, view)?.origin;
}

function query(frame: HTMLIFrameElement, view: Window): { origin: string; get(name: string): string | null } | null {
  try {
    const url = new URL(frame.src, view.location.href);
    return { origin: url.origin, get: (name) => url.searchParams.get(name) };
  } catch {
    return null;
  }
}
