import { parseFrameMessage } from "./iframe-messages.js";

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
 * origin of its `src`, so no other frame can resize it. Returns a function that stops listening.
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
      if (frame.contentWindow !== event.source || originOf(frame, view) !== event.origin) continue;
      // CSSOM, not a style attribute string: allowed under a strict style-src.
      frame.style.height = `${message.height}px`;
    }
  };
  view.addEventListener("message", onMessage);
  return () => view.removeEventListener("message", onMessage);
}

function originOf(frame: HTMLIFrameElement, view: Window): string | null {
  try {
    return new URL(frame.src, view.location.href).origin;
  } catch {
    return null;
  }
}
