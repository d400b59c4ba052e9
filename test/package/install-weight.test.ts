import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "./consumer-dir.js";

// Guarantee: `npm install pow-exchanges` in a browser app installs no native binary and no fonts.
// npm installs dependencies and optional dependencies, and peer dependencies unless they are
// marked optional; PNG's packages must be optional peers only (and dev dependencies, for the build).
const pkg = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as Record<string, Record<string, unknown> | undefined>;
const png = ["@resvg/resvg-js", "dejavu-fonts-ttf"];

describe("the default install", () => {
  it("pulls neither resvg's native binary nor the DejaVu fonts", () => {
    for (const name of png) {
      expect(pkg.dependencies?.[name], name).toBeUndefined();
      expect(pkg.optionalDependencies?.[name], name).toBeUndefined();
      expect(pkg.peerDependencies?.[name], name).toBeDefined();
      expect(pkg.peerDependenciesMeta?.[name], name).toEqual({ optional: true });
      expect(pkg.devDependencies?.[name], name).toBeDefined();
    }
  });

  it("has only pure-JavaScript runtime dependencies", () => {
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(["d3-selection", "zod"]);
    expect(pkg.optionalDependencies).toBeUndefined();
  });
});
