import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";

/**
 * SVG markup with one element per line, indented by depth, so that a changed mark diffs as one
 * changed line. An element whose only content is text (a `<text>`, `<title>`) stays on one line.
 *
 * @example
 * prettySvg('<svg><g><rect/></g></svg>'); // "<svg>\n  <g>\n    <rect/>\n  </g>\n</svg>\n"
 */
export function prettySvg(svg: string): string {
  const tokens = svg.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pad = "  ".repeat(depth);
    if (token.startsWith("</")) {
      depth--;
      lines.push("  ".repeat(depth) + token);
    } else if (token.startsWith("<") && token.endsWith("/>")) lines.push(pad + token);
    else if (token.startsWith("<")) {
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (text !== undefined && !text.startsWith("<") && close?.startsWith("</")) {
        lines.push(pad + token + text + close);
        i += 2;
      } else {
        lines.push(pad + token);
        depth++;
      }
    } else if (token.trim() !== "") lines.push(pad + token.trim());
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Compares SVG markup with the expected file, pretty-printed. On a difference it writes
 * `<name>-changed.svg` beside the expected file (open both as images) and fails; with
 * `UPDATE_SVG=1` it writes the expected file instead. A missing expected file is written.
 *
 * @example
 * expectSvgFile(renderToString(timeline, { width: 640 }), new URL("output/timeline-default.svg", import.meta.url));
 */
export function expectSvgFile(svg: string, expectedFile: URL): void {
  const actual = prettySvg(svg);
  const changedFile = new URL(expectedFile.href.replace(/\.svg$/, "-changed.svg"));
  if (process.env.UPDATE_SVG === "1" || !existsSync(expectedFile)) {
    writeFileSync(expectedFile, actual);
    rmSync(changedFile, { force: true });
    return;
  }
  const expected = readFileSync(expectedFile, "utf8");
  if (expected === actual) {
    rmSync(changedFile, { force: true });
    return;
  }
  writeFileSync(changedFile, actual);
  const a = expected.split("\n");
  const b = actual.split("\n");
  const line = a.findIndex((text, i) => text !== b[i]);
  throw new Error(
    `${expectedFile.pathname.split("/").pop()} changed at line ${line + 1}:\n- ${a[line] ?? "(end)"}\n+ ${b[line] ?? "(end)"}\n` +
      `The new rendering is in ${changedFile.pathname.split("/").pop()}; view both as images, then run with UPDATE_SVG=1 to accept it.`,
  );
}
