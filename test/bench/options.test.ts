// @vitest-environment node
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs module of the bench, without types
import { helpText, parseOptions, SECTIONS } from "../../bench/lib/options.mjs";

describe("bench options", () => {
  it("gives the full run's defaults with no arguments", () => {
    const o = parseOptions([]);
    expect(o).toMatchObject({ help: false, quick: false, runs: 41, coldSamples: 15, loads: 7, output: "BENCHMARKS.md", sections: SECTIONS });
  });

  it("makes --quick small and writes no file", () => {
    const o = parseOptions(["--quick"]);
    expect(o.quick).toBe(true);
    expect(o.output).toBeNull();
    expect(o.coldSamples).toBeLessThan(15);
  });

  it("reads --name value and --name=value", () => {
    expect(parseOptions(["--loads", "9", "--sections=cold,load"])).toMatchObject({ loads: 9, sections: ["cold", "load"] });
  });

  it("refuses an unknown option, a stray argument, a bad value and a file with --quick", () => {
    expect(() => parseOptions(["--fast"])).toThrow("unknown option --fast");
    expect(() => parseOptions(["quick"])).toThrow("unexpected argument");
    expect(() => parseOptions(["--loads", "seven"])).toThrow("--loads: expected a whole number");
    expect(() => parseOptions(["--loads"])).toThrow("--loads needs a value");
    expect(() => parseOptions(["--sections", "gpu"])).toThrow('unknown section "gpu"');
    expect(() => parseOptions(["--quick", "--output", "x.md"])).toThrow("--quick writes no file");
    expect(() => parseOptions(["--help=yes"])).toThrow("takes no value");
    expect(() => parseOptions(["--quick", "--report-from", "r.json"])).toThrow("--report-from writes a report");
    expect(() => parseOptions(["--cls-widths", "99"])).toThrow("--cls-widths: expected widths");
  });

  it("lists every option in --help", () => {
    for (const name of ["--help", "--quick", "--sections", "--cold-samples", "--loads", "--pages"]) expect(helpText()).toContain(name);
  });
});
