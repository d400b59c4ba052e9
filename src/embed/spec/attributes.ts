/**
 * THE list of the chart elements' attributes: their names, the values they take (as a TypeScript
 * type), and what they do. The element observes these names; the DOM, React, Vue and Svelte
 * typings, `custom-elements.json` and Storybook's controls are all made from this list, so an
 * attribute added here is typed everywhere.
 *
 * @example
 * attributeSpecs.map((a) => a.name); // ["locale", "from", …, "lenient"]
 */
export const attributeSpecs = [
  { name: "locale", type: '"en" | "uk" | "ru"', default: "en", description: "Language of labels, months, numbers and plurals: en, uk or ru." },
  { name: "from", type: "string", description: "First date shown, YYYY-MM-DD." },
  { name: "to", type: "string", description: "Last date shown, YYYY-MM-DD." },
  { name: "highlight", type: "string", description: "Id or date of the record (or claim) to emphasise, e.g. 2024-07-17." },
  { name: "title", type: "string", description: "Headline and accessible name (always text, never markup)." },
  { name: "subtitle", type: "string", description: "A line under the headline (always text, never markup)." },
  { name: "height", type: "number | string", description: "Height in pixels, e.g. 400. Default: the chart's own height for its width." },
  { name: "dark", type: 'boolean | "true" | "false" | "auto"', default: "false", description: "Dark colours: true, false, or auto (follow the reader's preference)." },
  { name: "plain", type: 'boolean | "true" | "false"', default: "false", description: "No header and footer, for hosts that print their own." },
  { name: "static", type: 'boolean | "true" | "false"', default: "false", description: "No tooltip, no keyboard focus, no pointer interaction." },
  { name: "animate", type: 'boolean | "true" | "false" | "auto"', default: "auto", description: "Animate updates: auto (only when the reader allows motion), true or false." },
  { name: "actions", type: '"true" | "false"', default: "true", description: 'Show the SVG, PNG and CSV download buttons; "false" hides them.' },
  { name: "lenient", type: 'boolean | "true" | "false"', default: "false", description: "Draw the valid records of your data and list the invalid ones in the footer (and a pow:skipped event), instead of an error." },
] as const;

/** One attribute's entry in `attributeSpecs`. */
export type AttributeSpec = (typeof attributeSpecs)[number];

/** The name of any chart element attribute, e.g. "locale". */
export type ChartAttributeName = AttributeSpec["name"];
