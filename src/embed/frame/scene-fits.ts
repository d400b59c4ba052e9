/** The few fields of a scene's marks that the check reads (see src/charts/core/marks.ts). */
interface AnyMark {
  readonly kind: string;
  readonly layer: string;
  readonly key?: string;
  readonly y?: number;
  readonly size?: number;
  readonly height?: number;
  readonly cy?: number;
  readonly r?: number;
  readonly y1?: number;
  readonly y2?: number;
  readonly d?: string;
}

/** The footer's lines, as `frame()` in src/charts/core/frame.ts names them (the header is `frame-title`, `frame-subtitle`). */
const FOOTER = /^frame-(?!title|subtitle)/;

/** What the check needs of a scene: whether `fit` had to clamp it, and its marks. */
export interface SceneLike {
  readonly clamped?: boolean;
  readonly marks: readonly AnyMark[];
}

/**
 * Whether a laid-out scene fits its height: nothing was clamped (no mark pulled in or text
 * dropped), and no mark of the plot reaches down into the footer (notes, sources, dataset line),
 * which the frame pins to the bottom. Some layouts stack blocks of fixed height and would
 * otherwise draw over the attribution when short.
 *
 * @example
 * sceneFits({ marks: [{ kind: "text", layer: "frame", key: "frame-data-0", y: 490, size: 11 }, { kind: "rect", layer: "marks", y: 400, height: 100 }] }); // false
 */
export function sceneFits(scene: SceneLike): boolean {
  if (scene.clamped) return false;
  let footerTop = Infinity;
  for (const m of scene.marks) {
    if (m.layer === "frame" && m.kind === "text" && FOOTER.test(m.key ?? "")) footerTop = Math.min(footerTop, m.y! - m.size!);
  }
  for (const m of scene.marks) if (m.layer !== "frame" && lowest(m) > footerTop) return false;
  return true;
}

/** How far down a mark reaches. */
function lowest(m: AnyMark): number {
  switch (m.kind) {
    case "text": return m.y! + m.size! * 0.3;
    case "rect": return m.y! + m.height!;
    case "circle": return m.cy! + m.r!;
    case "line": return Math.max(m.y1!, m.y2!);
    case "path": return Math.max(-Infinity, ...[...m.d!.matchAll(/-?[\d.]+,(-?[\d.]+)/g)].map((p) => Number(p[1])));
    default: return -Infinity;
  }
}
