import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { consumerDir, packageRoot } from "./consumer-dir.js";
// @ts-expect-error: a build script in plain JavaScript, without types
import { currentSnippetBlock, readmeSnippetBlock } from "../../scripts/static/readme-snippet.mjs";

// The README's examples run as written, against the built package (needs `npm run build`).
const readme = readFileSync(join(packageRoot, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```(?:js|ts)\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe("README examples", () => {
  it("mergeExchanges runs as written and returns your record, marked userSupplied", () => {
    const block = blocks.find((b) => b.includes("mergeExchanges(exchanges"));
    expect(block).toBeDefined();
    const dir = consumerDir();
    writeFileSync(join(dir, "merge.mjs"), `${block}\nconsole.log(JSON.stringify([all.length - exchanges.length, all.at(-1).id, all.at(-1).userSupplied]));\n`);
    const out = execFileSync(process.execPath, [join(dir, "merge.mjs")], { cwd: dir, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual([1, "2026-06-01", true]);
  });

  it("starts with what the package is and how to install it, and keeps the contributor commands near the top", () => {
    const lines = readme.split("\n");
    expect(lines.slice(0, 30).join("\n")).toContain("npm install pow-exchanges");
    const contributing = lines.indexOf("## Contributing");
    expect(contributing).toBeGreaterThan(0);
    expect(contributing).toBeLessThan(60);
    const top = lines.slice(contributing, 60).join("\n");
    expect(top).toContain("npm ci && npm start");
    expect(top).toMatch(/^npm test\b/m);
  });

  it("recommends the build's own progressive snippet, with the loader's current integrity hash (npm run readme:snippet rewrites it)", () => {
    const block = currentSnippetBlock(readme) as string | null;
    expect(block).not.toBeNull();
    expect(block).toBe(readmeSnippetBlock());
    const sri = JSON.parse(readFileSync(join(packageRoot, "dist/sri.json"), "utf8")) as Record<string, string>;
    expect(block).toContain(`integrity="${sri["loader.js"]}"`);
    expect(readme).toContain(sri["loader.js"]);
  });

  it("recommends no render-blocking or synchronous script", () => {
    expect(readme).not.toContain("blocking=");
    for (const tag of readme.match(/<script\b[^\n]*?\ssrc=[^\n]*?><\/script>/g) ?? []) expect(tag, tag).toMatch(/\b(defer|async)\b|type="module"/);
  });
});
