import { px, type Mark, type Scene } from "./marks.js";

/**
 * Keeps a scene inside its frame when the box is smaller than the chart needs (a 0 px wide
 * container, a tiny height): geometry is clamped to the frame, and text whose anchor falls
 * outside it is dropped, since it could not be seen anyway. Data marks are never dropped.
 * Paths must be written with absolute "x,y" pairs for their points to be clamped.
 */
export function fit(scene: Scene): Scene {
  const { width: w, height: h } = scene;
  const cx = (x: number) => px(Math.min(Math.max(x, 0), w));
  const cy = (y: number) => px(Math.min(Math.max(y, 0), h));
  const marks: Mark[] = [];
  for (const mark of scene.marks) {
    const m: Mark = mark.focus ? { ...mark, focus: { ...mark.focus, anchor: { x: cx(mark.focus.anchor.x), y: cy(mark.focus.anchor.y) } } } : mark;
    switch (m.kind) {
      case "text":
        if (m.x >= 0 && m.x <= w && m.y >= 0 && m.y <= h) marks.push(m);
        break;
      case "rect": {
        const x = cx(m.x), y = cy(m.y);
        marks.push({ ...m, x, y, width: px(Math.max(0, cx(m.x + m.width) - x)), height: px(Math.max(0, cy(m.y + m.height) - y)) });
        break;
      }
      case "circle": {
        const r = Math.max(0, Math.min(m.r, w / 2, h / 2));
        marks.push({ ...m, r: px(r), cx: px(Math.min(Math.max(m.cx, r), w - r)), cy: px(Math.min(Math.max(m.cy, r), h - r)) });
        break;
      }
      case "line":
        marks.push({ ...m, x1: cx(m.x1), x2: cx(m.x2), y1: cy(m.y1), y2: cy(m.y2) });
        break;
      case "path":
        marks.push({ ...m, d: m.d.replace(/(-?[\d.]+),(-?[\d.]+)/g, (_, x: string, y: string) => `${cx(Number(x))},${cy(Number(y))}`) });
        break;
    }
  }
  return { ...scene, marks };
}
