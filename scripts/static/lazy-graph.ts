// What a page loads for the progressive snippet's charts: a lazy module (dist/lazy/NAME.js) and
// every chunk it imports statically. What it imports dynamically (a locale's words, the sources'
// addresses) loads only when needed and is not part of it. One home for the rule, used by the bundle
// tests and the benchmark's page-load report.
import { readFileSync } from "node:fs";
import { brotliCompressSync } from "node:zlib";

/**
 * The files (relative to `dist`) that `file` pulls in, itself included.
 *
 * @example
 * lazyGraph("dist/", "lazy/timeline.js"); // Set { "lazy/timeline.js", "lazy/chunk-….js", … }
 */
export function lazyGraph(dist: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const dir = file.slice(0, file.lastIndexOf("/") + 1);
  for (const m of readFileSync(`${dist}${file}`, "utf8").matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)) lazyGraph(dist, `${dir}${m[1]}`, seen);
  return seen;
}

/**
 * Brotli bytes (quality 11, as the benchmark's server sends them) of everything the named charts
 * load together, each shared chunk counted once.
 *
 * @example
 * lazyBytes("dist/", ["timeline"]); // one interactive chart with the records it draws
 */
export function lazyBytes(dist: string, names: readonly string[]): number {
  const files = new Set<string>();
  for (const name of names) lazyGraph(dist, `lazy/${name}.js`, files);
  let total = 0;
  for (const file of files) total += brotliCompressSync(readFileSync(`${dist}${file}`)).length;
  return total;
}
