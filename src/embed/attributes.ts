import { OptionError } from "../charts/core/options.js";
import { chartAttributeNames, chartsOfAttribute, type ChartAttributeName } from "./spec/attributes.js";

/**
 * The attributes every chart element observes, from `attributeSpecs` (their one source). Each
 * carries one scalar; objects go through properties.
 *
 * @example
 * chartAttributes.includes("locale"); // true
 */
export const chartAttributes: readonly ChartAttributeName[] = chartAttributeNames;

/** What the attributes ask for: chart options, plus what only the element handles. */
export interface AttributeSettings {
  /** Every option an attribute controls, `undefined` when the attribute is absent (so removing one resets it). */
  readonly options: Record<string, unknown>;
  /** Show the export buttons (default true). */
  readonly actions: boolean;
}

/**
 * Reads the element's attributes into chart options. Throws `OptionError` naming the attribute
 * and its value when one cannot be used; the element catches it and shows the message.
 *
 * @example
 * readAttributes((name) => ({ locale: "uk", dark: "auto" })[name] ?? null).options.dark; // "auto"
 * readAttributes((name) => ({ largest: "2" })[name] ?? null, "timeline").options.largest; // 2
 */
export function readAttributes(get: (name: string) => string | null, chart?: string): AttributeSettings {
  const still = bool(get, "static", undefined);
  return {
    options: {
      ...(chart === undefined ? {} : chartOwnOptions(get, chart)),
      locale: text(get, "locale"),
      from: text(get, "from"),
      to: text(get, "to"),
      highlight: text(get, "highlight"),
      title: text(get, "title"),
      subtitle: get("subtitle") ?? undefined,
      note: text(get, "note"),
      credit: text(get, "credit"),
      height: pixels(get, "height"),
      dark: get("dark") === "auto" ? "auto" : bool(get, "dark", undefined),
      plain: bool(get, "plain", undefined),
      animate: get("animate") === "auto" ? "auto" : bool(get, "animate", undefined),
      // `static` is the element's name for the chart's `interactive: false`.
      interactive: still === undefined ? undefined : !still,
      lenient: bool(get, "lenient", undefined),
    },
    actions: bool(get, "actions", true),
  };
}

/**
 * The options of the attributes only some charts take, for this chart; such an attribute set on
 * another chart's element is an error naming it. Values are checked by the chart's own options,
 * with the same messages as the function API.
 */
function chartOwnOptions(get: (name: string) => string | null, chart: string): Record<string, unknown> {
  for (const [name, charts] of Object.entries(chartsOfAttribute)) {
    if (get(name) !== null && !charts!.includes(chart)) {
      throw new OptionError(`${name} is not an attribute of pow-${chart} (it belongs to ${charts!.map((c) => `pow-${c}`).join(", ")})`);
    }
  }
  if (chart === "timeline") return { largest: count(get, "largest"), pauseMonths: count(get, "pause-months"), legend: bool(get, "legend", undefined) };
  if (chart === "cumulative-bars") return { by: text(get, "by"), mode: text(get, "mode"), officialTotals: bool(get, "official-totals", undefined) };
  if (chart === "held-captives") return { claim: text(get, "claim"), mode: text(get, "mode") };
  return {};
}

/** A whole-number attribute; anything else goes to the chart as written, which names it. */
function count(get: (name: string) => string | null, name: string): number | string | undefined {
  const value = text(get, name);
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : value;
}

function text(get: (name: string) => string | null, name: string): string | undefined {
  const value = get(name);
  return value === null || value === "" ? undefined : value;
}

/** A boolean attribute: present or "true" is true, "false" is false. */
function bool<F extends boolean | undefined>(get: (name: string) => string | null, name: string, fallback: F): boolean | F {
  const value = get(name);
  if (value === null) return fallback;
  if (value === "" || value === "true" || value === name) return true;
  if (value === "false") return false;
  throw new OptionError(`invalid ${name} attribute: ${JSON.stringify(value)} (expected true or false${name === "dark" || name === "animate" ? " or auto" : ""})`);
}

function pixels(get: (name: string) => string | null, name: string): number | undefined {
  const value = get(name);
  if (value === null || value === "") return undefined;
  const n = Number(value.replace(/px$/, ""));
  if (!/^\d+(\.\d+)?(px)?$/.test(value.trim()) || !Number.isFinite(n) || n <= 0 || n > 100_000) {
    throw new OptionError(`invalid ${name} attribute: ${JSON.stringify(value)} (expected a number of pixels, e.g. 400)`);
  }
  return n;
}
