import { parseArgs } from "node:util";
import { FIRST_YEAR, LAST_YEAR, isCalendarDate } from "../data/calendar-date.js";

import { cliLimits } from "./limits.js";
import { UsageError } from "./usage-error.js";

export { UsageError };

/** What the command line asks for. */
export interface RenderRequest {
  readonly chart: string;
  readonly format: "svg" | "png";
  readonly output: string | null;
  readonly scale: number;
  /** Chart options, passed on to the chart's own checks. */
  readonly options: Record<string, unknown>;
}

const spec = {
  output: { type: "string", short: "o" },
  format: { type: "string" },
  width: { type: "string" },
  height: { type: "string" },
  locale: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  highlight: { type: "string" },
  title: { type: "string" },
  subtitle: { type: "string" },
  dark: { type: "boolean" },
  plain: { type: "boolean" },
  scale: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Parses `render <chart> [options]`. Returns "help" for --help; throws `UsageError` naming
 * the unknown command, chart or option, or the bad value.
 *
 * @example
 * parseRenderArgs(["render", "timeline", "--locale", "uk"], ["timeline"]).options.locale; // "uk"
 */
export function parseRenderArgs(argv: readonly string[], charts: readonly string[]): RenderRequest | "help" {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: spec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, "") : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return "help";
  const [command, chart, ...rest] = positionals;
  if (command !== "render") throw new UsageError(`unknown command: "${command}" (expected render or snippet)`);
  if (chart === undefined) throw new UsageError(`missing chart (expected one of ${charts.join(", ")})`);
  if (!charts.includes(chart)) throw new UsageError(`unknown chart: "${chart}" (expected one of ${charts.join(", ")})`);
  if (rest.length > 0) throw new UsageError(`unexpected argument: "${rest[0]}"`);

  const output = values.output ?? null;
  const format = values.format ?? (output?.toLowerCase().endsWith(".png") ? "png" : "svg");
  if (format !== "svg" && format !== "png") throw new UsageError(`invalid --format: "${format}" (expected svg or png)`);
  const options: Record<string, unknown> = { width: number(values.width, "width") ?? 640 };
  const height = number(values.height, "height");
  if (height !== undefined) options.height = height;
  for (const name of ["from", "to"] as const) {
    // The package's one date rule: a date the charts would refuse is bad usage here.
    const value = values[name];
    if (value !== undefined && value !== "" && !isCalendarDate(value)) {
      throw new UsageError(`invalid --${name}: "${value}" (expected a calendar date YYYY-MM-DD from ${FIRST_YEAR} to ${LAST_YEAR})`);
    }
  }
  for (const name of ["locale", "from", "to", "highlight", "title", "subtitle"] as const) {
    if (values[name] !== undefined) options[name] = values[name];
  }
  if (values.dark) options.dark = true;
  if (values.plain) options.plain = true;
  // The pixel budget, which needs the chart's height, is checked in limits.ts.
  const scale = number(values.scale, "scale") ?? 2;
  if (!(scale >= cliLimits.minScale && scale <= cliLimits.maxScale)) {
    throw new UsageError(`invalid --scale: ${scale} (expected a number from ${cliLimits.minScale} to ${cliLimits.maxScale})`);
  }
  return { chart, format, output, scale, options };
}

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n <= 0) throw new UsageError(`invalid --${name}: "${value}" (expected a positive number)`);
  return n;
}
