import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { defineElements } from "../../../src/embed/index.js";
import { registeredCharts } from "../../../src/charts/registry.js";
import { exchanges } from "../../../src/data/index.js";
import { eachFocus } from "../pointer.js";
import { place, removePlaced } from "./place.js";

afterEach(removePlaced);
const shadow = (el: Element) => el.shadowRoot!;
const title = (el: Element) => shadow(el).querySelector("svg title")?.textContent;
/** Attribute changes render in the next animation frame (one render per frame, however many change). */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe.each(registeredCharts.map((c) => c.definition.name))("<pow-%s>", (name) => {
  it("renders into shadow DOM with part hooks and one shared stylesheet", () => {
    const a = place(`<pow-${name} animate="false"></pow-${name}>`);
    const b = place(`<pow-${name} animate="false"></pow-${name}>`);
    expect(shadow(a).querySelector('[part="chart"] svg[role="img"]')).not.toBeNull();
    expect(shadow(a).querySelector('[part="tooltip"]'), "made when first shown").toBeNull();
    shadow(a).querySelector('svg[role="img"]')!.dispatchEvent(new KeyboardEvent("keydown", { key: "Home", bubbles: true }));
    expect(shadow(a).querySelector('[part="tooltip"]')).not.toBeNull();
    expect(shadow(a).querySelectorAll('[part="actions"] button')).toHaveLength(3);
    expect(shadow(a).adoptedStyleSheets).toHaveLength(1);
    expect(shadow(a).adoptedStyleSheets[0]).toBe(shadow(b).adoptedStyleSheets[0]);
    expect(shadow(a).querySelector("style")).toBeNull();
  });

  it("reserves the chart's own height by CSS alone, even when no chart is drawn", () => {
    const el = place(`<pow-${name} from="not a date"></pow-${name}>`, 500);
    const definition = registeredCharts.find((c) => c.definition.name === name)!.definition;
    expect(el.handle).toBeUndefined();
    const box = shadow(el).querySelector(".box")!.getBoundingClientRect();
    expect(Math.abs(box.height - definition.defaultHeight(500))).toBeLessThanOrEqual(1);
  });
});

