import { chartArgument, checkDates, parseCommand } from "./checks.js";
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
  const { values, positionals } = parseCommand(argv, spec);
  if (values.help || positionals.length === 0) return "help";
  if (positionals[0] !== "render") throw new UsageError(`unknown command: "${positionals[0]}" (expected render or snippet)`);
  const chart = chartArgument(positionals, charts);

  const output = values.output ?? null;
  const format = values.format ?? (output?.toLowerCase().endsWith(".png") ? "png" : "svg");
  if (format !== "svg" && format !== "png") throw new UsageError(`invalid --format: "${format}" (expected svg or png)`);
  const options: Record<string, unknown> = { width: number(values.width, "width") ?? 640 };
  const height = number(values.height, "height");
  if (height !== undefined) options.height = height;
  checkDates(values);
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
