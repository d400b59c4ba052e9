import type { ExportFormat } from "../actions.js";
import { download } from "./download.js";

/** What can be exported: the element's own `toSVG`, `toPNG` and `toCSV`. */
export interface Exportable {
  toSVG(): string;
  toPNG(scale?: number): Promise<Blob>;
  toCSV(): string;
}

/**
 * Saves one export as a file named after the chart (`pow-exchanges-timeline.svg`, …). A PNG the
 * page's policy blocks is saved as SVG instead. Resolves to what the status line should say:
 * nothing, `pngBlocked` for that fallback, or the message of an export that failed.
 *
 * @example
 * bar.setStatus(await saveExport(element, "csv", { doc: document, name: "timeline", pngBlocked: "…" }));
 */
export async function saveExport(from: Exportable, format: ExportFormat, context: { doc: Document; name: string; pngBlocked: string }): Promise<string> {
  const { doc } = context;
  const base = `pow-exchanges-${context.name}`;
  const svgFile = () => download(doc, new Blob([from.toSVG()], { type: "image/svg+xml" }), `${base}.svg`);
  try {
    if (format === "svg") svgFile();
    else if (format === "csv") download(doc, new Blob([from.toCSV()], { type: "text/csv" }), `${base}.csv`);
    else {
      try {
        download(doc, await from.toPNG(2), `${base}.png`);
      } catch {
        svgFile();
        return context.pngBlocked;
      }
    }
    return "";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
