/** The bench page: every implementation, and in-page timing so no protocol round trip is measured. */
import { charts, dataset, highlightIds, oursOptions, recordsFor, renderToString } from "../lib/targets.mjs";
import { samePicture } from "../equivalents/series.js";
import { plotCharts } from "../equivalents/plot/index.js";
import { d3Charts } from "../equivalents/d3/index.js";
import { insertMarkup } from "../equivalents/markup.js";

const now = () => performance.now();
const counters = { layoutCalls: 0, layoutMs: 0, normalizeMs: 0, observerCallbacks: 0 };

// Wrap each definition so the page can split render time and count layouts (mount reads def.layout at call time).
for (const chart of Object.values(charts)) {
  const def = chart.definition;
  const layout = def.layout, normalize = def.normalize;
  def.layout = (...args) => { const t = now(); try { return layout(...args); } finally { counters.layoutCalls++; counters.layoutMs += now() - t; } };
  def.normalize = (...args) => { const t = now(); try { return normalize(...args); } finally { counters.normalizeMs += now() - t; } };
}

// Count ResizeObserver callbacks, to prove one ran when we check that an unchanged width lays nothing out.
const NativeRO = window.ResizeObserver;
window.ResizeObserver = class extends NativeRO {
  constructor(cb) { super((...a) => { counters.observerCallbacks++; cb(...a); }); }
};

function container(width) {
  const el = document.createElement("div");
  el.style.width = `${width}px`;
  document.body.append(el);
  return el;
}
const forceLayout = (el) => el.offsetHeight + el.getBoundingClientRect().width;
const sizeFor = (name, width) => ({ width, height: charts[name].definition.defaultHeight(width) });

/** Renders one implementation into a fresh container; returns the handle-ish thing to clean up. */
function create(impl, name, ds, width, target, extra) {
  const data = recordsFor(name, ds);
  if (impl === "ours") return charts[name](target, oursOptions(name, ds, extra));
  // Plot and D3 read the container's width, as a responsive embed of them would; ours measures it itself.
  const measured = () => Math.floor(target.getBoundingClientRect().width);
  if (impl === "plot") return target.append(plotCharts[name](data, sizeFor(name, measured())));
  if (impl === "d3") return d3Charts[name](target, data, sizeFor(name, measured()));
  if (impl === "markup") return insertMarkup(target, markupFor(name, ds, width));
  throw new Error(`unknown implementation ${impl}`);
}

const markups = new Map();
/** Our chart's own SVG markup for this case (renderToString, made outside any timed region). */
function markupFor(name, ds, width) {
  const key = `${name}|${ds.key}|${width}`;
  if (!markups.has(key)) markups.set(key, renderToString(charts[name], { data: recordsFor(name, ds), width, ...samePicture(name, recordsFor(name, ds)) }));
  return markups.get(key);
}

const ds = (name) => Object.assign(dataset(name), { key: name });
const reset = () => { counters.layoutMs = 0; counters.normalizeMs = 0; };

window.bench = {
  charts: Object.keys(charts),
  equivalents: { plot: Object.keys(plotCharts), d3: Object.keys(d3Charts) },
  counters,
  prepare(datasetName) { ds(datasetName); return true; },

  /** create + forced layout, in ms; for ours also the layout and normalize share. */
  firstRender(impl, name, datasetName, width) {
    const d = ds(datasetName);
    if (impl === "markup") markupFor(name, d, width);
    const el = container(width);
    // A new array each run, as a developer's `exchanges.filter(…)` gives. The bundled records are
    // found by identity (deep-frozen, checked once per page); the synthetic datasets' records are
    // checked and copied at every render.
    const extra = impl === "ours" ? { data: [...recordsFor(name, d)] } : undefined;
    reset();
    const t0 = now();
    const h = create(impl, name, d, width, el, extra);
    forceLayout(el);
    const ms = now() - t0;
    const out = { ms, layoutMs: counters.layoutMs, normalizeMs: counters.normalizeMs, elements: el.querySelectorAll("*").length };
    if (impl === "ours") h.destroy();
    el.remove();
    return out;
  },

  /** Ours only: update({width}) to a new width vs a fresh render there (measured separately by firstRender). */
  resize(name, datasetName, from, to) {
    const el = container(from);
    const h = charts[name](el, oursOptions(name, ds(datasetName), { width: from }));
    forceLayout(el);
    reset();
    const t0 = now();
    h.update({ width: to });
    forceLayout(el);
    const out = { ms: now() - t0, layoutMs: counters.layoutMs, normalizeMs: counters.normalizeMs };
    h.destroy();
    el.remove();
    return out;
  },

  /** Ours only: moving the highlight with update(), not animated. */
  update(name, datasetName, width) {
    const d = ds(datasetName);
    const [a, b] = highlightIds(name, d);
    const el = container(width);
    const h = charts[name](el, oursOptions(name, d, { highlight: a }));
    forceLayout(el);
    reset();
    const t0 = now();
    h.update({ highlight: b });
    forceLayout(el);
    const out = { ms: now() - t0, layoutMs: counters.layoutMs, normalizeMs: counters.normalizeMs };
    h.destroy();
    el.remove();
    return out;
  },

  /** Counts layouts when the container changes height only (the observer fires, width is unchanged), then width. */
  async observerCheck(name) {
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 20))));
    const el = container(600);
    const h = charts[name](el, oursOptions(name, ds("bundled")));
    await frames();
    const c0 = { ...counters };
    el.style.height = "900px";
    el.style.paddingBottom = "10px";
    await frames();
    const c1 = { ...counters };
    el.style.width = "720px";
    await frames();
    const c2 = { ...counters };
    h.destroy();
    el.remove();
    return {
      unchangedCallbacks: c1.observerCallbacks - c0.observerCallbacks, unchangedLayouts: c1.layoutCalls - c0.layoutCalls,
      changedCallbacks: c2.observerCallbacks - c1.observerCallbacks, changedLayouts: c2.layoutCalls - c1.layoutCalls,
    };
  },

  /** n create/destroy cycles with the bundled data, following the container's width. */
  cycles(name, n) {
    const el = container(640);
    for (let i = 0; i < n; i++) charts[name](el, oursOptions(name, ds("bundled"))).destroy();
    el.remove();
    return document.body.childElementCount;
  },
};
