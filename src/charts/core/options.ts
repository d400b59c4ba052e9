import type { Exchange } from "../../data/types.js";
import { locales, type Locale } from "./locale.js";
import { FIRST_YEAR, LAST_YEAR, isCalendarDate } from "../../data/calendar-date.js";
import { xmlText } from "../render/string/xml-text.js";
import type { SkippedRecord } from "../exchange/check-records.js";

/** Options every chart takes. */
export interface CommonOptions {
  /** Records to draw (default: the bundled dataset). */
  readonly data?: readonly Exchange[];
  /** Width in px (default: the container's width). */
  readonly width?: number;
  /** Height in px (default: width × the chart's aspect ratio). */
  readonly height?: number;
  readonly title?: string;
  readonly subtitle?: string;
  /** An extra line above the footer, e.g. the newsroom's own note. */
  readonly note?: string;
  /** The newsroom that made the graphic: the footer adds "Chart: <credit>". */
  readonly credit?: string;
  /** First date shown (YYYY-MM-DD). */
  readonly from?: string;
  /** Last date shown (YYYY-MM-DD). */
  readonly to?: string;
  /** The id or date of a record to emphasise: a journalist's "today's swap". */
  readonly highlight?: string;
  readonly locale?: Locale;
  /** Animate updates: true, false, or "auto" (default: only when the reader allows motion). */
  readonly animate?: boolean | "auto";
  /** Show tooltips on hover and focus (default true). */
  readonly tooltip?: boolean;
  /**
   * Readers can point at, tap and focus records (default true). False draws the same marks as a
   * still image: no tooltip, no keyboard focus, no pointer or click handling.
   */
  readonly interactive?: boolean;
  /** Dark colours: true, false, or "auto" (default: follow the reader's preference). */
  readonly dark?: boolean | "auto";
  /** Leave out the header and footer (for hosts that print their own). */
  readonly plain?: boolean;
  /**
   * Draw the valid records and list the invalid ones in the footer and in a `skip` event,
   * instead of refusing the whole data set (default false).
   */
  readonly lenient?: boolean;
}

/**
 * Common options after checking, with defaults applied. The records are not here: each chart
 * checks its own (`exchangeData` for exchanges), so a chart of claims never bundles exchanges.
 */
export interface NormalizedCommon {
  readonly width: number | null;
  readonly height: number | null;
  readonly title: string | null;
  readonly subtitle: string | null;
  readonly note: string | null;
  readonly credit: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly highlight: string | null;
  readonly locale: Locale;
  readonly animate: boolean | "auto";
  readonly tooltip: boolean;
  readonly interactive: boolean;
  readonly dark: boolean | "auto";
  readonly plain: boolean;
  readonly lenient: boolean;
  /** Records left out in lenient mode, with their reasons. */
  readonly skipped: readonly SkippedRecord[];
}

/** The defaults, visible in one place. */
export const commonDefaults = /* @__PURE__ */ Object.freeze({
  width: null,
  height: null,
  title: null,
  subtitle: null,
  note: null,
  credit: null,
  from: null,
  to: null,
  highlight: null,
  locale: "en",
  animate: "auto",
  tooltip: true,
  interactive: true,
  dark: false,
  plain: false,
  lenient: false,
  skipped: [] as readonly SkippedRecord[],
} as const) satisfies NormalizedCommon;

/** Thrown for an option a chart cannot use; the message names the option and the value. */
export class OptionError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = "OptionError";
  }
}

export const show = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : String(value));

/** Checks the options every chart shares. Unknown option names are left to the chart to reject. */
export function normalizeCommon(options: CommonOptions): NormalizedCommon {
  // Callers pass `ownOptions(…)`, a null-prototype copy: a polluted Object.prototype is not read here.
  const o = options as Record<string, unknown>;
  const from = date(o.from, "from");
  const to = date(o.to, "to");
  if (from !== null && to !== null && from > to) throw new OptionError(`invalid from: "${from}" is after to: "${to}"`);
  return {
    skipped: commonDefaults.skipped,
    lenient: flag(o.lenient, "lenient", commonDefaults.lenient),
    width: size(o.width, "width"),
    height: size(o.height, "height"),
    title: text(o.title, "title"),
    subtitle: text(o.subtitle, "subtitle"),
    note: text(o.note, "note"),
    credit: text(o.credit, "credit"),
    from,
    to,
    highlight: text(o.highlight, "highlight"),
    locale: oneOf(o.locale, { name: "locale", allowed: locales, fallback: commonDefaults.locale }),
    animate: oneOf(o.animate, { name: "animate", allowed: [true, false, "auto"] as const, fallback: commonDefaults.animate }),
    tooltip: flag(o.tooltip, "tooltip", commonDefaults.tooltip),
    interactive: flag(o.interactive, "interactive", commonDefaults.interactive),
    dark: oneOf(o.dark, { name: "dark", allowed: [true, false, "auto"] as const, fallback: commonDefaults.dark }),
    plain: flag(o.plain, "plain", commonDefaults.plain),
  };
}

/** Throws for option names a chart does not know, so a typo is never ignored. */
export function rejectUnknown(options: object, known: readonly string[]): void {
  for (const name of Object.keys(options)) {
    if (!known.includes(name)) throw new OptionError(`unknown option: "${name}" (expected one of ${known.join(", ")})`);
  }
}

export const commonNames = ["data", ...Object.keys(commonDefaults).filter((name) => name !== "skipped")];

/**
 * One of the allowed values, or the fallback when none is given; anything else is an
 * `OptionError` naming the option, the value and what it could be.
 *
 * @example
 * oneOf("uk", { name: "locale", allowed: locales, fallback: "en" }); // "uk"
 */
export function oneOf<T extends string | boolean>(value: unknown, { name, allowed, fallback }: { readonly name: string; readonly allowed: readonly T[]; readonly fallback: T }): T {
  if (value === undefined || value === null) return fallback;
  if (!allowed.includes(value as T)) throw new OptionError(`invalid ${name}: ${show(value)} (expected ${allowed.join(", ")})`);
  return value as T;
}

export function flag(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "boolean") throw new OptionError(`invalid ${name}: ${show(value)} (expected true or false)`);
  return value;
}

function size(value: unknown, name: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 100_000) {
    throw new OptionError(`invalid ${name}: ${show(value)} (expected a number of pixels from 0 to 100000)`);
  }
  return value;
}

function text(value: unknown, name: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new OptionError(`invalid ${name}: ${show(value)} (expected text)`);
  // Text enters the scene here: without the characters XML cannot carry, so every export parses.
  return xmlText(value);
}

function date(value: unknown, name: string): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (!isCalendarDate(value)) throw new OptionError(`invalid ${name}: ${show(value)} (expected a calendar date YYYY-MM-DD from ${FIRST_YEAR} to ${LAST_YEAR})`);
  return value;
}
