/**
 * `dist/lazy/cumulative-bars.js`: defines `<pow-cumulative-bars>` alone, with only that chart's code and the records
 * it draws. The loader (`dist/loader.js`) imports it when such an element nears the viewport.
 * @module
 */
import { cumulativeBars } from "../../charts/cumulative-bars/index.js";
import { defineLazyElement } from "./define-lazy.js";

await defineLazyElement(cumulativeBars);
