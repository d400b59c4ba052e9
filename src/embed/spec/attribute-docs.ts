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
  subtitle: { type: "string", description: "A line under the headline (always text, never markup); an empty value hides the chart's default subtitle." },
  note: { type: "string", description: "An extra footer line, e.g. the newsroom's own note (always text)." },
  credit: { type: "string", description: 'The newsroom that made the graphic: the footer adds "Chart: <credit>".' },
  height: { type: "number | string", description: "Height in pixels, e.g. 400. Default: the chart's own height for its width." },
  dark: { type: 'boolean | "true" | "false" | "auto"', default: "false", description: "Dark colours: true, false, or auto (follow the reader's preference)." },
  plain: { type: 'boolean | "true" | "false"', default: "false", description: "No header and footer, for hosts that print their own." },
  "static": { type: 'boolean | "true" | "false"', default: "false", description: "No tooltip, no keyboard focus, no pointer interaction." },
  animate: { type: 'boolean | "true" | "false" | "auto"', default: "auto", description: "Animate updates: auto (only when the reader allows motion), true or false." },
  actions: { type: '"true" | "false"', default: "true", description: 'Show the SVG, PNG and CSV download buttons; "false" hides them.' },
  largest: { type: "number | string", default: "3", description: "Timeline only: how many of the largest events to label (0 to 100; 1 under 480 px)." },
  "pause-months": { type: "number | string", default: "4", description: "Timeline only: note pauses at least this many months long (0 for none)." },
  legend: { type: 'boolean | "true" | "false"', default: "true", description: "Timeline only: show the key of the encodings." },
  by: { type: '"month" | "exchange" | "year"', default: "month", description: "Cumulative bars only: one bar per month, exchange or year." },
  mode: { type: '"grouped" | "stacked" | "latest" | "single" | "dots"', description: "Cumulative bars: grouped (default) or stacked. Held captives: latest (default), single or dots." },
  "official-totals": { type: 'boolean | "true" | "false"', default: "true", description: "Cumulative bars only: mark Kyiv's official running totals." },
  claim: { type: "string", description: "Held captives only: the claim to show alone, by id, date or part of the claimant's name." },
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
