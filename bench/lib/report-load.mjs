import { summary } from "./stats.mjs";
import { kb, ms, ratio, table } from "./format.mjs";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lazyBytes } from "../../scripts/static/lazy-graph.ts";
import { lazyCharts } from "../../src/embed/lazy/names.ts";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
/** The charts with a lazy module in dist/lazy (src/embed/lazy/names.ts), or none before it is built. */
const builtLazyCharts = () => (existsSync(`${DIST}lazy`) ? lazyCharts.filter((name) => existsSync(`${DIST}lazy/${name}.js`)) : []);

/** A tag named in a page's label, as code, so Markdown shows it instead of treating it as HTML. */
const label = (text) => text.replace(/(?<!`)<(\w+)>(?!`)/g, "`<$1>`");
const med = (values) => summary(values.filter((v) => v !== null && v !== undefined)).median;
const KB = 1000;
/** Stand-ins for the snippet while bench/load/pages/5x-snippet-* are skipped: today's README snippet, in <head> and pasted in the body. */
const STAND_INS = ["global-render", "global-body"];

/** The sample closest to the median chart-pixels time (else FCP): the load whose timeline is shown. */
function typical(samples) {
  const key = samples.some((s) => s.pixels !== null) ? "pixels" : "fcp";
  const m = med(samples.map((s) => s[key]));
  return [...samples].sort((a, b) => Math.abs((a[key] ?? Infinity) - m) - Math.abs((b[key] ?? Infinity) - m))[0];
}

/** Where a load's time and bytes go: files (brotli, arrival), long tasks, layout shifts. */
function where(s) {
  const arrive = (path) => s.resources.find((r) => r.name === path)?.end;
  const files = s.files.filter((f) => !f.missing).map((f) => `${f.path.split("/").pop()} ${kb(f.brotli)}${arrive(f.path) ? ` (in at ${ms(arrive(f.path))} ms)` : f.path.endsWith(".html") && s.htmlEnd ? ` (in at ${ms(s.htmlEnd)} ms)` : ""}`);
  const busy = s.longTasks.filter((t) => s.interactive === null || t.t < s.interactive);
  const shifts = s.shifts.map((x) => `${x.value.toFixed(3)} at ${ms(x.t)} ms (moved: ${x.sources || "?"})`);
  return `files: ${files.join(", ")}; long tasks${s.interactive !== null ? " before interactive" : ""}: ${busy.length} totalling ${ms(busy.reduce((a, t) => a + t.ms, 0))} ms${shifts.length ? `; layout shifts: ${shifts.join(", ")}` : ""}`;
}

