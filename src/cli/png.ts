import { createRequire } from "node:module";

/**
 * Turns SVG into PNG with @resvg/resvg-js (an optional dependency, loaded only when a PNG is
 * asked for) and the DejaVu Sans fonts, which cover Latin and Cyrillic on any machine.
 *
 * @example
 * const png = await svgToPngBuffer(renderToString(timeline, { locale: "uk" }), 2);
 */
export async function svgToPngBuffer(svg: string, scale: number): Promise<Uint8Array> {
  let resvg: typeof import("@resvg/resvg-js");
  try {
    resvg = await import("@resvg/resvg-js");
  } catch {
    throw new Error("PNG output needs the optional dependency @resvg/resvg-js: install it with `npm install @resvg/resvg-js`, or render --format svg");
  }
  const renderer = new resvg.Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { fontFiles: dejavuFonts(), loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  });
  return renderer.render().asPng();
}

/** The bundled DejaVu Sans files, or none when the optional font package is missing (system fonts then). */
function dejavuFonts(): string[] {
  const require = createRequire(import.meta.url);
  try {
    return ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  } catch {
    return [];
  }
}
