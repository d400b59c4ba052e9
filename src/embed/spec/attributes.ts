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
  "locale", "from", "to", "highlight", "title", "subtitle", "height", "dark", "plain", "static", "animate", "actions", "lenient",
] as const;

/** The name of any chart element attribute, e.g. "locale". */
export type ChartAttributeName = (typeof chartAttributeNames)[number];
