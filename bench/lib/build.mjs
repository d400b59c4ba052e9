import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const benchDir = fileURLToPath(new URL("../", import.meta.url));
export const buildDir = `${benchDir}.build/`;

/** Bundles the bench page (browser) and the SSR module (Node) from src, so no package build is needed. */
export async function buildBench() {
  mkdirSync(buildDir, { recursive: true });
  // Identifiers stay readable so CPU profiles name our functions; whitespace and syntax are minified as in production.
  const common = { bundle: true, minifyWhitespace: true, minifySyntax: true, logLevel: "warning", target: "es2022", legalComments: "none" };
  await build({ ...common, entryPoints: [`${benchDir}pages/entry.js`], outfile: `${buildDir}page.js`, format: "iife", platform: "browser" });
  await build({ ...common, entryPoints: [`${benchDir}lib/ssr-entry.mjs`], outfile: `${buildDir}ssr.mjs`, format: "esm", platform: "node", external: ["linkedom"] });
  copyFileSync(`${benchDir}pages/index.html`, `${buildDir}index.html`);
}
