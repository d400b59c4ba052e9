import { createRequire } from "node:module";

/** The optional peer dependencies PNG output needs, as the error message names them. */
const PNG_PACKAGES = "@resvg/resvg-js and dejavu-fonts-ttf";

/**
 * Turns SVG into PNG with @resvg/resvg-js and the DejaVu Sans fonts (dejavu-fonts-ttf), which
 * cover Latin and Cyrillic on any machine. Both are optional peer dependencies, loaded only when
 * a PNG is asked for, so `npm install pow-exchanges` in a browser app installs no native binary.
 *
 * @example
 * const png = await svgToPngBuffer(renderToString(timeline, { locale: "uk" }), 2);
 */
export async function svgToPngBuffer(svg: string, scale: number): Promise<Uint8Array> {
  let resvg: typeof import("@resvg/resvg-js");
  try {
    resvg = await import("@resvg/resvg-js");
  } catch {
    throw new Error(`PNG output needs ${PNG_PACKAGES}, which are not installed: run \`npm install ${PNG_PACKAGES.replace(" and ", " ")}\`, or render --format svg`);
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
