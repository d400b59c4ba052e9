import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { consumerDir } from "./consumer-dir.js";

let dir: string | undefined;

/** Bundles a tiny entry file against the built package, as an app's bundler would, and measures it. */
export async function bundle(source: string): Promise<{ code: string; bytes: number; gzip: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: (dir ??= consumerDir()), loader: "js" },
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    treeShaking: true,
    platform: "browser",
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  return { code, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}
