import { escapeXml } from "../charts/render/string/escape-xml.js";

/** A static rendering the build made (one entry of `dist/static/alt.json`'s `files`). */
export interface StaticFile {
  readonly file: string;
  readonly locale: string;
  readonly width: number;
  readonly height: number;
  readonly dark: boolean;
}

/** What a snippet shows: which chart, from where, in which language and theme, with which attributes. */
export interface SnippetSpec {
  readonly chart: string;
  /** Where dist/ is served, ending in "/". */
  readonly base: string;
  readonly locale: string;
  readonly dark: "false" | "true" | "auto";
  /** Further attributes for the element (the live chart applies them; the picture shows the defaults). */
  readonly attributes: Readonly<Record<string, string>>;
  /** The alt text of the picture, in the snippet's locale. */
  readonly alt: string;
  /** The loader's sha384, when known. */
  readonly integrity?: string;
  /**
   * Files (paths under dist/, with their sha384) to preload from the snippet itself, so the chart's
   * code arrives with the picture instead of after the loader: `--eager`, for a chart in the
   * article's first screen.
   */
  readonly preload?: readonly (readonly [file: string, integrity: string])[];
}

/** The picture's breakpoints: up to this viewport width, this rendering; wider, the widest. */
const BREAKPOINTS: readonly { readonly width: number; readonly maxViewport: number }[] = [
  { width: 320, maxViewport: 519 },
  { width: 480, maxViewport: 719 },
];

/**
 * The progressive snippet: the chart's element wrapping a `<picture>` of its static renderings
 * (sized by presentational width and height attributes only, so a strict CSP page shows it with
 * no JavaScript and no layout shift), then the loader as a module script, which never blocks the
 * page. With `preload`, module preload links for the chart's files follow. Every value is
 * escaped: nothing passed in becomes markup.
 *
 * @example
 * snippetHtml({ chart: "timeline", base: "/dist/", locale: "en", dark: "false", attributes: {}, alt: "…" }, files);
 * // '<pow-timeline>\n  <picture data-pow-static>\n    <source media="(max-width: 519px)" …'
 */
export function snippetHtml(spec: SnippetSpec, files: readonly StaticFile[]): string {
  const a = (name: string, value: string | number) => ` ${name}="${escapeXml(value)}"`;
  const pick = (width: number, dark: boolean) => {
    const found = files.find((f) => f.locale === spec.locale && f.width === width && f.dark === dark);
    if (!found) throw new Error(`no static rendering of ${spec.chart} for locale ${spec.locale} at ${width} px${dark ? " (dark)" : ""}: run the build`);
    return found;
  };
  const widest = Math.max(...files.map((f) => f.width));
  const source = (f: StaticFile, media: string) => `    <source${a("media", media)}${a("srcset", spec.base + "static/" + f.file)}${a("width", f.width)}${a("height", f.height)}>`;
  const sources = (dark: boolean, prefix: string) => [
    ...BREAKPOINTS.map((b) => source(pick(b.width, dark), `${prefix}(max-width: ${b.maxViewport}px)`)),
    ...(prefix ? [source(pick(widest, dark), prefix.replace(/ and $/, ""))] : []),
  ];
  const lines = spec.dark === "auto" ? [...sources(true, "(prefers-color-scheme: dark) and "), ...sources(false, "")] : sources(spec.dark === "true", "");
  const img = pick(widest, spec.dark === "true");
  const attributes = { ...(spec.locale === "en" ? {} : { locale: spec.locale }), ...(spec.dark === "false" ? {} : { dark: spec.dark }), ...spec.attributes };
  const tag = `pow-${spec.chart}`;
  return [
    `<${tag}${Object.entries(attributes).map(([name, value]) => a(name, value)).join("")}>`,
    "  <picture data-pow-static>",
    ...lines,
    `    <img${a("src", spec.base + "static/" + img.file)}${a("width", img.width)}${a("height", img.height)}${a("alt", spec.alt)}>`,
    "  </picture>",
    `</${tag}>`,
    `<script type="module"${a("src", spec.base + "loader.js")}${spec.integrity ? a("integrity", spec.integrity) + ' crossorigin="anonymous"' : ""}></script>`,
    // After the picture and the loader, so neither waits behind the chart's code.
    ...(spec.preload ?? []).map(([file, integrity]) => `<link rel="modulepreload"${a("href", spec.base + file)}${a("integrity", integrity)}>`),
    "",
  ].join("\n");
}
