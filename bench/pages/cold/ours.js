import { timeline, cumulativeBars, heldCaptives } from "../../../src/charts/index.ts";
import { heldClaims } from "../../../src/data/records/held-claims.ts";
import { samePicture } from "../../equivalents/series.js";
import { coldHarness } from "./harness.js";

const charts = { timeline, "cumulative-bars": cumulativeBars, "held-captives": heldCaptives };
// The bundled data, by default, as a reader's page has it: no `data` option; held captives drawn
// as the one claim the equivalents draw.
coldHarness((name, el) => charts[name](el, { animate: false, ...samePicture(name, heldClaims) }));
