/**
 * `dist/lazy/timeline.js`: defines `<pow-timeline>` alone, with only that chart's code and the records
 * it draws. The loader (`dist/loader.js`) imports it when such an element nears the viewport.
 * @module
 */
import { timeline } from "../../charts/timeline/index.js";
import { defineLazyElement } from "./define-lazy.js";

await defineLazyElement(timeline);
