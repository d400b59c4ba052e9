// The README's snippet, made by the built CLI for the CDN placeholder the README uses.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The placeholder base URL the README documents (no real CDN is named). */
export const README_BASE = "https://<your npm CDN>/pow-exchanges@<version>/dist/";
/** What the CLI is given instead (it refuses "<" in a URL), replaced by README_BASE afterwards. */
const STAND_IN = "https://cdn.invalid/pow-exchanges/dist/";

/** The README's snippet block: `pow-exchanges snippet timeline` with the placeholder base. */
export function readmeSnippetBlock() {
  const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
  const html = execFileSync(process.execPath, [cli, "snippet", "timeline", "--base", STAND_IN], { encoding: "utf8" });
  return html.replaceAll(STAND_IN, README_BASE);
}

const BLOCK = /(<!-- snippet:start -->\s*```html\n)[\s\S]*?(```\s*<!-- snippet:end -->)/;

/** The README's current snippet, or null when the markers are missing. */
export function currentSnippetBlock(readme) {
  return /<!-- snippet:start -->\s*```html\n([\s\S]*?)```\s*<!-- snippet:end -->/.exec(readme)?.[1] ?? null;
}

/** The README with its snippet block replaced. */
export function replaceSnippetBlock(readme, block) {
  if (!BLOCK.test(readme)) throw new Error("README.md has no <!-- snippet:start --> … <!-- snippet:end --> block");
  return readme.replace(BLOCK, (_, start, end) => `${start}${block}${end}`);
}
