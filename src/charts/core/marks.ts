import type { Source } from "../../data/types.js";
import type { LocaleFormat } from "./locale.js";

/** Colour roles. Renderers turn them into CSS custom properties (DOM) or theme colours (strings). */
export type ColorToken =
  | "background" | "text" | "muted" | "grid" | "axis" | "toUkraine" | "toRussia"
  | "unreported" | "highlight" | "official";

/** What the tooltip shows for a mark: a heading, rows of figures, and the sources as links. */
export interface TooltipContent {
  readonly heading: string;
  readonly rows: readonly (readonly [label: string, value: string])[];
  readonly sources: readonly Source[];
}

/** A mark that keyboard and pointer can reach: it carries the record id and what to say about it. */
export interface Focus {
  /** The record's id, sent with the `select` event. */
  readonly id: string;
  /** One line for screen readers and the live region. */
  readonly label: string;
  readonly tooltip: TooltipContent;
  /** Where the tooltip points, in chart pixels; the pointer near it (mostly by x) reaches the record. */
  readonly anchor: { readonly x: number; readonly y: number };
  /**
   * Where the pointer reaches the record and what the focus ring outlines, when that is not the
   * mark's own box (a whole column, a square around a small marker).
   */
  readonly box?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/**
 * The same focus at another anchor (when `fit` pulls it inside the frame).
 *
 * @example
 * moveFocus(focus, { x: 0, y: 10 }).anchor; // { x: 0, y: 10 }
 */
export function moveFocus(focus: Focus, anchor: { x: number; y: number }): Focus {
  return { ...focus, anchor };
}

interface Base {
  /** Stable identity across renders: the DOM join matches elements by it. */
  readonly key: string;
  readonly layer: "grid" | "marks" | "annotations" | "frame";
  readonly fill?: ColorToken | "none";
  readonly stroke?: ColorToken;
  readonly strokeWidth?: number;
  readonly dash?: string;
  readonly opacity?: number;
  /** Set on the marks that represent records. */
  readonly focus?: Focus;
}

export interface RectMark extends Base { readonly kind: "rect"; readonly x: number; readonly y: number; readonly width: number; readonly height: number }
export interface CircleMark extends Base { readonly kind: "circle"; readonly cx: number; readonly cy: number; readonly r: number }
export interface LineMark extends Base { readonly kind: "line"; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number }
export interface PathMark extends Base { readonly kind: "path"; readonly d: string }
export interface TextMark extends Base {
  readonly kind: "text";
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly anchor?: "start" | "middle" | "end";
  readonly weight?: "normal" | "bold";
}

/** A plain object the renderers draw; numbers are already in pixels and rounded. */
export type Mark = RectMark | CircleMark | LineMark | PathMark | TextMark;

/** A table that carries the chart's data as text, for screen readers and the no-CSS fallback. */
export interface DataTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The tooltip's own controls, in the chart's language. */
export interface TooltipLabels {
  readonly close: string;
  readonly previous: string;
  readonly next: string;
}

/** Everything a renderer needs: size, accessible text, marks, and the data as a table. */
export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly description: string;
  readonly marks: readonly Mark[];
  readonly table: DataTable;
  /** How to use the keyboard, for screen readers, whole (empty when nothing is focusable). */
  readonly hint: string;
  /** The tooltip's buttons, in the chart's language. */
  readonly controls: TooltipLabels;
  /** Set when the box was too small and marks were pulled inside it (`fit`); never at ordinary sizes. */
  readonly clamped?: true;
}

/** Rounds to 0.1 px: enough for crisp output, stable enough for snapshots. */
export function px(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 10) / 10 : 0;
}

/** Drawing order: layers bottom to top, and within a layer, kinds bottom to top. */
export const LAYERS = ["grid", "marks", "annotations", "frame"] as const;
export const KINDS = ["rect", "line", "path", "circle", "text"] as const;

/**
 * Groups marks by layer and kind, in drawing order, keeping their order within a group.
 * Both renderers draw in this order, so SSR and the browser stack marks the same way.
 */
export function groupMarks(marks: readonly Mark[]): Map<string, Mark[]> {
  const groups = new Map<string, Mark[]>();
  // Looked up by layer, then kind: no "layer/kind" string per mark (10,000 records, 20,000 marks).
  const index: Record<string, Record<string, Mark[]>> = {};
  for (const layer of LAYERS) {
    index[layer] = {};
    for (const kind of KINDS) groups.set(`${layer}/${kind}`, (index[layer][kind] = []));
  }
  for (const m of marks) index[m.layer]![m.kind]!.push(m);
  return groups;
}

/**
 * A layout's last step: the scene with its data table built now, its keyboard hint whole (the
 * chart's own keys, then those every chart answers) and its tooltip's button labels. A scene is
 * plain data in the chart's language (it survives `structuredClone` and JSON whole), so a
 * renderer needs nothing but the scene.
 *
 * @example
 * finishScene({ width: 640, …, hint: "Use the arrow keys…" }, () => ({ caption, columns, rows }), localeFormat("en")).controls.close; // "Close"
 */
export function finishScene(scene: Omit<Scene, "table" | "controls">, build: () => DataTable, f: LocaleFormat): Scene {
  const { close, previous, next, moreKeys } = f.t;
  return { ...scene, hint: scene.hint ? `${scene.hint} ${moreKeys}` : "", controls: { close, previous, next }, table: build() };
}
