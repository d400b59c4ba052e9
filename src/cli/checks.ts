import type { ChartLike } from "../charts/core/chart.js";
import { UsageError } from "./args.js";

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
  const normalized = chart.definition.normalize(options) as { data?: readonly Dated[]; claims?: readonly Dated[] };
  const records = normalized.claims ?? normalized.data ?? [];
  if (!records.some((r) => r.id === highlight || r.date === highlight)) {
    throw new UsageError(`--highlight ${JSON.stringify(highlight)} matches no record of this chart (expected the id or date of one)`);
  }
}

/** What --highlight is matched against. */
interface Dated {
  readonly id: string;
  readonly date: string;
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
