import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { packageVersion } from "../../src/charts/index.js";
import { dataset } from "../../src/data/index.js";
import { renderToString, timeline } from "../../src/server/index.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

describe("versions", () => {
  it("packageVersion is package.json's version", () => {
    expect(packageVersion).toBe(pkg.version);
  });

  it("a chart's footer names the data version and the package version, each labelled", () => {
    const svg = renderToString(timeline, { width: 900 });
    expect(svg).toContain(`Data v${dataset.version}`);
    expect(svg).toContain(`package pow-exchanges@${pkg.version}`);
  });
});
