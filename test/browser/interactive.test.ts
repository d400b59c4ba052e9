import { afterEach, describe, expect, it } from "vitest";
import { cumulativeBars, heldCaptives, timeline } from "../../src/charts/index.js";
import type { ChartHandle } from "../../src/charts/index.js";
import { chartSvg, eachFocus } from "./pointer.js";

// `interactive: false` is a render setting: the same marks, drawn as a still image.
let handle: ChartHandle<{ interactive?: boolean }> | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  handle?.destroy();
  host?.remove();
  handle = host = undefined;
});

const charts = { timeline, "cumulative bars": cumulativeBars, "held captives": heldCaptives } as const;

describe.each(Object.entries(charts))("%s with interactive: false", (_name, chart) => {
  const mountStill = () => {
    host = document.body.appendChild(document.createElement("div"));
    handle = chart(host, { animate: false, width: 640, interactive: false }) as ChartHandle<{ interactive?: boolean }>;
    return chartSvg(host);
  };

  it("takes no keyboard focus and gives no keyboard hint", () => {
    const svg = mountStill();
    expect(svg.hasAttribute("tabindex")).toBe(false);
    expect(svg.hasAttribute("aria-describedby")).toBe(false);
    expect(host!.querySelector("p")!.textContent).toBe("");
  });

  it("answers no key, pointer or click: no ring, no tooltip, no pow:select", () => {
    const svg = mountStill();
    const heard: string[] = [];
    host!.addEventListener("pow:select", (e) => heard.push(e.detail.id));
    expect(eachFocus(host!)).toBe(0);
    const box = svg.getBoundingClientRect();
    for (let x = 20; x < 640; x += 20) svg.dispatchEvent(new MouseEvent("click", { bubbles: true, clientX: box.left + x, clientY: box.top + box.height / 2 }));
    svg.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(heard).toEqual([]);
    expect(host!.querySelector(".pow-focus-ring")!.getAttribute("display")).toBe("none");
    expect(host!.querySelector("[part=tooltip]")).toBeNull();
  });

  it("becomes interactive again with update({ interactive: true })", () => {
    const svg = mountStill();
    handle!.update({ interactive: true });
    expect(svg.getAttribute("tabindex")).toBe("0");
    expect(eachFocus(host!)).toBeGreaterThan(1);
  });
});
