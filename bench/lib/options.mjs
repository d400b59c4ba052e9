/**
 * `npm run bench -- [options]`: the command line, parsed strictly (an unknown option is an error).
 * Pure: no file, no browser, no environment beyond what is passed in, so test/bench can check it.
 */

export const SECTIONS = ["cold", "browser", "ssr", "memory", "bundles", "load"];

/** Every option: name, value kind, default (full run), quick default, and help text. */
const OPTIONS = [
  { name: "help", kind: "flag", help: "print these options and exit; runs nothing" },
  { name: "quick", kind: "flag", help: "few samples, small datasets; prints to the terminal and writes no file" },
  { name: "sections", kind: "list", full: SECTIONS, quick: SECTIONS, help: `sections to run, comma-separated (${SECTIONS.join(", ")})` },
  { name: "runs", kind: "int", full: 41, quick: 5, help: "warm section: measured runs per case after the warm-up" },
  { name: "warmup", kind: "int", full: 5, quick: 2, help: "warm section: warm-up runs, not measured" },
  { name: "cold-samples", kind: "int", full: 15, quick: 3, help: "cold section: samples per implementation, each in a fresh browser context" },
  { name: "loads", kind: "int", full: 7, quick: 2, help: "load section: page loads per page (the median is reported)" },
  { name: "cls-widths", kind: "list", full: ["320", "768", "1280"], quick: [], help: "load section: more viewport widths at which every page with a chart is loaded for its layout shift only" },
  { name: "cls-loads", kind: "int", full: 2, quick: 1, help: "load section: loads per page at each of --cls-widths (the maximum is reported)" },
  { name: "pages", kind: "list", full: null, quick: null, help: "load section: page ids to load (default: every page in bench/load/pages/)" },
  { name: "datasets", kind: "list", full: ["bundled", "synthetic-1k", "synthetic-10k"], quick: ["bundled", "synthetic-1k"], help: "warm and SSR sections: datasets" },
  { name: "charts", kind: "list", full: null, quick: null, help: "chart names to include (default: every chart the charts entry exports)" },
  { name: "cycles", kind: "int", full: 1000, quick: 200, help: "memory section: create/destroy cycles per chart" },
  { name: "output", kind: "string", full: "BENCHMARKS.md", quick: null, help: "report file of a full run (a quick run writes none)" },
  { name: "report-from", kind: "string", full: null, quick: null, help: "measure nothing: write the report again from a full run's saved results (bench/.build/results.json), e.g. after editing bench/NOTES.md or the report's wording" },
  { name: "chromium", kind: "string", full: null, quick: null, help: "Chromium binary (default: $CHROMIUM_PATH or /usr/bin/chromium)" },
];

/** The text `--help` prints. */
export function helpText() {
  const lines = ["Usage: npm run bench -- [options]", "", "Measures our charts against Observable Plot and plain D3 (cold and warm first render, resize,",
    "update, SSR, memory, bundle sizes) and page loads in throttled Chromium, all in one run.", "A full run writes BENCHMARKS.md; --quick writes nothing.", "", "Options:"];
  for (const o of OPTIONS) {
    const value = o.kind === "flag" ? "" : o.kind === "int" ? " <n>" : o.kind === "list" ? " <a,b,…>" : " <value>";
    const dflt = o.kind === "flag" || (o.full === null && o.quick === null) ? "" : ` [full: ${show(o.full)}; quick: ${show(o.quick)}]`;
    lines.push(`  --${o.name}${value}`.padEnd(26) + o.help + dflt);
  }
  return lines.join("\n");
}
const show = (v) => (v === null || (Array.isArray(v) && v.length === 0) ? "none" : Array.isArray(v) ? v.join(",") : String(v));

/**
 * Parses argv (without node and the script). Accepts `--name value` and `--name=value`.
 * Throws an Error naming the problem for an unknown option, a missing or bad value, or a stray argument.
 *
 * @example
 * parseOptions(["--quick", "--sections", "cold,load"]); // { quick: true, sections: ["cold", "load"], runs: 5, … }
 */
export function parseOptions(argv, env = {}) {
  const given = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) throw new Error(`unexpected argument ${JSON.stringify(arg)} (options start with --; see --help)`);
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const option = OPTIONS.find((o) => o.name === name);
    if (!option) throw new Error(`unknown option --${name} (see --help)`);
    if (name in given) throw new Error(`--${name} given twice`);
    if (option.kind === "flag") {
      if (eq >= 0) throw new Error(`--${name} takes no value`);
      given[name] = true;
      continue;
    }
    const raw = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (raw === undefined || raw === "" || (eq < 0 && raw.startsWith("--"))) throw new Error(`--${name} needs a value`);
    given[name] = value(option, raw);
  }
  const quick = given.quick === true;
  const options = { help: given.help === true, quick };
  for (const o of OPTIONS) if (o.kind !== "flag") options[camel(o.name)] = name(o, given) ?? (quick ? o.quick : o.full);
  for (const s of options.sections) if (!SECTIONS.includes(s)) throw new Error(`--sections: unknown section "${s}" (expected ${SECTIONS.join(", ")})`);
  options.clsWidths = options.clsWidths.map((w) => {
    if (!/^\d+$/.test(w) || Number(w) < 200 || Number(w) > 3000) throw new Error(`--cls-widths: expected widths in px from 200 to 3000, got ${JSON.stringify(w)}`);
    return Number(w);
  });
  if (quick && given["report-from"]) throw new Error("--report-from writes a report: drop --quick");
  if (quick && given.output) throw new Error("--quick writes no file: drop --output, or drop --quick for a full run");
  options.chromium ??= env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  options.width = 640;
  options.resizeTo = 800;
  return options;
}
const name = (o, given) => given[o.name];
const camel = (s) => s.replace(/-(\w)/g, (_, c) => c.toUpperCase());

function value(option, raw) {
  if (option.kind === "int") {
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 1000) throw new Error(`--${option.name}: expected a whole number from 1 to 1000, got ${JSON.stringify(raw)}`);
    return Number(raw);
  }
  if (option.kind === "list") {
    const items = raw.split(",").map((s) => s.trim()).filter(Boolean);
    if (items.length === 0) throw new Error(`--${option.name}: expected a comma-separated list`);
    return items;
  }
  return raw;
}
