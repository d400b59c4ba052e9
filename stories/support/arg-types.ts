import type { ArgTypes } from "@storybook/html-vite";

type Control = ArgTypes[string]["control"];

const common = (description: string, control: Control, summary?: string) => ({
  description,
  control,
  table: { category: "Common options", ...(summary ? { type: { summary } } : {}) },
});

/** Controls for the options every chart shares, with what each one does. */
export const commonArgTypes: ArgTypes = {
  data: common("Records to draw. Default: the bundled dataset. Add your own newer records with `mergeExchanges`.", false, "readonly Exchange[]"),
  width: common("Width in px. Default: the container's width (the chart follows it when it resizes).", { type: "number", min: 0, max: 2000, step: 10 }, "number"),
  height: common("Height in px. Default: the width times the chart's aspect ratio, tall enough at 320 px.", { type: "number", min: 0, max: 1200, step: 10 }, "number"),
  title: common("Headline above the chart and the SVG's accessible name. Default: the locale's title.", "text", "string"),
  subtitle: common("A line under the headline.", "text", "string"),
  note: common("An extra line above the footer, e.g. the newsroom's own note.", "text", "string"),
  from: common("First date shown, YYYY-MM-DD.", "text", "string"),
  to: common("Last date shown, YYYY-MM-DD.", "text", "string"),
  highlight: common("The id or date of a record to emphasise, e.g. today's swap.", "text", "string"),
  locale: common("Language of every label, number and date.", { type: "inline-radio" }, '"en" | "uk" | "ru"'),
  animate: common("Animate updates: true, false, or \"auto\" (only when the reader allows motion).", { type: "select" }, 'boolean | "auto"'),
  tooltip: common("Show a tooltip on hover and keyboard focus.", "boolean", "boolean"),
  interactive: common("Readers can point at, tap and focus records. False draws a still chart (the element's `static` attribute).", "boolean", "boolean"),
  dark: common("Dark colours: true, false, or \"auto\" (follow the reader's preference).", { type: "select" }, 'boolean | "auto"'),
  plain: common("Leave out the header and footer, for hosts that print their own.", "boolean", "boolean"),
};
commonArgTypes.locale!.options = ["en", "uk", "ru"];
commonArgTypes.animate!.options = [false, true, "auto"];
commonArgTypes.dark!.options = [false, true, "auto"];

const own = (description: string, control: Control, summary: string) => ({
  description,
  control,
  table: { category: "Chart options", type: { summary } },
});

export const timelineArgTypes: ArgTypes = {
  ...commonArgTypes,
  largest: own("Label the largest exchanges (fewer on narrow screens; 0 for none).", { type: "number", min: 0, max: 10, step: 1 }, "number"),
  pauseMonths: own("Note pauses at least this many months long (0 for none).", { type: "number", min: 0, max: 24, step: 1 }, "number"),
  legend: own("Show the mediator legend.", "boolean", "boolean"),
};

export const cumulativeBarsArgTypes: ArgTypes = {
  ...commonArgTypes,
  by: { ...own("One bar per calendar month, per exchange or per year.", { type: "inline-radio" }, '"month" | "exchange" | "year"'), options: ["month", "exchange", "year"] },
  mode: { ...own("`grouped`: the two series side by side; `stacked`: to Russia on top of to Ukraine.", { type: "inline-radio" }, '"grouped" | "stacked"'), options: ["grouped", "stacked"] },
  officialTotals: own("Mark the running totals Ukrainian officials stated, with their wording and sources.", "boolean", "boolean"),
  totals: own("The official totals to choose from. Default: the bundled `officialTotals`.", false, "readonly OfficialTotal[]"),
};

export const heldCaptivesArgTypes: ArgTypes = {
  ...commonArgTypes,
  data: { ...commonArgTypes.data, description: "Claims to draw. Default: the bundled `heldClaims`.", table: { category: "Common options", type: { summary: "readonly HeldClaim[]" } } },
  claim: own("One claim to show: its id, its date (YYYY-MM-DD) or part of the claimant's name.", "text", "string"),
  mode: { ...own("`latest`: each side's latest claim on one scale (default); `single`: one claim as two bars; `dots`: every claim over time.", { type: "inline-radio" }, '"latest" | "single" | "dots"'), options: ["latest", "single", "dots"] },
};
