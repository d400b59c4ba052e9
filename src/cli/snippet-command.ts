import { readFileSync, writeFileSync } from "node:fs";
import { findChart } from "../charts/registry.js";
import { UsageError } from "./usage-error.js";
import { chartArgument, checkDates, checkHighlight, parseCommand } from "./checks.js";
import { snippetHtml, type StaticFile } from "./snippet.js";

const spec = {
  base: { type: "string" },
  locale: { type: "string" },
  dark: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  highlight: { type: "string" },
  title: { type: "string" },
  subtitle: { type: "string" },
  eager: { type: "boolean" },
  output: { type: "string", short: "o" },
} as const;

/** What `alt.json` (written by the build next to the static renderings) says of one chart. */
interface AltEntry {
  readonly locales: Readonly<Record<string, { readonly alt: string }>>;
  readonly files: readonly StaticFile[];
}

/**
 * `pow-exchanges snippet <chart> --base URL [--locale] [--dark auto|true] [--highlight …] [--eager] [-o file]`:
 * prints (or writes) the progressive snippet for a copy of dist/ served at URL. Reads the build's
 * dist/static/alt.json and dist/sri.json (and dist/lazy/manifest.json for `--eager`) from beside the CLI.
 *
 * @example
 * snippetCommand(["snippet", "timeline", "--base", "/dist/", "--locale", "uk"], charts); // "<pow-timeline locale=\"uk\">…"
 */
export function snippetCommand(argv: readonly string[], charts: readonly string[], dist = new URL("./", import.meta.url)): { html: string; output: string | null } {
  const { values, positionals } = parseCommand(argv, spec);
  const chart = chartArgument(positionals, charts);
  checkDates(values);
  const base = checkBase(values.base);
  const dark = values.dark ?? "false";
  if (dark !== "false" && dark !== "true" && dark !== "auto") throw new UsageError(`invalid --dark: "${dark}" (expected auto, true or false)`);
  const attributes: Record<string, string> = {};
  for (const name of ["from", "to", "highlight", "title", "subtitle"] as const) {
    const value = values[name];
    if (value === undefined) continue;
    attributes[name] = value;
  }
  const found = findChart(chart)!;
  // The chart's own checks, with its own messages (e.g. invalid locale: "xx" (expected en, uk, ru)).
  const options = { ...attributes, ...(values.locale === undefined ? {} : { locale: values.locale }) };
  found.definition.normalize(options);
  checkHighlight(found, options);
  const locale = values.locale ?? "en";
  const alt = readJson<Record<string, AltEntry>>(new URL("static/alt.json", dist))[chart];
  const integrity = readJson<Record<string, string>>(new URL("sri.json", dist))["loader.js"];
  if (!alt?.locales[locale]) throw new Error(`the build has no static renderings of ${chart} in locale ${locale}`);
  const preload = values.eager ? eagerFiles(readJson<Record<string, [string, string][]>>(new URL("lazy/manifest.json", dist)), chart, locale) : undefined;
  const html = snippetHtml({ chart, base, locale, dark, attributes, alt: alt.locales[locale].alt, ...(integrity ? { integrity } : {}), ...(preload ? { preload } : {}) }, alt.files);
  return { html, output: values.output ?? null };
}

/** The files `--eager` preloads: the chart's, and its locale's words when it is not English. */
function eagerFiles(manifest: Record<string, [string, string][]>, chart: string, locale: string): [string, string][] {
  if (!manifest[chart]) throw new Error(`the build's dist/lazy/manifest.json does not list ${chart}`);
  const files = [...manifest[chart], ...(locale === "en" ? [] : (manifest[`locale-${locale}`] ?? []))];
  // A chunk the chart and the locale share is preloaded once.
  return files.filter(([file], i) => files.findIndex(([other]) => other === file) === i);
}

/** Writes the snippet to its file, or returns it for standard output. */
export function writeSnippet(result: { html: string; output: string | null }): string {
  if (result.output === null) return result.html;
  writeFileSync(result.output, result.html);
  return "";
}

/**
 * The base URL where dist/ is served: an http(s) URL or a path from the site's root (or relative),
 * given a trailing "/" when it has none. Anything else (a `javascript:` URL, an empty string) is refused.
 */
export function checkBase(value: string | undefined): string {
  if (value === undefined) throw new UsageError("missing --base URL (where the package's dist/ folder is served, e.g. https://example.org/pow-exchanges@1.0.0/dist/ or /dist/)");
  const withSlash = value.endsWith("/") ? value : `${value}/`;
  if (/^(\/(?!\/)|\.\.?\/)/.test(withSlash) && !/[\s"'<>\\]/.test(withSlash)) return withSlash;
  let url: URL | undefined;
  try {
    url = new URL(withSlash);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || /[\s"'<>\\]/.test(withSlash)) {
    throw new UsageError(`invalid --base: ${JSON.stringify(value)} (expected an http(s) URL or a path such as /dist/)`);
  }
  return withSlash;
}

function readJson<T>(url: URL): T {
  try {
    return JSON.parse(readFileSync(url, "utf8")) as T;
  } catch {
    throw new Error(`cannot read ${url.pathname}: the snippet command needs the built package (npm run build)`);
  }
}
