import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pngSize } from "./support/downloads.js";

// The built bin in plain Node (`npm test` builds first).
const bin = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "pow-cli-"));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "buffer" });

describe("npx pow-exchanges render", () => {
  it("writes a Ukrainian timeline SVG to a file", () => {
    const out = join(dir, "t.svg");
    const result = run("render", "timeline", "--locale", "uk", "-o", out);
    expect(result.status, result.stderr.toString()).toBe(0);
    const svg = readFileSync(out, "utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="\d+"/);
    expect(svg).toContain("<title id=\"pow-timeline-title\">Обміни полоненими між Росією та Україною</title>");
    expect(svg.endsWith("</svg>")).toBe(true);
  });

  it("writes SVG to standard output when no -o is given", () => {
    const result = run("render", "timeline", "--width", "400", "--from", "2025-01-01", "--highlight", "2025-05-23", "--dark");
    expect(result.status).toBe(0);
    expect(result.stdout.toString()).toMatch(/^<svg[^>]* width="400"/);
    expect(result.stdout.toString()).toContain('fill="#151515"');
  });

  it("writes a PNG at the requested scale", () => {
    const out = join(dir, "c.png");
    const result = run("render", "cumulative-bars", "--format", "png", "--width", "500", "--height", "300", "--scale", "2", "-o", out);
    expect(result.status, result.stderr.toString()).toBe(0);
    expect(pngSize(readFileSync(out))).toEqual({ width: 1000, height: 600 });
  });

  it("fails clearly on an unknown chart, option or value", () => {
    const chart = run("render", "piechart");
    expect(chart.status).toBe(2);
    expect(chart.stderr.toString()).toContain('unknown chart: "piechart" (expected one of timeline');
    const option = run("render", "timeline", "--colour", "red");
    expect(option.status).toBe(2);
    expect(option.stderr.toString()).toContain("--colour");
    const value = run("render", "timeline", "--locale", "xx");
    expect(value.status).toBe(1);
    expect(value.stderr.toString()).toContain('invalid locale: "xx"');
  });

  it("refuses an image over its documented limits with exit code 2, before drawing", () => {
    const big = run("render", "timeline", "--format", "png", "--width", "8000", "--scale", "8", "-o", join(dir, "big.png"));
    expect(big.status).toBe(2);
    expect(big.stderr.toString()).toContain("image too large: 64000 × 4800 px");
    const tiny = run("render", "timeline", "--scale", "0.001", "--format", "png", "-o", join(dir, "tiny.png"));
    expect(tiny.status).toBe(2);
    expect(tiny.stderr.toString()).toContain("invalid --scale: 0.001 (expected a number from 0.1 to 8)");
    const wide = run("render", "timeline", "--width", "100000");
    expect(wide.status).toBe(2);
    const ancient = run("render", "timeline", "--from", "0100-01-01", "--to", "9999-12-31");
    expect(ancient.status).toBe(2);
    expect(ancient.stderr.toString()).toContain("from 1900 to 2199");
  });

  it("writes well-formed SVG for hostile text in every option", () => {
    const hostile = '"><script>alert(1)</script>\u000B\u0001'; // no NUL: a process argument cannot hold one
    const result = run("render", "cumulative-bars", "--title", hostile, "--subtitle", hostile);
    expect(result.status, result.stderr.toString()).toBe(0);
    const svg = result.stdout.toString();
    expect(svg).not.toContain("<script");
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    // A highlight that names no record is refused (exit 2), its value quoted as inert text.
    const refused = run("render", "cumulative-bars", "--highlight", hostile);
    expect(refused.status).toBe(2);
    expect(refused.stdout.toString()).toBe("");
  });

  it("prints help", () => {
    const result = run("--help");
    expect(result.status).toBe(0);
    expect(result.stdout.toString()).toMatch(/^Usage: pow-exchanges render <timeline\|/);
  });
});

describe("npx pow-exchanges snippet", () => {
  const sri = JSON.parse(readFileSync(new URL("../../dist/sri.json", import.meta.url), "utf8")) as Record<string, string>;

  it("prints the progressive snippet: the element, its picture in the locale, and the loader with its integrity", () => {
    const result = run("snippet", "timeline", "--locale", "uk", "--base", "https://example.org/pow/dist");
    expect(result.status, result.stderr.toString()).toBe(0);
    const html = result.stdout.toString();
    expect(html).toMatch(/^<pow-timeline locale="uk">\n  <picture data-pow-static>\n/);
    expect(html).toContain('<source media="(max-width: 519px)" srcset="https://example.org/pow/dist/static/timeline-uk-320.svg" width="320" height="500">');
    expect(html).toContain('<source media="(max-width: 719px)" srcset="https://example.org/pow/dist/static/timeline-uk-480.svg" width="480" height="500">');
    expect(html).toMatch(/<img src="https:\/\/example.org\/pow\/dist\/static\/timeline-uk-640.svg" width="640" height="500" alt="Обміни полоненими між Росією та Україною\. [^"]+">/);
    expect(html).toContain(`<script type="module" src="https://example.org/pow/dist/loader.js" integrity="${sri["loader.js"]}" crossorigin="anonymous"></script>`);
    expect(html).not.toMatch(/style=|blocking=/);
  });

  it("offers dark pictures first for dark=\"auto\", and only dark ones for --dark true", () => {
    const auto = run("snippet", "held-captives", "--dark", "auto", "--base", "/dist/").stdout.toString();
    expect(auto).toContain('<pow-held-captives dark="auto">');
    const media = [...auto.matchAll(/<source media="([^"]+)" srcset="[^"]+-(\d+)(-dark)?\.svg"/g)].map((m) => `${m[1]} ${m[2]}${m[3] ?? ""}`);
    expect(media).toEqual([
      "(prefers-color-scheme: dark) and (max-width: 519px) 320-dark",
      "(prefers-color-scheme: dark) and (max-width: 719px) 480-dark",
      "(prefers-color-scheme: dark) 640-dark",
      "(max-width: 519px) 320",
      "(max-width: 719px) 480",
    ]);
    const dark = run("snippet", "held-captives", "--dark", "true", "--base", "/dist/").stdout.toString();
    expect(dark.match(/\.svg"/g)!.length).toBe(3);
    expect(dark.match(/-dark\.svg"/g)!.length).toBe(3);
  });

  it("escapes every value it writes into an attribute", () => {
    const result = run("snippet", "cumulative-bars", "--base", "/dist/", "--title", '"><script>alert(1)</script>', "--subtitle", "' onload='x");
    expect(result.status, result.stderr.toString()).toBe(0);
    const html = result.stdout.toString();
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain('subtitle="&apos; onload=&apos;x"');
    expect(html.match(/<script/g)!.length).toBe(1);
  });

  it("refuses a missing or unsafe base, a bad option and an unknown record, with exit code 2 or 1", () => {
    expect(run("snippet", "timeline").stderr.toString()).toContain("missing --base URL");
    const unsafe = run("snippet", "timeline", "--base", "javascript:alert(1)");
    expect(unsafe.status).toBe(2);
    expect(unsafe.stderr.toString()).toContain('invalid --base: "javascript:alert(1)"');
    expect(run("snippet", "timeline", "--base", "/dist/", "--dark", "sometimes").stderr.toString()).toContain('invalid --dark: "sometimes"');
    const locale = run("snippet", "timeline", "--base", "/dist/", "--locale", "xx");
    expect(locale.status).toBe(1);
    expect(locale.stderr.toString()).toContain('invalid locale: "xx"');
    expect(run("snippet", "timeline", "--base", "/dist/", "--highlight", "2099-01-01").status).toBe(2);
  });

  it("preloads with --eager the chart's files and its locale's words, each once, with their hashes", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../dist/lazy/manifest.json", import.meta.url), "utf8")) as Record<string, [string, string][]>;
    const links = (html: string) => [...html.matchAll(/^<link rel="modulepreload" href="\/dist\/([^"]+)" integrity="([^"]+)">$/gm)].map((m) => [m[1]!, m[2]!] as const);
    const en = run("snippet", "timeline", "--base", "/dist/", "--eager").stdout.toString();
    expect(links(en)).toEqual(manifest.timeline);
    for (const [file, integrity] of links(en)) expect(integrity, file).toBe(sri[file]);
    expect(en).toMatch(/<\/script>\n<link rel="modulepreload"/); // after the picture and the loader, which never wait behind them
    const ru = links(run("snippet", "held-captives", "--base", "/dist/", "--locale", "ru", "--eager").stdout.toString()).map(([file]) => file);
    expect(ru).toContain("lazy/held-captives.js");
    expect(ru).toContain("lazy/locale-ru.js");
    expect(new Set(ru).size).toBe(ru.length);
    expect(run("snippet", "timeline", "--base", "/dist/").stdout.toString()).not.toContain("modulepreload");
  });

  it("writes the snippet to a file with -o", () => {
    const out = join(dir, "snippet.html");
    expect(run("snippet", "timeline", "--base", "/dist/", "--highlight", "2024-07-17", "-o", out).status).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^<pow-timeline highlight="2024-07-17">/);
  });
});
