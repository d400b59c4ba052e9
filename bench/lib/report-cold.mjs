import { summary } from "./stats.mjs";
import { ms, ratio, spread, table } from "./format.mjs";

const med = (arr) => summary(arr ?? []).median;

/** What the equivalents leave out, stated once (a description of bench/equivalents, not a measurement). */
export const LEFT_OUT = [
  "**What the equivalents draw, and what they leave out.** Both draw our title, subtitle (held captives), legend, side labels (timeline), the largest exchange's label and dashed outlines of disputed figures (timeline), Kyiv's official running totals as diamonds, the end totals and the \"not counted\" note (cumulative bars), one claim (Putin's of 5 June 2024), its figures and the caveat (held captives: ours is drawn with its `claim` option, the same one claim as two bars, though its default view shows the latest claim from each side), and the two footer lines (the four most-cited publishers \"and N more\", and the dataset version).",
  "Observable Plot shows a tooltip with Plot's pointer `tip` (made on first hover, as ours is); plain D3 gives every mark a native `<title>` (made up front, one element per mark). Neither has keyboard navigation, a focus ring, a live region, the hidden data table, a ResizeObserver (they read the container's width once), dark mode, locales or theme custom properties; neither checks the records (they are handed them as they are); neither draws the timeline's dashed outlines of unreported figures or its pause annotations; Plot's legend is its HTML swatches.",
];

/** Cold first render (a fresh context per sample) next to the warm re-render of the same chart and data. */
export function coldSection({ cold, browser, config, names, target }) {
  const out = [];
  const warm = (name, impl) => med(browser?.first[`${name}|bundled|${impl}|${config.width}`]);
  const rows = [], story = [];
  for (const name of names) {
    const c = (impl) => med(cold.ms[`${name}|${impl}`]);
    for (const impl of ["ours", "plot", "d3", "markup"]) {
      const v = cold.ms[`${name}|${impl}`];
      if (!v) continue;
      const s = summary(v), w = warm(name, impl);
      rows.push([name, impl, ms(s.median), spread(s), String(s.n), ms(w), ratio(s.median / w), impl === "ours" ? "" : ratio(c("ours") / s.median), impl === "ours" || !Number.isFinite(w) ? "" : ratio(warm(name, "ours") / w)]);
    }
    const [o, p, d, m] = ["ours", "plot", "d3", "markup"].map(c);
    const prof = cold.profiles?.[`${name}|ours`];
    const top = prof ? `; a profiled cold render (${ms(prof.ms)} ms), JavaScript self time: ${prof.top.filter(([fn]) => !fn.startsWith("(")).slice(0, 4).map(([fn, t]) => `${fn} ${ms(t)}`).join(", ")}` : "";
    target(`cold first render ${name}, bundled data ≤ 0.8× Plot`, `${ms(o)} vs ${ms(p)} ms = ${ratio(o / p)}`, o / p <= 0.8, `our own work beyond the browser's: ${ms(o - m)} ms of ${ms(o)} (the same SVG inserted as markup takes ${ms(m)} ms cold)${top}`);
    target(`cold first render ${name}, bundled data ≤ 1.0× plain D3`, `${ms(o)} vs ${ms(d)} ms = ${ratio(o / d)}`, o / d <= 1.0, `our own work beyond the browser's: ${ms(o - m)} ms of ${ms(o)}; D3 spends ${ms(d)} ms in all${top}`);
    const wo = warm(name, "ours");
    story.push(`- **${name}**: cold, ours takes ${ms(o)} ms, ${ratio(o / p)} Plot (${ms(p)} ms) and ${ratio(o / d)} plain D3 (${ms(d)} ms)` +
      (Number.isFinite(wo) ? `; warm, ${ms(wo)} ms, ${ratio(wo / warm(name, "plot"))} Plot and ${ratio(wo / warm(name, "d3"))} D3. A cold render costs ${ratio(o / wo)} a warm one for ours, ${ratio(p / warm(name, "plot"))} for Plot and ${ratio(d / warm(name, "d3"))} for D3.` : ".") +
      ` The browser alone, given our finished SVG as markup, takes ${ms(m)} ms cold: ${((100 * m) / o).toFixed(0)}% of ours.`);
  }
  out.push("## First render: cold and warm", "",
    `**Cold**: each sample opens a fresh browser context (empty cache, new renderer, no JIT), loads a page holding only that implementation's code (whitespace and syntax minified; identifiers kept, so profiles name functions), and renders one chart once at ${config.width} px with the bundled data (ours with no \`data\` option, as a reader's page has it; Plot and D3 are handed the same bundled records). ${config.coldSamples} samples per implementation, interleaved: every round runs every chart × implementation once, in an order rotated by round. Time: \`performance.now()\` around create + a forced layout, as for warm.${cold.isolated ? "" : " (Pages were not cross-origin isolated: 100 µs timer resolution.)"}`, "",
    `**Warm**: ${config.runs} runs after ${config.warmup} warm-ups in one long-lived page (JIT-optimised code, cached formatters and styles), the bundled data, ours given a new array of the bundled records each time, as a developer's \`exchanges.filter(…)\` gives (a chart finds the deep-frozen bundled records' checked copies by identity; the synthetic datasets' records are checked and copied at every render). This is the figure earlier reports headlined.`, "",
    "**markup** is the floor: our own finished SVG (from `renderToString`, made beforehand) inserted with `insertAdjacentHTML`: no records, scales or layout, only the browser parsing, styling and laying out the elements and text our chart ends with. It replaces the old floor, which created our element count with empty attributes and the text \"label\" and so measured neither our picture nor any real alternative; \"ours ÷ markup\" says how much our own code adds to what the browser must do anyway. It has no target.", "",
    table(["chart", "impl", "cold median", "cold IQR (min, max)", "n", "warm median", "cold ÷ warm", "ours ÷ this, cold", "ours ÷ this, warm"], rows), "",
    "From this run's numbers:", "", ...story, "", LEFT_OUT[0], "", LEFT_OUT[1], "");
  if (cold.profiles) {
    out.push("Where a cold render's time goes: one more cold render per chart and implementation, profiled (CDP, 100 µs sampling), self time per function. Samples run from \`Profiler.start\` to \`Profiler.stop\`, a window wider than the render (it holds the protocol round trip), so \"(program)\" (V8 and Blink outside JavaScript functions: parsing, lazy compilation, the round trip) can exceed the render's time; \"(garbage collector)\" is collection; the harness's `coldRender` self time is mostly the forced style and layout:", "");
    out.push(table(["chart", "impl", "render ms", "top self time (ms)"], Object.entries(cold.profiles).map(([key, v]) => [...key.split("|"), ms(v.ms), v.top.map(([fn, t]) => `${fn} ${ms(t)}`).join(", ")])), "");
  }
  return out;
}
