import { describe, expect, it } from "vitest";
import { readAttributes } from "../../src/embed/attributes.js";
import { reservedBox } from "../../src/embed/reserve.js";
import { ampSizeMessage, parseFrameMessage, pymHeightMessage, pymWidthMessage } from "../../src/embed/iframe-messages.js";
import { frameRequest } from "../../src/embed/frame/params.js";
import { parseRenderArgs } from "../../src/cli/args.js";
import { registeredCharts } from "../../src/charts/registry.js";

const attrs = (values: Record<string, string>) => readAttributes((name) => values[name] ?? null);

describe("element attributes", () => {
  it("reads scalars and leaves absent ones undefined so they reset", () => {
    const { options, actions } = attrs({ locale: "uk", height: "320", dark: "auto", plain: "", static: "", actions: "false" });
    expect(options).toMatchObject({ locale: "uk", height: 320, dark: "auto", plain: true, interactive: false, from: undefined });
    expect(actions).toBe(false);
    expect(attrs({ static: "false" }).options.interactive).toBe(true);
    expect(attrs({}).options.interactive).toBeUndefined();
  });

  it("reads lenient as a boolean attribute, absent leaving the option unset", () => {
    expect(attrs({ lenient: "" }).options.lenient).toBe(true);
    expect(attrs({ lenient: "false" }).options.lenient).toBe(false);
    expect(attrs({}).options.lenient).toBeUndefined();
    expect(() => attrs({ lenient: "maybe" })).toThrow('invalid lenient attribute: "maybe" (expected true or false)');
  });

  it("names the attribute and the value it cannot use", () => {
    expect(() => attrs({ height: "tall" })).toThrow('invalid height attribute: "tall"');
    expect(() => attrs({ plain: "yes" })).toThrow('invalid plain attribute: "yes" (expected true or false)');
  });
});

describe("reserved size", () => {
  it("matches every chart's default height at phone and desktop widths", () => {
    for (const { definition } of registeredCharts) {
      const box = reservedBox(definition.defaultHeight);
      for (const width of [320, 390, 640, 1024, 2000]) {
        const css = Math.min(box.maxHeight, Math.max(box.minHeight, width * box.ratio));
        expect(Math.abs(css - definition.defaultHeight(width)), `${definition.name} at ${width}`).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("iframe messages", () => {
  it("writes and reads pym.js and AMP heights", () => {
    expect(pymHeightMessage("c1", 300.2)).toBe("pymc1xPYMxheightxPYMx301");
    expect(parseFrameMessage(pymHeightMessage("c1", 300))).toEqual({ kind: "height", id: "c1", height: 300 });
    expect(parseFrameMessage(ampSizeMessage(420))).toEqual({ kind: "height", id: null, height: 420 });
    expect(parseFrameMessage("pymc1xPYMxwidthxPYMx640")).toEqual({ kind: "width", id: "c1", width: 640 });
    expect(pymWidthMessage("c1", 639.6)).toBe("pymc1xPYMxwidthxPYMx640");
    expect(parseFrameMessage(pymWidthMessage("pow", 390))).toEqual({ kind: "width", id: "pow", width: 390 });
    for (const bad of ["pymc1xPYMxheightxPYMxNaN", "hello", { sentinel: "amp", type: "embed-size", height: 1e9 }, null]) expect(parseFrameMessage(bad)).toBeNull();
  });

  it("reads the iframe page's query: known attributes only, pym's id and the parent's origin", () => {
    const request = frameRequest("?chart=held-captives&locale=ru&onload=x&childId=c9&parentUrl=https%3A%2F%2Fnews.example%2Fa", "");
    expect(request).toEqual({ chart: "held-captives", attributes: [["locale", "ru"]], pymId: "c9", parentOrigin: "https://news.example" });
    expect(frameRequest("", "https://paper.example/story").parentOrigin).toBe("https://paper.example");
  });
});

describe("CLI arguments", () => {
  const names = ["timeline", "held-captives"];
  it("infers PNG from the output name and passes chart options on", () => {
    expect(parseRenderArgs(["render", "held-captives", "-o", "h.png", "--locale", "uk", "--dark"], names)).toEqual({
      chart: "held-captives", format: "png", output: "h.png", scale: 2, options: { width: 640, locale: "uk", dark: true },
    });
  });

  it("names what is wrong", () => {
    expect(() => parseRenderArgs(["render", "piechart"], names)).toThrow('unknown chart: "piechart"');
    expect(() => parseRenderArgs(["draw", "timeline"], names)).toThrow('unknown command: "draw"');
    expect(() => parseRenderArgs(["render", "timeline", "--width", "wide"], names)).toThrow('invalid --width: "wide"');
    expect(() => parseRenderArgs(["render", "timeline", "--format", "gif"], names)).toThrow('invalid --format: "gif"');
    expect(parseRenderArgs(["--help"], names)).toBe("help");
  });
});
