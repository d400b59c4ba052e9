import { chartAttributeNames, type ChartAttributeName } from "./attributes.js";

/** What an attribute takes (a TypeScript type of its HTML value) and does. */
export interface AttributeDoc {
  readonly type: string;
  readonly default?: string;
  readonly description: string;
}

/**
 * The type, default and description of every attribute in `chartAttributeNames`, for typings,
 * the manifest and Storybook (never bundled into the element). Keyed by every name, so an
 * attribute without a description fails to compile.
 *
 * @example
 * attributeDocs.locale.type; // '"en" | "uk" | "ru"'
 */
export const attributeDocs: Readonly<Record<ChartAttributeName, AttributeDoc>> = {
  locale: { type: '"en" | "uk" | "ru"', default: "en", description: "Language of labels, months, numbers and plurals: en, uk or ru." },
  from: { type: "string", description: "First date shown, YYYY-MM-DD." },
  to: { type: "string", description: "Last date shown, YYYY-MM-DD." },
  highlight: { type: "string", description: "Id or date of the record (or claim) to emphasise, e.g. 2024-07-17." },
  title: { type: "string", description: "Headline and accessible name (always text, never markup)." },
  subtitle: { type: "string", description: "A line under the headline (always text, never markup)." },
  height: { type: "number | string", description: "Height in pixels, e.g. 400. Default: the chart's own height for its width." },
  dark: { type: 'boolean | "true" | "false" | "auto"', default: "false", description: "Dark colours: true, false, or auto (follow the reader's preference)." },
  plain: { type: 'boolean | "true" | "false"', default: "false", description: "No header and footer, for hosts that print their own." },
  "static": { type: 'boolean | "true" | "false"', default: "false", description: "No tooltip, no keyboard focus, no pointer interaction." },
  animate: { type: 'boolean | "true" | "false" | "auto"', default: "auto", description: "Animate updates: auto (only when the reader allows motion), true or false." },
  actions: { type: '"true" | "false"', default: "true", description: 'Show the SVG, PNG and CSV download buttons; "false" hides them.' },
  lenient: { type: 'boolean | "true" | "false"', default: "false", description: "Draw the valid records of your data and list the invalid ones in the footer (and a pow:skipped event), instead of an error." },
};

/** One attribute with its name, type, default and description. */
export type AttributeSpec = AttributeDoc & { readonly name: ChartAttributeName };

/**
 * Every attribute, in `chartAttributeNames` order, with its documentation.
 *
 * @example
 * attributeSpecs.map((a) => a.name); // ["locale", "from", …, "lenient"]
 */
export const attributeSpecs: readonly AttributeSpec[] = chartAttributeNames.map((name) => ({ name, ...attributeDocs[name] }));
