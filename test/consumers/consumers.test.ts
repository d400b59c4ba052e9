import { beforeAll, describe, expect, it } from "vitest";
import { copyProjects, installTarball, installTools, runTool } from "./support/prepare.js";

// Tiny strict-TypeScript projects against the packed tarball, checked as their authors would:
// tsc for vanilla (bundler, node16, nodenext) and React 19, vue-tsc for Vue, svelte-check for Svelte.
// Needs `npm run build`. The tools install once into test/consumers/.cache/ (git-ignored) and are reused.
describe("consumers of the packed tarball", () => {
  beforeAll(() => {
    installTools();
    installTarball();
    copyProjects();
  }, 600_000);

  it.each(["vanilla-bundler", "vanilla-node16", "vanilla-nodenext", "react"])("%s type-checks with zero errors", (project) => {
    const { code, output } = runTool("tsc", ["-p", "tsconfig.json", "--pretty", "false"], project);
    expect(output).toBe("");
    expect(code).toBe(0);
  });

  it("vue: vue-tsc reports zero errors", () => {
    const { code, output } = runTool("vue-tsc", ["-p", "tsconfig.json", "--noEmit", "--pretty", "false"], "vue");
    expect(output).toBe("");
    expect(code).toBe(0);
  });

  it("svelte: svelte-check reports zero errors and zero warnings", () => {
    const { code, output } = runTool("svelte-check", ["--tsconfig", "./tsconfig.json", "--fail-on-warnings", "--output", "machine"], "svelte");
    expect(output).toMatch(/COMPLETED \d+ FILES 0 ERRORS 0 WARNINGS/);
    expect(code).toBe(0);
  });

  it("runs in Node with the lowest dependency versions it allows", () => {
    const { code, output } = runTool("node", ["run.mjs"], "vanilla-node16");
    expect(code, output).toBe(0);
    expect(JSON.parse(output)).toEqual({ svg: true, valid: true, versions: ["d3-selection@3.0.0", "zod@4.6.7"] });
  });
});
