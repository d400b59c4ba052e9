import { namespaces, select } from "d3-selection";
import { animate, type Tween } from "./animate.js";
import { batchMarks, batchPath, interpolateMark, pathData, type Batch } from "./batch.js";
import { groupMarks, LAYERS, type Mark, type Scene } from "../../core/marks.js";
import { geometry, paint } from "./paint.js";

const DURATION = 350;

/** An SVG element the renderer created (d3 keeps its item, a mark or a batch), with the mark it last painted. */
export type MarkElement = SVGElement & { __painted?: Mark };
/** A path drawing a batch, with the marks it drew last (where an animation starts from). */
type BatchElement = SVGPathElement & { __marks?: readonly Mark[] };
type Item = Mark | Batch;

const isBatch = (item: Item): item is Batch => "marks" in item;
const numbers = (m: Mark) => m as unknown as Record<string, number>;
const moved = (a: Mark, b: Mark) => a.kind === b.kind && geometry[b.kind].some((n) => numbers(a)[n] !== numbers(b)[n]);

/**
 * Joins a scene's marks to SVG elements by key: new marks enter, gone marks leave, kept marks
 * are repainted where they changed and, when `animated`, move from where they were. Text gets an
 * element each; the other marks are drawn in batches, one path per paint, and invisible marks not
 * at all. Returns the focusable marks in drawing order (pointer and keyboard reach records through
 * them, not through elements) and a function that stops the animation.
 */
export function drawScene(
  layers: readonly SVGGElement[],
  scene: Scene,
  options: { readonly animated: boolean; readonly dark: boolean; readonly inline: boolean; readonly frame?: (cb: FrameRequestCallback) => number; readonly cancel?: (id: number) => void },
): { focusables: Mark[]; stop?: () => void } {
  const { animated, dark, inline } = options;
  const items = new Map<string, Item[]>(LAYERS.map((layer) => [layer, []]));
  const focusables: Mark[] = [];
  for (const [group, marks] of groupMarks(scene.marks)) {
    const { single, batches } = batchMarks(group, marks);
    items.get(group.slice(0, group.indexOf("/")))!.push(...batches, ...single);
    for (const m of marks) if (m.focus) focusables.push(m);
  }
  const tweens: Tween[] = [];
  const create = (d: Item) => layers[0]!.ownerDocument.createElementNS(namespaces.svg!, isBatch(d) ? "path" : d.kind) as MarkElement;
  const draw = (el: MarkElement, d: Item) => (isBatch(d) ? drawBatch(el as BatchElement, d) : drawMark(el, d));
  for (const [i, layer] of LAYERS.entries()) {
    const g = layers[i]!;
    // Every draw, the first too, goes through d3's join: d3-selection keeps each element's datum
    // for the next one, and nothing here writes d3's private fields. The join puts the elements
    // in the data's order itself (it ends with `order()`).
    select(g).selectAll<MarkElement, Item>(":scope > *")
      .data(items.get(layer)!, (d) => (isBatch(d) ? d.key : `${d.kind}:${d.key}`))
      .join((enter) => enter.append(create))
      .each(function (d) {
        draw(this, d);
      });
  }

  function drawBatch(el: BatchElement, batch: Batch): void {
    const previous = el.__marks;
    el.__marks = batch.marks;
    if (!previous) el.setAttribute("data-batch", "");
    paint(el, batchPath(batch), { dark, inline });
    if (!animated || !previous) return;
    const from = new Map(previous.map((m) => [m.key, m]));
    if (!batch.marks.some((m) => from.has(m.key) && moved(from.get(m.key)!, m))) return;
    tweens.push((e) => el.setAttribute("d", pathData(batch.marks.map((m) => (from.has(m.key) ? interpolateMark(from.get(m.key)!, m, e) : m)))));
  }

  function drawMark(el: MarkElement, mark: Mark): void {
    const last = el.__painted;
    paint(el, mark, { dark, inline });
    if (animated && last && moved(last, mark)) {
      tweens.push((e) => {
        const now = numbers(interpolateMark(last, mark, e));
        for (const n of geometry[mark.kind]) el.setAttribute(n, String(now[n]));
      });
    }
  }

  if (tweens.length === 0 || !options.frame || !options.cancel) return { focusables };
  return { focusables, stop: animate(tweens, { duration: DURATION, frame: options.frame, cancel: options.cancel }) };
}
