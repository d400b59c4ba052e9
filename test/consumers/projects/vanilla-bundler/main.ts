// A strict app with a bundler: the README's snippets, as written, type-check.
import "pow-exchanges/element";
import { timeline, cumulativeBars, renderToString } from "pow-exchanges/charts";
import { exchanges, totals } from "pow-exchanges/data";
import { mergeExchanges } from "pow-exchanges/schema";
import { renderToString as serverRender, heldCaptives } from "pow-exchanges/server";

const svg: string | undefined = document.querySelector("pow-timeline")?.toSVG();
const el = document.createElement("pow-held-captives");
el.data = exchanges;
el.options = { mode: "dots" };
el.addEventListener("pow:select", (event) => console.log(event.detail.id.toUpperCase()));
el.addEventListener("pow:skipped", (event) => console.log(event.detail.skipped.length));
el.addEventListener("pow:error", (event) => console.log(event.detail.message));
document.addEventListener("pow:select", (event) => console.log(event.detail.id));
// @ts-expect-error: the detail is typed, so a misspelt field is an error
el.addEventListener("pow:select", (event) => event.detail.ids);
// @ts-expect-error: a chart's target is an element or a selector
timeline(42);

const chart = timeline("#swaps", { highlight: "2024-07-17", locale: "uk" });
chart.element.addEventListener("pow:select", (e) => console.log(e.detail.id));
chart.update({ from: "2024-01-01" });
chart.destroy();
cumulativeBars(document.body, { by: "year", mode: "stacked" });

const all = mergeExchanges(exchanges, []);
const strings: string[] = [svg ?? "", renderToString(timeline, { width: 640 }), serverRender(heldCaptives, { width: 640 }), String(totals(all).exchanges)];
console.log(strings.length);
