/**
 * Injected before any script of every frame of a page load (Playwright addInitScript). Records,
 * in the top page's time origin:
 * - fcp: the browser's first-contentful-paint entry (paint timing) of the top document;
 * - cls: the sum of layout-shift entries without recent input (the top document's; an iframe's
 *   own shifts are the iframe's, as Core Web Vitals counts them);
 * - pixels: the first animation frame in which a chart is rendered: an <img> (complete, decoded,
 *   at least 100×100) or an <svg> of at least 100×100 with at least 10 elements inside, found in
 *   the document, in open shadow roots and in same-origin iframes, and not display:none. The time
 *   is that frame's requestAnimationFrame time, never earlier than fcp (nothing is on screen before);
 * - interactive: the first frame, from pixels on, in which the chart answers input: a synthetic
 *   keydown ArrowRight on the svg (if focusable) and a pointermove at its middle change the DOM
 *   of the chart's root (a MutationObserver's records, taken synchronously after dispatch).
 * Frames are polled by requestAnimationFrame for at most `limit` ms.
 */
(() => {
  const top = window.top === window;
  let shared;
  try { shared = window.top.__bench ??= { fcp: null, cls: 0, shifts: [], pixels: null, interactive: null, chart: null, longTasks: [] }; } catch { return; }
  const toTop = (t) => performance.timeOrigin + t - window.top.performance.timeOrigin;
  if (top) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === "first-contentful-paint") shared.fcp = e.startTime;
    }).observe({ type: "paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        shared.cls += e.value;
        shared.shifts.push({ t: e.startTime, value: e.value, sources: (e.sources ?? []).map((s) => s.node?.nodeName ?? "?").join(",") });
      }
    }).observe({ type: "layout-shift", buffered: true });
  }
  // Long tasks (over 50 ms) of this frame's main thread: where the time goes before a chart answers.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) shared.longTasks.push({ t: toTop(e.startTime), ms: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch { /* not supported */ }
  const big = (el) => { const r = el.getBoundingClientRect(); return r.width >= 100 && r.height >= 100; };
  function* roots(root) {
    yield root;
    for (const el of root.querySelectorAll("*")) if (el.shadowRoot) yield* roots(el.shadowRoot);
  }
  function find() {
    for (const root of roots(document)) {
      for (const img of root.querySelectorAll("img")) if (img.complete && img.naturalWidth > 0 && big(img)) return { el: img, kind: "img" };
      for (const svg of root.querySelectorAll("svg")) if (svg.getElementsByTagName("*").length >= 10 && big(svg) && svg.checkVisibility?.() !== false) return { el: svg, kind: "svg" };
    }
    return null;
  }
  function answers(svg) {
    const root = svg.getRootNode();
    const mo = new MutationObserver(() => {});
    mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const r = svg.getBoundingClientRect();
    const at = { bubbles: true, composed: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, pointerType: "mouse" };
    try {
      svg.dispatchEvent(new PointerEvent("pointerenter", at));
      svg.dispatchEvent(new PointerEvent("pointermove", at));
      if (svg.hasAttribute("tabindex")) svg.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, composed: true }));
    } catch { /* a page's handler threw: that is no answer */ }
    const changed = mo.takeRecords().length > 0;
    mo.disconnect();
    return changed;
  }
  const limit = 60_000;
  function frame(t) {
    if (performance.now() > limit) return;
    if (shared.interactive === null) {
      const hit = find();
      if (hit) {
        const now = toTop(performance.now());
        if (shared.pixels === null) {
          shared.pixels = now;
          shared.chart = hit.kind;
          if (hit.kind === "img") hit.el.decode?.().catch(() => {});
        }
        if (hit.kind === "svg" && answers(hit.el)) shared.interactive = now;
      }
      requestAnimationFrame(frame);
    }
  }
  requestAnimationFrame(frame);
})();
