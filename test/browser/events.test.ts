import { afterEach, describe, expect, it } from "vitest";
import { timeline } from "../../src/charts/index.js";
import type { ChartHandle } from "../../src/charts/index.js";
import { exchanges } from "../../src/data/index.js";
import { defineElements } from "../../src/embed/index.js";

// One set of event names: the function API sends pow:select and pow:skipped like the elements,
// and still sends the deprecated select and skip; an element sends each once, from its host.
let handle: ChartHandle<unknown> | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  handle?.destroy();
  host?.remove();
  handle = host = undefined;
});

const broken = () => [{ id: "x", date: "2024-02-30" }];
const press = (svg: Element) => {
  (svg as SVGElement).focus();
  for (const key of ["ArrowRight", "Enter"]) svg.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
};

describe("chart events", () => {
  it("the function API sends pow:select and the deprecated select, with the same detail", () => {
    host = document.body.appendChild(document.createElement("div"));
    handle = timeline(host, { animate: false, width: 480 });
    const heard: string[] = [];
    host.addEventListener("pow:select", (e) => heard.push(`pow:select ${e.detail.id}`));
    host.addEventListener("select", (e) => heard.push(`select ${(e as CustomEvent<{ id: string }>).detail.id}`));
    press(host.querySelector("svg")!);
    expect(heard).toHaveLength(2);
    expect(heard[0]!.replace("pow:", "")).toBe(heard[1]);
  });

  it("the function API sends pow:skipped and the deprecated skip in lenient mode", async () => {
    host = document.body.appendChild(document.createElement("div"));
    const heard: string[] = [];
    host.addEventListener("pow:skipped", (e) => heard.push(`pow:skipped ${e.detail.skipped.length}`));
    host.addEventListener("skip", () => heard.push("skip"));
    handle = timeline(host, { animate: false, width: 480, lenient: true, data: broken() as never });
    await Promise.resolve();
    expect(heard).toEqual(["pow:skipped 1", "skip"]);
  });

  it("an element sends one pow:select and one pow:skipped, and no select or skip", async () => {
    defineElements();
    host = document.body.appendChild(document.createElement("div"));
    const el = host.appendChild(document.createElement("pow-timeline"));
    const heard: string[] = [];
    for (const type of ["pow:select", "select", "pow:skipped", "skip"]) host.addEventListener(type, () => heard.push(type));
    el.setAttribute("lenient", "");
    el.setAttribute("animate", "false");
    el.data = [...exchanges, ...broken()];
    await new Promise((r) => setTimeout(r, 0));
    press(el.shadowRoot!.querySelector("svg")!);
    expect(heard.sort()).toEqual(["pow:select", "pow:skipped"]);
  });
});
