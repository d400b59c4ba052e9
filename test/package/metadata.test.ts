import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { chartNames } from "../../src/charts/registry.js";
import { chartAttributeNames } from "../../src/embed/spec/attributes.js";
import { eventSpecs } from "../../src/embed/spec/events.js";

// What npm and editors read: package.json's links and license, and custom-elements.json (needs `npm run build`).
const root = new URL("../../", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as Record<string, unknown> & { dependencies: Record<string, string>; customElements: string };
interface Declaration { tagName: string; attributes: { name: string }[]; events: { name: string; type: { text: string } }[]; members: { name: string }[] }
const manifest = JSON.parse(readFileSync(new URL(pkg.customElements, root), "utf8")) as { schemaVersion: string; modules: { declarations: Declaration[]; exports: { kind: string; name: string }[] }[] };

describe("package metadata", () => {
  it("links the repository, homepage and issues, names its authors, and licenses code and data", () => {
    expect(pkg.repository).toMatchObject({ type: "git", url: expect.stringMatching(/^git\+https:\/\/github\.com\/.+\.git$/) });
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs).toMatchObject({ url: expect.stringMatching(/\/issues$/) });
    expect(pkg.author).toBeTruthy();
    expect(pkg.license).toBe("MIT AND CC-BY-4.0");
  });

  it("allows any compatible version of its runtime dependencies", () => {
    for (const [name, range] of Object.entries(pkg.dependencies)) expect(range, name).toMatch(/^\^\d/);
  });

  it("ships custom-elements.json listing every element with every attribute and event", () => {
    expect(manifest.schemaVersion).toBe("2.1.0");
    const [module] = manifest.modules;
    expect(module!.declarations.map((d) => d.tagName)).toEqual(chartNames().map((name) => `pow-${name}`));
    expect(module!.exports.filter((e) => e.kind === "custom-element-definition").map((e) => e.name)).toEqual(chartNames().map((name) => `pow-${name}`));
    for (const declaration of module!.declarations) {
      expect(declaration.attributes.map((a) => a.name)).toEqual([...chartAttributeNames]);
      expect(declaration.events.map((e) => e.name)).toEqual(["pow:select", "pow:skipped", "pow:error"]);
      expect(declaration.events.map((e) => e.type.text)).toEqual(eventSpecs.map((e) => `CustomEvent<${e.detail}>`));
      expect(declaration.members.map((m) => m.name)).toEqual(expect.arrayContaining(["data", "options", "toSVG", "toPNG", "toCSV"]));
    }
  });
});