describe("<pow-timeline> attributes and lifecycle", () => {
  it("re-renders on attribute change, and an absent attribute resets its option", async () => {
    const el = place(`<pow-timeline animate="false"></pow-timeline>`);
    const svg = shadow(el).querySelector("svg");
    el.setAttribute("locale", "uk");
    await nextFrame();
    expect(title(el)).toBe("Обміни полоненими між Росією та Україною");
    expect(shadow(el).querySelector("svg")).toBe(svg); // updated in place, not rebuilt
    el.setAttribute("title", "Our headline");
    await nextFrame();
    expect(title(el)).toBe("Our headline");
    el.removeAttribute("title");
    await nextFrame();
    expect(title(el)).toBe("Обміни полоненими між Росією та Україною");
    expect(shadow(el).querySelector('[part="actions"]')!.getAttribute("aria-label")).toBe("Завантажити");
  });

  it("destroys the chart on disconnect and renders again on reconnect", () => {
    const el = place(`<pow-timeline animate="false" locale="ru"></pow-timeline>`);
    const parent = el.parentElement!;
    el.remove();
    expect(el.handle).toBeUndefined();
    expect(shadow(el).querySelector("svg")).toBeNull();
    parent.append(el);
    expect(shadow(el).querySelector("svg")).not.toBeNull();
    expect(title(el)).toContain("Росси");
  });

  it("is harmless to define twice", () => {
    const before = customElements.get("pow-timeline");
    expect(defineElements()).toEqual([]);
    expect(customElements.get("pow-timeline")).toBe(before);
  });

  it("shows a bad attribute as an alert and a pow:error event, never an exception or markup", async () => {
    const el = place(`<pow-timeline animate="false"></pow-timeline>`);
    const errors: string[] = [];
    el.addEventListener("pow:error", (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
    expect(() => el.setAttribute("locale", '<img src=x onerror="window.__pwned=1">')).not.toThrow();
    await nextFrame();
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain("invalid locale");
    expect(shadow(el).querySelector("img")).toBeNull();
    expect(errors).toHaveLength(1);
    expect(el.error).toContain("invalid locale");
    expect(() => el.setAttribute("height", "tall")).not.toThrow();
    await nextFrame();
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).toContain("invalid height attribute");
    el.setAttribute("locale", "en");
    el.removeAttribute("height");
    await nextFrame();
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    expect(title(el)).toBe("Prisoner exchanges between Russia and Ukraine");
  });

  it("takes objects through the data and options properties", async () => {
    const el = place(`<pow-timeline animate="false"></pow-timeline>`);
    el.data = exchanges.slice(0, 5);
    expect(eachFocus(shadow(el))).toBe(5);
    el.options = { largest: 0, title: "From options" };
    expect(title(el)).toBe("From options");
    el.setAttribute("title", "From the attribute");
    await nextFrame();
    expect(title(el)).toBe("From the attribute");
  });

  it("honours height, plain, static and actions", async () => {
    const el = place(`<pow-timeline animate="false" height="300" plain static actions="false"></pow-timeline>`);
    const svg = shadow(el).querySelector("svg")!;
    expect(svg.getAttribute("height")).toBe("300");
    expect(svg.hasAttribute("tabindex")).toBe(false);
    expect(shadow(el).querySelector('[part="actions"]')!.checkVisibility()).toBe(false);
    expect([...shadow(el).querySelectorAll("text")].some((t) => t.textContent?.startsWith("Sources"))).toBe(false);
    el.removeAttribute("static");
    await nextFrame();
    expect(svg.getAttribute("tabindex")).toBe("0");
  });

  it("re-dispatches the chart's select as a bubbling, composed pow:select", async () => {
    const el = place(`<pow-timeline animate="false"></pow-timeline>`);
    const ids: string[] = [];
    const leaked: Event[] = [];
    document.addEventListener("pow:select", (e) => ids.push((e as CustomEvent<{ id: string }>).detail.id), { once: true });
    el.parentElement!.addEventListener("select", (e) => leaked.push(e));
    shadow(el).querySelector("svg")!.focus();
    await userEvent.keyboard("{Home}{Enter}");
    expect(ids).toEqual(["2022-03-01"]);
    expect(leaked).toEqual([]);
  });

  it("reaches the export buttons with the keyboard", async () => {
    const el = place(`<pow-timeline animate="false"></pow-timeline>`);
    shadow(el).querySelector("svg")!.focus();
    await userEvent.tab();
    const active = shadow(el).activeElement as HTMLButtonElement;
    expect(active.tagName).toBe("BUTTON");
    expect(active.getAttribute("aria-label")).toBe("Download the chart as SVG");
  });
});

describe("<pow-timeline> exports", () => {
  it("exports SVG with title, sources and version footer, even when plain", () => {
    const el = place(`<pow-timeline animate="false" plain locale="uk"></pow-timeline>`, 500);
    const svg = el.toSVG();
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelector("title")!.textContent).toBe("Обміни полоненими між Росією та Україною");
    expect(doc.documentElement.getAttribute("width")).toBe("500");
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "");
    expect(texts.some((t) => t.startsWith("Джерела"))).toBe(true);
    expect(texts.join(" ")).toMatch(/Дані v\d+\.\d+\.\d+.*пакет pow-exchanges@\d/);
  });

  it("exports PNG at 2×", async () => {
    const el = place(`<pow-timeline animate="false"></pow-timeline>`, 400);
    const bytes = new Uint8Array(await (await el.toPNG()).arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(bytes.buffer);
    expect(view.getUint32(16)).toBe(800);
    expect(view.getUint32(20)).toBe(2 * Number(shadow(el).querySelector("svg")!.getAttribute("height")));
  });

  it("exports the CSV of the records in range", () => {
    const el = place(`<pow-timeline animate="false" from="2025-01-01" to="2025-12-31"></pow-timeline>`);
    const lines = el.toCSV().trim().split("\n");
    expect(lines[0]!.startsWith("id,date,")).toBe(true);
    const inRange = exchanges.filter((r) => r.date >= "2025-01-01" && r.date <= "2025-12-31");
    expect(lines).toHaveLength(inRange.length + 1);
    expect(lines.slice(1).every((l) => l.startsWith("2025-"))).toBe(true);
  });
});
