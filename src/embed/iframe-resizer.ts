/**
 * `dist/iframe-resizer.js`: the parent page's resizer for `embed.html` iframes as one small
 * classic script with no chart code. It runs `autoResizeIframes()` when it loads (with `defer`,
 * after the page is parsed) and defines no global.
 *
 * @example
 * // <iframe data-pow-embed src="…/embed.html?chart=timeline" style="width:100%;height:540px;border:0"></iframe>
 * // <script defer src="…/iframe-resizer.js"></script>
 * @module
 */
import { autoResizeIframes } from "./iframe-parent.js";

autoResizeIframes();
