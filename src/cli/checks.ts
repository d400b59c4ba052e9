import { parseArgs, type ParseArgsConfig } from "node:util";
import type { ChartLike } from "../charts/core/chart.js";
import { FIRST_YEAR, LAST_YEAR, isCalendarDate } from "../data/calendar-date.js";
import { UsageError } from "./usage-error.js";

/** How every command is parsed: its own options, positionals allowed, unknown options refused. */
type StrictConfig<O extends NonNullable<ParseArgsConfig["options"]>> = { args: string[]; options: O; allowPositionals: true; strict: true };

/**
 * Parses a command's arguments strictly (node's `parseArgs`); an unknown option or a missing value
 * is a `UsageError` with node's message, less its hint about positionals.
 *
 * @example
 * parseCommand(["render", "timeline", "--width", "390"], { width: { type: "string" } }).values.width; // "390"
 */
export function parseCommand<O extends NonNullable<ParseArgsConfig["options"]>>(argv: readonly string[], options: O): ReturnType<typeof parseArgs<StrictConfig<O>>> {
  try {
    return parseArgs<StrictConfig<O>>({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, "") : String(error));
  }
}

/**
 * The chart a command names (`render NAME`, `snippet NAME`): one of `charts`, and nothing after it.
 *
 * @example
 * chartArgument(["render", "timeline"], ["timeline"]); // "timeline"
 */
export function chartArgument(positionals: readonly string[], charts: readonly string[]): string {
  const [, chart, ...rest] = positionals;
  if (chart === undefined) throw new UsageError(`missing chart (expected one of ${charts.join(", ")})`);
  if (!charts.includes(chart)) throw new UsageError(`unknown chart: "${chart}" (expected one of ${charts.join(", ")})`);
  if (rest.length > 0) throw new UsageError(`unexpected argument: "${rest[0]}"`);
  return chart;
}

/**
 * --from and --to by the package's one date rule: a date the charts would refuse is bad usage.
 *
 * @example
 * checkDates({ from: "2024-02-30" }); // throws: invalid --from: "2024-02-30" (expected a calendar date YYYY-MM-DD from 1900 to 2199)
 */
export function checkDates(values: { readonly from?: string | undefined; readonly to?: string | undefined }): void {
  for (const name of ["from", "to"] as const) {
    const value = values[name];
    if (value !== undefined && value !== "" && !isCalendarDate(value)) {
      throw new UsageError(`invalid --${name}: "${value}" (expected a calendar date YYYY-MM-DD from ${FIRST_YEAR} to ${LAST_YEAR})`);
    }
  }
}

/**
 * Refuses an output file the CLI cannot write as asked: an extension other than .svg or .png
 * (it would hold the wrong bytes), or one that disagrees with --format. A name without an
 * extension is written in the format asked for.
 *
 * @example
 * checkOutput("chart.jpg", "svg"); // throws: cannot write "chart.jpg": the CLI writes .svg or .png files
 */
export function checkOutput(output: string | null, format: "svg" | "png"): void {
  const extension = /\.([^./\\]+)$/.exec(output ?? "")?.[1]?.toLowerCase();
  if (output === null || extension === undefined) return;
  if (extension !== "svg" && extension !== "png") throw new UsageError(`cannot write "${output}": the CLI writes .svg or .png files`);
  if (extension !== format) throw new UsageError(`--format ${format} does not match the output file "${output}"`);
}

/**
 * Refuses a --highlight that names no record of the chart (no exchange, or for held-captives no
 * claim, with that id or date), instead of silently drawing the chart without it.
 *
 * @example
 * checkHighlight(timeline, { highlight: "2099-01-01" }); // throws: --highlight "2099-01-01" matches no record of this chart
 */
export function checkHighlight(chart: ChartLike<unknown>, options: Record<string, unknown>): void {
  const highlight = options.highlight;
  if (typeof highlight !== "string") return;
  const { definition } = chart;
  const { records } = definition.shown(definition.normalize(options));
  if (!records.some((r: { id: string; date: string | null }) => r.id === highlight || r.date === highlight)) {
    throw new UsageError(`--highlight ${JSON.stringify(highlight)} matches no record of this chart (expected the id or date of one)`);
  }
}

/**
 * Whether the command line asks only for the version (`--version` or `-v`).
 *
 * @example
 * wantsVersion(["--version"]); // true
 */
export function wantsVersion(argv: readonly string[]): boolean {
  return argv.includes("--version") || (argv.length === 1 && argv[0] === "-v");
}
