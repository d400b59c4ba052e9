import { el } from "./dom.js";

/** The chart elements and the settings a journalist picks for an embed. */
export type ChartTag = "pow-timeline" | "pow-cumulative-bars" | "pow-held-captives";

export interface EmbedSettings {
  readonly chart: ChartTag;
  readonly locale?: "en" | "uk" | "ru";
  readonly from?: string;
  readonly to?: string;
  readonly highlight?: string;
  readonly title?: string;
  readonly subtitle?: string;
  readonly height?: number;
  readonly dark?: "false" | "true" | "auto";
  readonly plain?: boolean;
  readonly static?: boolean;
  readonly actions?: boolean;
  /** Where the newsroom serves the package's files (dist/), e.g. "/assets/pow-exchanges". */
  readonly assets: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The settings as [attribute, value] pairs, in a stable order, leaving out defaults. */
export function attributes(s: EmbedSettings): [string, string][] {
  const pairs: [string, string | undefined][] = [
    ["locale", s.locale && s.locale !== "en" ? s.locale : undefined],
    ["from", s.from || undefined],
    ["to", s.to || undefined],
    ["highlight", s.highlight || undefined],
    ["title", s.title || undefined],
    ["subtitle", s.subtitle || undefined],
    ["height", s.height ? String(s.height) : undefined],
    ["dark", s.dark && s.dark !== "false" ? (s.dark === "true" ? "" : s.dark) : undefined],
    ["plain", s.plain ? "" : undefined],
    ["static", s.static ? "" : undefined],
    ["actions", s.actions === false ? "false" : undefined],
  ];
  return pairs.filter((p): p is [string, string] => p[1] !== undefined);
}

const chartName = (tag: ChartTag) => tag.replace(/^pow-/, "");

/** Copy-paste snippets for the five ways to embed a chart, following the settings. */
export function embedSnippets(s: EmbedSettings): Record<"progressive" | "element" | "script" | "iframe" | "noscript", string> {
  const attrs = attributes(s).map(([name, value]) => (value === "" ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join("");
  const element = `<${s.chart}${attrs}></${s.chart}>`;
  const query = new URLSearchParams([["chart", chartName(s.chart)], ...attributes(s).map(([n, v]): [string, string] => [n, v === "" ? "true" : v])]);
  const cli = ["npx pow-exchanges render", chartName(s.chart), "--width 640", s.locale && s.locale !== "en" ? `--locale ${s.locale}` : "", `-o ${chartName(s.chart)}.svg`].filter(Boolean).join(" ");
  const alt = escapeAttribute(s.title || "Chart of prisoner exchanges between Russia and Ukraine");
  // The progressive snippet needs the static pictures' alt text, which the CLI reads from the build:
  // the story gives the command that prints it, with the settings the live chart takes.
  const options = attributes(s).filter(([name]) => ["from", "to", "highlight", "title", "subtitle"].includes(name));
  const progressive = ["npx pow-exchanges snippet", chartName(s.chart), `--base ${s.assets}/`, s.locale && s.locale !== "en" ? `--locale ${s.locale}` : "",
    s.dark && s.dark !== "false" ? `--dark ${s.dark}` : "", ...options.map(([name, value]) => `--${name} '${value.replace(/'/g, "'\\''")}'`)].filter(Boolean).join(" ");
  return {
    progressive: `<!-- recommended: run this, paste what it prints (or dist/snippet/${chartName(s.chart)}.html for a copy of dist/ at /dist/) -->\n${progressive}\n<!-- for a chart in the article's first screen, add --eager: its code then loads with the picture, not after the loader -->\n<!-- it prints: -->\n<${s.chart}${attrs}>\n  <picture data-pow-static>\n    <source media="(max-width: 519px)" srcset="${s.assets}/static/${chartName(s.chart)}-${s.locale ?? "en"}-320.svg" width="320" height="500">\n    …\n    <img src="${s.assets}/static/${chartName(s.chart)}-${s.locale ?? "en"}-640.svg" width="640" height="500" alt="(the chart's description, sources and dataset version)">\n  </picture>\n</${s.chart}>\n<script type="module" src="${s.assets}/loader.js" integrity="sha384-…" crossorigin="anonymous"></script>`,
    element: `<!-- a bundler project: npm install pow-exchanges -->\n<script type="module">import "pow-exchanges/element";</script>\n${element}`,
    script: `<!-- no build step: copy dist/pow-exchanges.global.js to your site -->\n<script src="${s.assets}/pow-exchanges.global.js" defer></script>\n${element}`,
    // The README's heights: the chart's own at phone widths plus its buttons (held captives is taller).
    iframe: `<iframe data-pow-embed src="${s.assets}/embed.html?${escapeAttribute(query.toString())}"\n  title="${alt}" width="100%" height="${s.height ?? (s.chart === "pow-held-captives" ? 632 : 540)}" style="border:0" loading="lazy"></iframe>\n<!-- optional: the iframe takes the chart's own height (about 1 KB, no chart code) -->\n<script defer src="${s.assets}/iframe-resizer.js"></script>`,
    noscript: `<!-- made once with: ${cli} -->\n<noscript><img src="${s.assets}/${chartName(s.chart)}.svg" alt="${alt}" width="640"></noscript>`,
  };
}

const headings = { progressive: "Progressive snippet (recommended: the chart shows with no JavaScript, nothing shifts)", element: "Custom element (bundler)", script: "One script tag (pages that already use it)", iframe: "Iframe (CMS that strips scripts)", noscript: "Image fallback (no JavaScript)" } as const;

/** The five snippets as headed <pre> blocks, each with a copy button. Text only. */
export function snippetPanel(settings: EmbedSettings): HTMLElement {
  const snippets = embedSnippets(settings);
  const panel = el("section", { className: "pow-snippets" });
  for (const key of Object.keys(headings) as (keyof typeof headings)[]) {
    const pre = el("pre", {}, el("code", { textContent: snippets[key] }));
    pre.dataset.snippet = key;
    pre.tabIndex = 0;
    pre.style.cssText = "white-space:pre-wrap;word-break:break-all;background:#f4f4f4;color:#1a1a1a;padding:10px;font-size:13px";
    const copy = el("button", { type: "button", textContent: `Copy the ${key} snippet` });
    copy.addEventListener("click", () => void navigator.clipboard?.writeText(snippets[key]).then(() => (copy.textContent = "Copied")).catch(() => undefined));
    panel.append(el("h3", { textContent: headings[key] }), pre, copy);
  }
  return panel;
}
