import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// The CLI refuses what it cannot do as asked, and says its version (the built bin, like cli.test.ts).
const bin = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "pow-cli-checks-"));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

describe("pow-exchanges CLI checks", () => {
  it("--version prints the package and data versions", () => {
    for (const flag of ["--version", "-v"]) {
      const result = run(flag);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^pow-exchanges ${pkg.version.replaceAll(".", "\\.")} \\(data v\\d+\\.\\d+\\.\\d+\\)\\n$`));
    }
  });

  it("refuses an output extension it cannot write, and writes nothing", () => {
    const out = join(dir, "chart.jpg");
    const result = run("render", "timeline", "-o", out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`cannot write "${out}": the CLI writes .svg or .png files`);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a --format that disagrees with the output file", () => {
    const result = run("render", "timeline", "--format", "png", "-o", join(dir, "chart.svg"));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--format png does not match");
  });

  it("errors on a --highlight that matches no record, and accepts one that does", () => {
    const bad = run("render", "timeline", "--highlight", "2099-01-01");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--highlight "2099-01-01" matches no record of this chart');
    expect(run("render", "held-captives", "--highlight", "2024-06-05-putin").status).toBe(0);
    expect(run("render", "cumulative-bars", "--highlight", "2024-07-17", "-o", join(dir, "ok.svg")).status).toBe(0);
  });
});
