import { build, type Metafile, type Plugin } from "esbuild";
import { gzipSync } from "node:zlib";
import { consumerDir } from "./consumer-dir.js";

let dir: string | undefined;

/** Extra esbuild settings: plugins (e.g. `externalRecords`) for a bundle measured without some modules. */
export interface BundleOptions {
  readonly plugins?: Plugin[];
}

/** Bundles a tiny entry file against the built package, as an app's bundler would, and measures it. */
export async function bundle(source: string, options: BundleOptions = {}): Promise<{ code: string; bytes: number; gzip: number; metafile: Metafile }> {
  const result = await build({
    stdin: { contents: source, resolveDir: (dir ??= consumerDir()), loader: "js" },
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    treeShaking: true,
    platform: "browser",
    logLevel: "silent",
    metafile: true,
    plugins: options.plugins ?? [],
  });
  const code = result.outputFiles[0]!.text;
  return { code, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

/** Leaves the bundled records (src/data/records/*) out of a bundle, to measure a chart's own code. */
export const externalRecords: Plugin = {
  name: "external-records",
  setup(b) {
    b.onResolve({ filter: /[\\/]records[\\/](exchanges|held-claims|official-totals)(\.[jt]s)?$/ }, (args) => ({ path: args.path, external: true }));
  },
};
