import { px, type Mark } from "../core/marks.js";

/**
 * The "no exchanges in this range" message, centred in the plot area.
 *
 * @example
 * emptyState("No exchanges in this range", { width: 640, top: 60, bottom: 400 })[0]?.key; // "empty"
 */
export function emptyState(message: string, { width, top, bottom }: { readonly width: number; readonly top: number; readonly bottom: number }): Mark[] {
  return [
    { kind: "text", key: "empty", layer: "annotations", x: px(width / 2), y: px((top + bottom) / 2), text: message, size: 14, anchor: "middle", fill: "muted" },
  ];
}
