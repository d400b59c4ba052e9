/**
 * One cold first render: the page was just opened in a fresh browser context, and this is the
 * only render it will ever do. Times create + a forced layout, as the warm bench does.
 */
export function coldHarness(create) {
  window.coldRender = (name, width, height) => {
    const el = document.createElement("div");
    el.style.width = `${width}px`;
    document.body.append(el);
    const t0 = performance.now();
    create(name, el, height);
    const _ = el.offsetHeight + el.getBoundingClientRect().width;
    const ms = performance.now() - t0;
    return { ms, elements: el.querySelectorAll("*").length + [...el.querySelectorAll("*")].reduce((n, e) => n + (e.shadowRoot?.querySelectorAll("*").length ?? 0), 0), isolated: crossOriginIsolated, _ };
  };
}

/** The container's measured width (inside the timed region, as a responsive embed does) and our chart's height there. */
export const sizeOf = (el, height) => ({ width: Math.floor(el.getBoundingClientRect().width), height });
