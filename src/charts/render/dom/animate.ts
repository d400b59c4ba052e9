/** Sets what one element shows part of the way through an animation (eased `e`, 0 to 1). */
export type Tween = (e: number) => void;

/**
 * Runs tweens over `duration` ms with a cubic ease, from the first frame on.
 * Returns a function that stops the animation and jumps to the end.
 *
 * @example
 * const stop = animate([(e) => rect.setAttribute("x", String(10 * e))], { duration: 350, frame: requestAnimationFrame, cancel: cancelAnimationFrame });
 */
export function animate(tweens: readonly Tween[], { duration, frame, cancel }: { readonly duration: number; readonly frame: (cb: FrameRequestCallback) => number; readonly cancel: (id: number) => void }): () => void {
  let id = 0;
  let start: number | undefined;
  const set = (t: number) => {
    const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
    for (const tween of tweens) tween(e);
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
