import { renderToString } from "../../charts/render/string/render-to-string.js";
import type { AnyChart } from "../../charts/registry.js";

/**
 * The chart as a standalone SVG file at the size shown, with the title, sources and version
 * footer always kept (an exported image travels without the article around it).
 *
 * @example
 * chartSvg(timeline, { locale: "uk" }, { width: 640, dark: false }).startsWith("<svg"); // true
 */
export function chartSvg(chart: AnyChart, options: Record<string, unknown>, { width, dark }: { readonly width: number; readonly dark: boolean }): string {
  const { animate: _animate, tooltip: _tooltip, ...rest } = options;
  return renderToString(chart, { ...rest, width, plain: false, dark, idPrefix: `pow-${chart.definition.name}-export` });
}

/**
 * The width and height an SVG string declares, in px.
 *
 * @example
 * svgSize('<svg width="640" height="352">'); // { width: 640, height: 352 }
 */
export function svgSize(svg: string): { width: number; height: number } {
  const attr = (name: string) => Number(new RegExp(`<svg[^>]*\\s${name}="([\\d.]+)"`).exec(svg)?.[1] ?? 0);
  return { width: attr("width"), height: attr("height") };
}
