import type { Exchange } from "../../data/types.js";
import type { LocaleFormat } from "../core/locale.js";
import { px, type Mark } from "../core/marks.js";
import { legend } from "../layout/legend.js";
import { timelineStrings } from "./strings.js";

type Symbol = (x: number, y: number) => Mark[];

/**
 * The timeline's key: each encoding besides direction that the records in view use (a stub
 * for a figure nobody reported, a dashed outline for another stated figure, a faded bar for a
 * month-only date, a dot for a named mediator). Entries wrap to the width.
 */
export function timelineKey(records: readonly Exchange[], f: LocaleFormat, box: { left: number; top: number; width: number }): { marks: Mark[]; height: number } {
  const k = timelineStrings(f.locale).key;
  const swatch = (key: string, fill: "toUkraine" | "toRussia", opacity?: number): Symbol => (x, y) => [
    { kind: "rect", key, layer: "frame", x: px(x), y: px(y + 1), width: 10, height: 10, fill, ...(opacity ? { opacity } : {}) },
  ];
  // The two directions are labelled directly at the axis; the key explains everything else.
  const entries: [key: string, label: string, symbol: Symbol][] = [];
  if (records.some((r) => r.toUkraine === null || r.toRussia === null)) {
    entries.push(["not-reported", k.notReported, (x, y) => [{ kind: "rect", key: "key-not-reported", layer: "frame", x: px(x + 2), y: px(y + 3), width: 6, height: 8, fill: "none", stroke: "unreported", strokeWidth: 1, dash: "2 1.5" }]]);
  }
  if (records.some((r) => r.disputes.some((d) => d.value !== null))) {
    entries.push(["other-figure", k.otherFigure, (x, y) => [{ kind: "rect", key: "key-other-figure", layer: "frame", x: px(x + 1), y: px(y + 1), width: 8, height: 10, fill: "none", stroke: "text", strokeWidth: 1, dash: "3 2", opacity: 0.8 }]]);
  }
  if (records.some((r) => r.datePrecision === "month")) entries.push(["month-only", k.monthOnly, swatch("key-month-only", "toUkraine", 0.55)]);
  if (records.some((r) => r.mediators.length > 0)) {
    entries.push(["mediated", k.mediated, (x, y) => [{ kind: "circle", key: "key-mediated", layer: "frame", cx: px(x + 5), cy: px(y + 6), r: 1.8, fill: "muted" }]]);
  }
  return legend(entries.map(([key, label, symbol]) => ({ key, label, symbol })), box);
}
