/**
 * `pow-exchanges/iframe`: the parent-page helper for `embed.html` iframes, with no side effects.
 * @module
 */
export { autoResizeIframes } from "./iframe-parent.js";
export type { AutoResizeOptions } from "./iframe-parent.js";
export { parseFrameMessage, pymHeightMessage, pymWidthMessage, ampSizeMessage } from "./iframe-messages.js";
export type { FrameMessage } from "./iframe-messages.js";
