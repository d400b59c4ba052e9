// CommonJS under Node's own resolution.
import { exchanges } from "pow-exchanges/data";
import { renderToString, heldCaptives } from "pow-exchanges/server";
import type { PowChartElement } from "pow-exchanges/element";

const el: PowChartElement | undefined = undefined;
console.log(exchanges.length, renderToString(heldCaptives, { width: 390 }).length, el);
