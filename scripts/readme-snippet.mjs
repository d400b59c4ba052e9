// Writes the README's recommended snippet (between <!-- snippet:start --> and <!-- snippet:end -->)
// from the built CLI, so its alt text and the loader's integrity hash are the build's own.
// test/package/readme.test.ts fails when the README's copy differs from what this would write.
// Usage: npm run build && node scripts/readme-snippet.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { readmeSnippetBlock, replaceSnippetBlock } from "./static/readme-snippet.mjs";

const readmeUrl = new URL("../README.md", import.meta.url);
const readme = readFileSync(readmeUrl, "utf8");
const next = replaceSnippetBlock(readme, readmeSnippetBlock());
if (next === readme) console.log("README.md: the snippet is up to date");
else {
  writeFileSync(readmeUrl, next);
  console.log("README.md: snippet rewritten from the build");
}
