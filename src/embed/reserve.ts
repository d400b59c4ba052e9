/** The space a chart element reserves before it renders: height follows width between two bounds. */
export interface ReservedBox {
  /** Height over width in the range where the height follows the width. */
  readonly ratio: number;
  readonly minHeight: number;
  readonly maxHeight: number;
}

/**
 * Reads a chart's `defaultHeight(width)` as CSS can say it: `aspect-ratio` clamped by
 * `min-height` and `max-height`. Sampling keeps the element generic over chart definitions,
 * so a new chart reserves its own size with no change here.
 *
 * @example
 * reservedBox((w) => Math.round(Math.max(340, Math.min(w * 0.55, 560)))); // { ratio: 0.55, minHeight: 340, maxHeight: 560 }
 */
export function reservedBox(defaultHeight: (width: number) => number): ReservedBox {
  const minHeight = defaultHeight(1);
  const maxHeight = defaultHeight(100_000);
  let ratio = minHeight / 640;
  for (let width = 200; width <= 4000; width += 100) {
    const h = defaultHeight(width);
    if (h > minHeight && h < maxHeight) {
      ratio = Math.round((h / width) * 1000) / 1000;
      break;
    }
  }
  return { ratio, minHeight, maxHeight };
}

/**
 * The CSS rule that reserves a chart's box inside the element's shadow root.
 *
 * @example
 * reserveRule("pow-timeline", { ratio: 0.55, minHeight: 340, maxHeight: 560 });
 * // ":host(pow-timeline) .box{aspect-ratio:1 / 0.55;min-height:340px;max-height:560px}"
 */
export function reserveRule(tag: string, box: ReservedBox): string {
  return `:host(${tag}) .box{aspect-ratio:1 / ${box.ratio};min-height:${box.minHeight}px;max-height:${box.maxHeight}px}`;
}
