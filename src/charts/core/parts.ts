import { exchangeStrings } from "./exchange-strings.js";
import { leadMediator } from "./lead-mediator.js";
import type { Exchange } from "../../data/types.js";
import type { LocaleFormat } from "./locale.js";
import { px, type Mark } from "./marks.js";
import { textWidth } from "./text.js";
import { namedMediators } from "./theme.js";

/** The "no exchanges in this range" message, centred in the plot area. */
export function emptyState(message: string, width: number, top: number, bottom: number): Mark[] {
  return [
    { kind: "text", key: "empty", layer: "annotations", x: px(width / 2), y: px((top + bottom) / 2), text: message, size: 14, anchor: "middle", fill: "muted" },
  ];
}

/**
 * A row of colour swatches for the mediators that appear in the records, wrapping to the width.
 * Mediators without a colour of their own are grouped as "other".
 */
export function legend(records: readonly Exchange[], f: LocaleFormat, left: number, top: number, width: number): { marks: Mark[]; height: number } {
  const present = new Set(records.map(leadMediator));
  const entries: [key: string, label: string][] = [];
  for (const name of namedMediators) if (present.has(name)) entries.push([name, name]);
  if ([...present].some((p) => p !== "none" && !(namedMediators as readonly string[]).includes(p))) entries.push(["other", "…"]);
  if (present.has("none")) entries.push(["none", exchangeStrings(f.locale).noMediator]);
  const marks: Mark[] = [];
  let x = left;
  let y = top;
  const title = `${exchangeStrings(f.locale).mediator}:`;
  marks.push({ kind: "text", key: "legend-title", layer: "frame", x: px(x), y: px(y + 9), text: title, size: 11, fill: "muted" });
  x += textWidth(title, 11) + 4;
  for (const [key, label] of entries) {
    const w = 14 + textWidth(label, 11) + 10;
    if (x + w > left + width && x > left + 1) {
      x = left;
      y += 16;
    }
    marks.push({ kind: "rect", key: `legend-swatch-${key}`, layer: "frame", x: px(x), y: px(y + 1), width: 10, height: 10, fill: `mediator:${key}` });
    marks.push({ kind: "text", key: `legend-label-${key}`, layer: "frame", x: px(x + 14), y: px(y + 10), text: label, size: 11, fill: "text" });
    x += w;
  }
  return { marks, height: y - top + 14 };
}
