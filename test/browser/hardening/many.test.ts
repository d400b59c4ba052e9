import { afterEach, describe, expect, it } from "vitest";
import "../../../src/embed/index.js";
import { registeredCharts } from "../../../src/charts/registry.js";
import type { PowChartElement } from "../../../src/embed/index.js";

const COUNT = 50;
let page: HTMLElement | undefined;
afterEach(() => page?.remove());

/** Every element with an id, in the document and in every open shadow root, recursively. */
function idsIn(root: Document | ShadowRoot): string[] {
  const ids: string[] = [];
  for (const el of root.querySelectorAll("*")) {
    if (el.id) ids.push(el.id);
    if (el.shadowRoot) ids.push(...idsIn(el.shadowRoot));
  }
  return ids;
}

describe(`${COUNT} chart elements on one page`, () => {
  it("keep every id unique across the document and all shadow roots, and every ARIA reference resolves in its own root", () => {
    page = document.createElement("div");
    page.style.width = "360px";
    document.body.append(page);
    const tags = registeredCharts.map((c) => `pow-${c.definition.name}`);
    const elements = Array.from({ length: COUNT }, (_, i) => {
      const el = document.createElement(tags[i % tags.length]!) as PowChartElement;
      el.setAttribute("animate", "false");
      page!.append(el);
      return el;
    });
    expect(elements.every((el) => el.handle !== undefined && el.error === null)).toBe(true);
    const ids = idsIn(document);
    expect(ids.length).toBeGreaterThanOrEqual(COUNT * 4); // svg, title, desc and hint per chart at least
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const el of elements) {
      const root = el.shadowRoot!;
      for (const node of root.querySelectorAll("[aria-labelledby], [aria-describedby]")) {
        const refs = `${node.getAttribute("aria-labelledby") ?? ""} ${node.getAttribute("aria-describedby") ?? ""}`.split(/\s+/).filter(Boolean);
        for (const ref of refs) expect(root.getElementById(ref), ref).not.toBeNull();
      }
    }
  });

  it("share one CSSStyleSheet instance across all shadow roots", () => {
    page = document.createElement("div");
    document.body.append(page);
    const tags = registeredCharts.map((c) => `pow-${c.definition.name}`);
    const roots = Array.from({ length: COUNT }, (_, i) => {
      const el = document.createElement(tags[i % tags.length]!);
      el.setAttribute("animate", "false");
      page!.append(el);
      return el.shadowRoot!;
    });
    const sheet = roots[0]!.adoptedStyleSheets[0];
    expect(sheet).toBeInstanceOf(CSSStyleSheet);
    for (const root of roots) {
      expect(root.adoptedStyleSheets).toHaveLength(1);
      expect(root.adoptedStyleSheets[0]).toBe(sheet);
      expect(root.querySelector("style")).toBeNull();
    }
  });
});
