import { timeline, cumulativeBars, heldCaptives } from "../../../src/charts/index.ts";
import { coldHarness } from "./harness.js";

const charts = { timeline, "cumulative-bars": cumulativeBars, "held-captives": heldCaptives };
// The bundled data, by default, as a reader's page has it: no `data` option.
coldHarness((name, el) => charts[name](el, { animate: false }));
