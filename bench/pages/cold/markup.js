import { timeline, cumulativeBars, heldCaptives, renderToString } from "../../../src/charts/index.ts";
import { insertMarkup } from "../../equivalents/markup.js";
import { coldHarness } from "./harness.js";

const charts = { timeline, "cumulative-bars": cumulativeBars, "held-captives": heldCaptives };
let markup = null;
// The markup is made before the page's only timed render (the harness times only the insertion).
window.prepareMarkup = (name, width) => { markup = renderToString(charts[name], { width }); return markup.length; };
coldHarness((name, el) => insertMarkup(el, markup));
