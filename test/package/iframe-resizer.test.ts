import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { packageRoot } from "./consumer-dir.js";

/**
 * dist/iframe-resizer.js, the parent page's standalone resizer (needs `npm run build`). Measured
 * 2026-12-02: 1,345 bytes, 752 gzip, 640 brotli. The issue asks for about 1 KB; the ceiling is 1.5 KB brotli.
 */
const BROTLI_CEILING = 1_536;
const GZIP_CEILING = 1_800;
/** Names only chart, element or data code has: none may be bundled into the resizer. */
const NOT_IN_RESIZER = ["__data__", "customElements", "attachShadow", "viewBox", "toUkraine", "ZodError"];

describe("dist/iframe-resizer.js", () => {
  const code = readFileSync(`${packageRoot}dist/iframe-resizer.js`);
  it("stays under 1.5 KB brotli", () => {
    const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const gzip = gzipSync(code, { level: 9 }).length;
    expect(brotli).toBeLessThanOrEqual(BROTLI_CEILING);
    expect(gzip).toBeLessThanOrEqual(GZIP_CEILING);
  });

  it("holds no chart code and is a classic script that defines no global", () => {
    const text = code.toString("utf8");
    for (const name of NOT_IN_RESIZER) expect(text, name).not.toContain(name);
    expect(text).not.toMatch(/^\s*(import|export)\b|\bexport\s*\{/m);
    expect(text).toMatch(/^"use strict";\(\(\)=>\{[\s\S]*\}\)\(\);\s*$/);
  });
});
