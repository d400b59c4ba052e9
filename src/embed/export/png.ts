import { svgSize } from "./svg.js";

/**
 * Draws SVG markup onto a canvas at `scale` and returns a PNG blob. The SVG goes through an
 * Image loaded from a Blob URL: no data URL strings, no eval. A page whose policy leaves `blob:`
 * out of `img-src` (a bare `default-src 'self'` does) rejects the load; the promise then
 * rejects and callers offer the SVG instead.
 *
 * @example
 * const png = await svgToPng(element.toSVG(), 2, document);
 */
export function svgToPng(svg: string, scale: number, doc: Document): Promise<Blob> {
  const view = doc.defaultView!;
  const { width, height } = svgSize(svg);
  const url = view.URL.createObjectURL(new view.Blob([svg], { type: "image/svg+xml" }));
  return new Promise<Blob>((resolve, reject) => {
    const image = new view.Image();
    image.onload = () => {
      try {
        const canvas = doc.createElement("canvas");
        canvas.width = Math.round(width * scale);
        canvas.height = Math.round(height * scale);
        const context = canvas.getContext("2d");
        if (!context) throw new Error("no 2D canvas available");
        context.scale(scale, scale);
        context.drawImage(image, 0, 0, width, height);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the canvas produced no PNG"))), "image/png");
      } catch (error) {
        reject(error);
      }
    };
    image.onerror = () => reject(new Error("the SVG could not be loaded as an image (is blob: allowed in img-src?)"));
    image.src = url;
  }).finally(() => view.URL.revokeObjectURL(url));
}
