import type { ChartDefinition } from "../../charts/core/chart.js";

/** A registered chart's name, e.g. "timeline". */
export type ElementChartName = ChartDefinition<unknown>["name"];

/** A chart element's tag, e.g. "pow-timeline". */
export type ChartTagName = `pow-${ElementChartName}`;

/**
 * What each chart element shows, by chart name: the manifest's and the typings' description.
 * Keyed by every chart name, so registering a chart without describing its element fails to compile.
 *
 * @example
 * elementDescriptions.timeline; // "Every exchange on a time axis: …"
 */
export const elementDescriptions: Readonly<Record<ElementChartName, string>> = {
  "timeline": "Every exchange on a time axis: people returned to Ukraine above, to Russia below, each direction in its colour, an agreement's stages stacked as one event.",
  "cumulative-bars": "People returned, accumulated by month, exchange or year, with officials' running totals as markers.",
  "held-captives": "Attributed claims of how many captives each side holds: one claim as two bars, or every claim as dots.",
};
