// @vitest-environment node
import { describe, expect, it } from "vitest";
import { FrameBatch } from "../../src/embed/frame-batch.js";

/** A stand-in for window's frame scheduling: frames run when the test says so. */
function fakeView() {
  const callbacks = new Map<number, FrameRequestCallback>();
  let next = 1;
  return {
    requestAnimationFrame: (cb: FrameRequestCallback) => (callbacks.set(next, cb), next++),
    cancelAnimationFrame: (id: number) => void callbacks.delete(id),
    frame: () => {
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const cb of due) cb(0);
    },
    pending: () => callbacks.size,
  };
}

describe("FrameBatch", () => {
  it("runs once per frame however often it is scheduled", () => {
    const view = fakeView();
    let runs = 0;
    const batch = new FrameBatch(view, () => runs++);
    for (let i = 0; i < 1000; i++) batch.schedule();
    expect([runs, view.pending()]).toEqual([0, 1]);
    view.frame();
    expect(runs).toBe(1);
    batch.schedule();
    view.frame();
    expect(runs).toBe(2);
  });

  it("runs at once on flush when a run is pending, and not again in the frame", () => {
    const view = fakeView();
    let runs = 0;
    const batch = new FrameBatch(view, () => runs++);
    batch.flush();
    expect(runs).toBe(0);
    batch.schedule();
    batch.flush();
    expect([runs, view.pending()]).toEqual([1, 0]);
  });

  it("forgets a pending run on cancel, and runs at once without a window", () => {
    const view = fakeView();
    let runs = 0;
    const batch = new FrameBatch(view, () => runs++);
    batch.schedule();
    batch.cancel();
    view.frame();
    expect(runs).toBe(0);
    new FrameBatch(null, () => runs++).schedule();
    expect(runs).toBe(1);
  });
});
