/**
 * `pow-exchanges render …`: the command line (built to dist/cli.js, the package's bin).
 * @module
 */
import { writeFileSync } from "node:fs";
import { renderToString } from "../charts/render/string/render-to-string.js";
import { chartNames, findChart } from "../charts/registry.js";
import { packageVersion } from "../charts/core/version.js";
import { dataset } from "../data/dataset.js";
import { parseRenderArgs, UsageError } from "./args.js";
import { checkHighlight, checkOutput, wantsVersion } from "./checks.js";
import { helpText } from "./help.js";
import { checkImageSize } from "./limits.js";
import { svgToPngBuffer } from "./png.js";
import { snippetCommand, writeSnippet } from "./snippet-command.js";

/**
 * Runs the CLI and resolves to its exit code: 0 done, 1 the render failed, 2 bad usage.
 *
 * @example
 * process.exitCode = await main(["render", "timeline", "-o", "t.svg"]);
 */
export async function main(argv: readonly string[], out: NodeJS.WriteStream = process.stdout, err: NodeJS.WriteStream = process.stderr): Promise<number> {
  const names = chartNames();
  try {
    if (wantsVersion(argv)) {
      out.write(`pow-exchanges ${packageVersion} (data v${dataset.version})\n`);
      return 0;
    }
    if (argv[0] === "snippet") {
      out.write(writeSnippet(snippetCommand(argv, names)));
      return 0;
    }
    const request = parseRenderArgs(argv, names);
    if (request === "help") {
      out.write(helpText(names));
      return 0;
    }
    checkOutput(request.output, request.format);
    const chart = findChart(request.chart)!;
    checkHighlight(chart, request.options);
    const width = request.options.width as number;
    const height = (request.options.height as number | undefined) ?? chart.definition.defaultHeight(width);
    checkImageSize({ width, height, scale: request.scale, png: request.format === "png" });
    const svg = renderToString(chart, request.options);
    const bytes = request.format === "png" ? await svgToPngBuffer(svg, request.scale) : svg;
    if (request.output) writeFileSync(request.output, bytes);
    else if (request.format === "png" && out.isTTY) throw new UsageError("refusing to write PNG to a terminal: add -o FILE");
    else out.write(bytes);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    err.write(`pow-exchanges: ${message}\n`);
    if (error instanceof UsageError) {
      err.write("Run `pow-exchanges --help` for usage.\n");
      return 2;
    }
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
