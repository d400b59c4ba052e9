// ESM under Node's own resolution: every entry resolves with its types.
import "pow-exchanges/element";
import type { PowChartElement, PowSelectDetail } from "pow-exchanges/element";
import { renderToString, timeline } from "pow-exchanges/server";
import { exchanges, cumulative } from "pow-exchanges/data";
import { safeParseExchanges } from "pow-exchanges/schema";
import { locales } from "pow-exchanges/charts";

const el: PowChartElement | null = document.querySelector("pow-cumulative-bars");
el?.addEventListener("pow:select", (event: CustomEvent<PowSelectDetail>) => console.log(event.detail.id));
const svg: string = renderToString(timeline, { width: 640, locale: locales[1] });
console.log(svg.length, cumulative(exchanges).length, safeParseExchanges(exchanges).ok, document.querySelector("pow-timeline")?.toSVG());
