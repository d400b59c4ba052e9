/**
 * `dist/lazy/held-captives.js`: defines `<pow-held-captives>` alone, with only that chart's code and the records
 * it draws. The loader (`dist/loader.js`) imports it when such an element nears the viewport.
 * @module
 */
import { heldCaptives } from "../../charts/held-captives/index.js";
import { defineLazyElement } from "./define-lazy.js";

await defineLazyElement(heldCaptives);
