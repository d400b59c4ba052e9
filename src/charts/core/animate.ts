/** One element moving from its old numbers to its new ones. */
export interface Move {
  readonly el: Element;
  readonly from: readonly number[];
  readonly to: readonly number[];
  readonly names: readonly string[];
}

/**
 * Moves elements' numeric attributes from old to new values over `duration` ms with a cubic ease.
 * Returns a function that stops the animation and jumps to the end.
 */
export function animate(moves: readonly Move[], duration: number, frame: (cb: FrameRequestCallback) => number, cancel: (id: number) => void): () => void {
  let id = 0;
  let start: number | undefined;
  const set = (t: number) => {
    const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
    for (const m of moves) m.names.forEach((name, i) => m.el.setAttribute(name, String(Math.round((m.from[i]! + (m.to[i]! - m.from[i]!) * e) * 10) / 10)));
  };
  const step = (now: number) => {
    start ??= now;
    const t = Math.min(1, (now - start) / duration);
    set(t);
    if (t < 1) id = frame(step);
  };
  set(0);
  id = frame(step);
  return () => {
    cancel(id);
    set(1);
  };
}
