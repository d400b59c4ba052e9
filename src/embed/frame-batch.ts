/**
 * Runs a function at most once per animation frame, however often it is asked for, and at once
 * when `flush` is called with a run pending. The custom elements use it for attribute changes: a
 * script that sets 1,000 attributes in a loop costs one render, not 1,000.
 *
 * @example
 * const batch = new FrameBatch(window, () => chart.update(readAttributes()));
 * el.setAttribute("locale", "uk"); batch.schedule(); // renders in the next frame
 * batch.flush(); // …or now, when a caller needs the result
 */
export class FrameBatch {
  #frame = 0;
  #pending = false;
  constructor(
    private readonly view: Pick<Window, "requestAnimationFrame" | "cancelAnimationFrame"> | null,
    private readonly run: () => void,
  ) {}

  /** Asks for a run in the next frame; a run already asked for covers this one. */
  schedule(): void {
    if (this.#pending) return;
    // No window (a detached document): nothing paints, so there is no frame to wait for.
    if (!this.view) return this.run();
    this.#pending = true;
    this.#frame = this.view.requestAnimationFrame(() => {
      this.#pending = false;
      this.run();
    });
  }

  /** Runs now if a run is pending, so what a caller reads reflects every change made so far. */
  flush(): void {
    if (!this.#pending) return;
    this.cancel();
    this.run();
  }

  /** Forgets a pending run (the element left the page). */
  cancel(): void {
    if (this.#pending) this.view?.cancelAnimationFrame(this.#frame);
    this.#pending = false;
  }
}