export function loadSection({ load, target }) {
  const out = [];
  const stats = {};
  for (const p of load.pages) {
    const s = load.samples[p.id] ?? [];
    stats[p.id] = { fcp: med(s.map((x) => x.fcp)), pixels: med(s.map((x) => x.pixels)), interactive: med(s.map((x) => x.interactive)),
      cls: med(s.map((x) => x.cls)), clsMax: Math.max(...s.map((x) => x.cls)), bytes: med(s.map((x) => x.bytes)), n: s.length,
      timeouts: s.filter((x) => x.timedOut).length, errors: [...new Set(s.flatMap((x) => x.errors))], typical: s.length ? typical(s) : null,
      script: med(s.map((x) => x.files.filter((f) => f.path.endsWith(".js")).reduce((a, f) => a + f.brotli, 0))) };
  }
  const n = load.network;
  out.push("## Page load (Chromium, Slow 4G, 4× CPU slowdown)", "",
    `Each load opens a fresh browser context (empty cache) at ${load.viewport.width}×${load.viewport.height} px with CDP \`Network.emulateNetworkConditions\` (DevTools' Slow 4G: ${n.latency} ms latency, ${kb(n.downloadThroughput)}/s down, ${kb(n.uploadThroughput)}/s up) and \`Emulation.setCPUThrottlingRate\` ${load.cpu}×. Pages are interleaved: every round loads every page once, in an order rotated by round; times are medians in ms from navigation start. Files come from a static server on 127.0.0.1, brotli-compressed at quality 11 (PNG as is), never cached; bytes are the brotli-compressed bodies the page loaded (the server's log of that load).`,
    "- **FCP**: the browser's `first-contentful-paint` entry of the article.",
    "- **chart pixels**: the first animation frame in which a chart is rendered: an `<img>` that is complete, decoded-size at least 100×100, or an `<svg>` at least 100×100 with 10 or more elements, searched in the page, its open shadow roots and same-origin iframes (bench/load/probe.js, polled every frame with `requestAnimationFrame`). The time is that frame's callback time, never earlier than FCP.",
    "- **interactive**: from the first chart frame on, the first frame in which the chart answers input: a synthetic `pointermove` at the middle of the svg and, when it is focusable, a `keydown` ArrowRight change the DOM of the chart's root (a MutationObserver's records, taken synchronously). `–` for a page that never answers (an image).",
    "- **CLS**: the sum of `layout-shift` entries without recent input in the top document, up to 0.75 s after the chart answered (or after FCP); an iframe's own shifts are not the article's.", "",
    table(["page", "FCP", "chart pixels", "interactive", "CLS median (max)", "bytes (brotli)", "loads"], load.pages.map((p) => {
      const s = stats[p.id];
      return [`\`${p.id}\`: ${label(p.label)}`, ms(s.fcp), ms(s.pixels), p.interactive ? ms(s.interactive) : "–", `${s.cls.toFixed(3)} (${s.clsMax.toFixed(3)})`, kb(s.bytes), `${s.n}${s.timeouts ? `, ${s.timeouts} timed out` : ""}`];
    })), "");
  for (const s of load.skipped) out.push(`- **skipped \`${s.id}\`** (${label(s.label)}): ${s.missing.join(", ")} not found${s.subject === "snippet" ? "; the progressive embed is not built yet, so the targets below are measured on today's README snippet instead" : ""}.`);
  const errs = load.pages.filter((p) => stats[p.id].errors.length);
  for (const p of errs) out.push(`- page errors in \`${p.id}\`: ${stats[p.id].errors.join("; ")}`);
  // A few sentences from this run's numbers (nothing typed in).
  const say = [], base0 = stats.article, img0 = stats.img, br = stats["global-render"];
  if (base0 && br) say.push(`- With today's README snippet (\`global-render\`) the article's first paint ${br.fcp > 1.1 * base0.fcp ? "waits for the global script" : "is about as early as without it"}: FCP ${ms(br.fcp)} ms against ${ms(base0.fcp)} ms for the article alone (${ratio(br.fcp / base0.fcp)}).`);
  for (const id of ["global-defer", "global-body"]) if (stats[id] && base0) say.push(`- \`${id}\` paints the article at ${ms(stats[id].fcp)} ms (${ratio(stats[id].fcp / base0.fcp)} the article alone), the chart at ${ms(stats[id].pixels)} ms, ${stats[id].cls > 0 ? "and shifts the text below it" : "with no layout shift"}: CLS ${stats[id].cls.toFixed(3)}.`);
  if (img0 && br) say.push(`- The static \`<img>\` shows the chart at ${ms(img0.pixels)} ms with ${kb(img0.bytes)} loaded: ${ratio(img0.pixels / br.pixels)} the time and ${ratio(img0.bytes / br.bytes)} the bytes of today's README snippet.`);
  if (stats.iframe && br) say.push(`- The iframe shows the chart at ${ms(stats.iframe.pixels)} ms (${ratio(stats.iframe.pixels / br.pixels)} the README snippet): its page loads the global script only after its own HTML and CSS.`);
  if (stats.plot && br) say.push(`- Observable Plot's timeline shows at ${ms(stats.plot.pixels)} ms with ${kb(stats.plot.bytes)} loaded (${ratio(stats.plot.pixels / br.pixels)} the time and ${ratio(stats.plot.bytes / br.bytes)} the bytes of the README snippet), CLS ${stats.plot.cls.toFixed(3)}${stats.plot.cls > 0 ? " (its container reserves no space)" : ""}.`);
  const eager = stats["snippet-eager"], body = stats["snippet-body"];
  if (eager && br && body && base0) say.push(`- With \`--eager\` (preload links in the snippet, for a chart in the first screen) the chart answered input at ${ms(eager.interactive)} ms: ${ratio(eager.interactive / br.interactive)} the global script with blocking="render" and ${ratio(eager.interactive / body.interactive)} the README's snippet in the body, with FCP ${ms(eager.fcp)} ms (${ratio(eager.fcp / base0.fcp)} the article alone).`);
  if (say.length) out.push("From this run's numbers:", "", ...say, "");
  const clsAt = (id) => [[load.viewport.width, stats[id].clsMax], ...load.clsWidths.map((w) => [w, Math.max(...(load.cls[id]?.[w] ?? [NaN]))])].sort((a, b) => a[0] - b[0]);
  if (load.clsWidths.length) {
    const widths = clsAt(load.pages[0].id).map(([w]) => w);
    out.push("", `Cumulative layout shift by viewport width (the maximum over the loads: ${load.viewport.width} px from the loads above, the other widths from ${Math.max(...Object.values(load.cls).flatMap((c) => Object.values(c).map((v) => v.length)))} more loads each, same throttling):`, "",
      table(["page", ...widths.map((w) => `${w} px`)], load.pages.filter((p) => load.cls[p.id]).map((p) => [`\`${p.id}\``, ...clsAt(p.id).map(([, v]) => v.toFixed(3))])));
  }
  out.push("", "Where the time and bytes go in a typical load of each page (the load nearest the median chart time):", "",
    table(["page", "where"], load.pages.filter((p) => stats[p.id].typical).map((p) => [`\`${p.id}\``, where(stats[p.id].typical)])), "");

  // Targets of issue 15: about the snippet, or today's README snippet while it is not built.
  const snippet = load.pages.filter((p) => p.subject === "snippet").map((p) => p.id);
  const subjects = snippet.length ? snippet : STAND_INS.filter((id) => stats[id]);
  const tag = snippet.length ? "" : " (stand-in for the snippet: today's README snippet)";
  const base = stats.article, img = stats.img, blocking = stats["global-render"];
  for (const id of subjects) {
    const s = stats[id], why = stats[id].typical ? where(stats[id].typical) : "";
    if (base) target(`FCP of the article with \`${id}\`${tag} ≤ 1.1× without`, `${ms(s.fcp)} vs ${ms(base.fcp)} ms = ${ratio(s.fcp / base.fcp)}`, s.fcp / base.fcp <= 1.1, why);
    if (img) target(`chart pixels of \`${id}\`${tag} ≤ 1.15× the static \`<img>\``, `${ms(s.pixels)} vs ${ms(img.pixels)} ms = ${ratio(s.pixels / img.pixels)}`, s.pixels / img.pixels <= 1.15, why);
    if (blocking && id !== "global-render") target(`interactive, \`${id}\`${tag} ≤ 0.8× global script with blocking="render"`, `${ms(s.interactive)} vs ${ms(blocking.interactive)} ms = ${ratio(s.interactive / blocking.interactive)}`, s.interactive / blocking.interactive <= 0.8, why);
    const widths = clsAt(id), worst = Math.max(...widths.map(([, v]) => v));
    target(`CLS 0, \`${id}\`${tag}, at ${widths.map(([w]) => w).join(", ")} px`, widths.map(([w, v]) => `${v.toFixed(3)} at ${w}`).join(", "), worst === 0, why);
  }
  const script = Math.max(...subjects.map((id) => stats[id].script));
  const scriptWhy = "the one script holds all three charts, the elements, the whole data API and every record (see Bundle sizes)";
  const charts = builtLazyCharts();
  if (snippet.length && charts.length) {
    const loader = Math.max(...snippet.map((id) => med(load.samples[id].map((x) => x.files.find((f) => f.path.endsWith("/loader.js"))?.brotli))));
    target("loader ≤ 3 KB brotli", `${kb(loader)} (dist/loader.js as loaded)`, loader <= 3 * KB, "");
    const sizes = charts.map((name) => [name, lazyBytes(DIST, [name])]);
    // Measured in this run: the chart built as one file, split by source (bench/lib/lazy-breakdown.mjs).
    const lazyWhy = (name) => {
      const b = load.breakdown?.[name];
      if (!b) return "per chart: its lazy module and the chunks it imports statically (scripts/static/lazy-graph.ts)";
      return `built as one file, ${kb(b.brotli)} brotli of ${kb(b.minified)} minified: ${b.groups.map(([g, n]) => `${g} ${kb(n)}`).join(", ")} (minified; the Ukrainian and Russian words and the sources' addresses load separately)`;
    };
    for (const [name, bytes] of sizes) target(`one interactive chart with the records it draws ≤ 25 KB brotli: ${name}`, kb(bytes), bytes <= 25 * KB, lazyWhy(name));
    const all = lazyBytes(DIST, charts);
    target("all three charts ≤ 45 KB brotli", `${kb(all)} (each shared chunk once)`, all <= 45 * KB, charts.map((name) => `${name}: ${lazyWhy(name)}`).join("; "));
  } else {
    target(`loader ≤ 3 KB brotli${tag}`, `no separate loader: the first script is ${kb(script)}`, script <= 3 * KB, scriptWhy);
    target(`one interactive chart with the records it draws ≤ 25 KB brotli${tag}`, `${kb(script)} of script`, script <= 25 * KB, scriptWhy);
    target(`all three charts ≤ 45 KB brotli${tag}`, `${kb(script)} of script`, script <= 45 * KB, scriptWhy);
  }
  if (stats.plot) out.push(`For scale: Plot's timeline with the same records loaded ${kb(stats.plot.script)} of script (brotli).`, "");
  return { out, stats };
}
