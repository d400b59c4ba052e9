/**
 * The one-script build (`dist/pow-exchanges.global.js`, IIFE): defines the elements and exposes
 * the whole API as `window.PowExchanges`.
 * @module
 */
import { defineElements } from "./define.js";

defineElements();

export * from "../index.js";
export { defineElements, tagName } from "./define.js";
export { chartNames } from "../charts/registry.js";
export { autoResizeIframes } from "./iframe-parent.js";
export { parseFrameMessage, pymHeightMessage, ampSizeMessage } from "./iframe-messages.js";
