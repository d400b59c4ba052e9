/**
 * THE list of the chart elements' attributes. The element observes these names; their types and
 * descriptions are in `attributeDocs` (./attribute-docs.ts), which must describe every name. The
 * DOM, React, Vue and Svelte typings, `custom-elements.json` and Storybook's controls are all made
 * from the two, so an attribute added here is typed everywhere. Names only: this ships to browsers.
 *
 * @example
 * chartAttributeNames.includes("locale"); // true
 */
export const chartAttributeNames = [
  "locale", "from", "to", "highlight", "title", "subtitle", "note", "credit", "height", "dark", "plain", "static", "animate", "actions", "lenient",
  "largest", "pause-months", "legend", "by", "mode", "official-totals", "claim",
] as const;

/**
 * The attributes only some charts take, and which: every other attribute is every chart's. Set on
 * another chart's element, one of these is an error that names it, never silently ignored.
 *
 * @example
 * chartsOfAttribute["pause-months"]; // ["timeline"]
 */
export const chartsOfAttribute: Readonly<Partial<Record<ChartAttributeName, readonly string[]>>> = {
  largest: ["timeline"],
  "pause-months": ["timeline"],
  legend: ["timeline"],
  by: ["cumulative-bars"],
  "official-totals": ["cumulative-bars"],
  mode: ["cumulative-bars", "held-captives"],
  claim: ["held-captives"],
};

/** The name of any chart element attribute, e.g. "locale". */
export type ChartAttributeName = (typeof chartAttributeNames)[number];
