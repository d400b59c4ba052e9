import { moveFocus, px, type Mark, type Scene } from "../core/marks.js";

/**
 * Keeps a scene inside its frame when the box is smaller than the chart needs (a 0 px wide
 * container, a tiny height): geometry is clamped to the frame, and text whose anchor falls
 * outside it is dropped, since it could not be seen anyway. Data marks are never dropped.
 * Paths must be written with absolute "x,y" pairs for their points to be clamped.
 * A scene that already fits is returned as it is, without copying its marks; a clamped one says
 * so (`clamped: true`), so that tests can require that ordinary sizes never need it.
 */
export function fit(scene: Scene): Scene {
  const { width: w, height: h } = scene;
  if (allInside(scene.marks, w, h)) return scene;
  const cx = (x: number) => px(Math.min(Math.max(x, 0), w));
  const cy = (y: number) => px(Math.min(Math.max(y, 0), h));
  const marks: Mark[] = [];
  for (const mark of scene.marks) {
    const a = mark.focus?.anchor;
    const m: Mark = a && (a.x !== cx(a.x) || a.y !== cy(a.y)) ? { ...mark, focus: moveFocus(mark.focus!, { x: cx(a.x), y: cy(a.y) }) } : mark;
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
  return { ...scene, marks, clamped: true };
}

// The check runs on every render, so it is a plain loop that allocates nothing.
function allInside(marks: readonly Mark[], w: number, h: number): boolean {
  for (let i = 0; i < marks.length; i++) if (!inside(marks[i]!, w, h)) return false;
  return true;
}

function inside(m: Mark, w: number, h: number): boolean {
  const a = m.focus?.anchor;
  if (a && (a.x < 0 || a.x > w || a.y < 0 || a.y > h)) return false;
  switch (m.kind) {
    case "text":
      return m.x >= 0 && m.x <= w && m.y >= 0 && m.y <= h;
    case "rect":
      return m.x >= 0 && m.y >= 0 && m.width >= 0 && m.height >= 0 && m.x + m.width <= w && m.y + m.height <= h;
    case "circle":
      return m.cx - m.r >= 0 && m.cy - m.r >= 0 && m.cx + m.r <= w && m.cy + m.r <= h;
    case "line":
      return Math.min(m.x1, m.x2) >= 0 && Math.max(m.x1, m.x2) <= w && Math.min(m.y1, m.y2) >= 0 && Math.max(m.y1, m.y2) <= h;
    case "path":
      return pathInside(m.d, w, h);
  }
}

/** An absolute "x,y" pair of path data, as the layouts write it ("M12.5,40L13,2Z"). */
const PAIR = /(-?[\d.]+),(-?[\d.]+)/g;

/** Whether every absolute "x,y" pair of path data lies within the frame. */
function pathInside(d: string, w: number, h: number): boolean {
  for (const [, x, y] of d.matchAll(PAIR)) {
    if (!(+x! >= 0 && +x! <= w && +y! >= 0 && +y! <= h)) return false;
  }
  return true;
}
