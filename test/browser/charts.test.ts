import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import axe from "axe-core";
import { cumulativeBars, heldCaptives, timeline } from "../../src/charts/index.js";
import type { Chart, ChartHandle } from "../../src/charts/index.js";

const charts = { timeline, cumulativeBars, heldCaptives } as Record<string, Chart<{ animate?: boolean }>>;
let handle: ChartHandle<unknown> | undefined;
let host: HTMLDivElement | undefined;
let live = 0;
const Native = window.ResizeObserver;

/** Counts observers that observe and were not disconnected, to prove destroy() releases them. */
beforeEach(() => {
  live = 0;
  window.ResizeObserver = class extends Native {
    #observing = false;
    override observe(target: Element, options?: ResizeObserverOptions) {
      if (!this.#observing) live++;
      this.#observing = true;
      super.observe(target, options);
    }
    override disconnect() {
      if (this.#observing) live--;
      this.#observing = false;
      super.disconnect();
    }
  };
});

afterEach(() => {
  handle?.destroy();
  host?.remove();
  handle = undefined;
  window.ResizeObserver = Native;
});

function mount(name: string, width: number) {
  host = document.createElement("div");
  host.style.width = `${width}px`;
  document.body.append(host);
  handle = charts[name]!(host, { animate: false }) as ChartHandle<unknown>;
  return host;
}

describe.each(Object.keys(charts))("%s", (name) => {
  describe.each([320, 1024])("at %i px", (width) => {
    it("renders inside the viewport with zero axe violations", async () => {
      const el = mount(name, width);
      const box = el.querySelector("svg")!.getBoundingClientRect();
      expect(box.width).toBe(width);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(Math.max(window.innerWidth, width));
      const result = await axe.run(el, { resultTypes: ["violations"] });
      expect(result.violations.map((v) => v.id)).toEqual([]);
    });

    it("lets the keyboard reach the marks, move between them with arrows and close the tooltip with Escape", async () => {
      const el = mount(name, width);
      const svg = el.querySelector("svg")!;
      svg.focus();
      expect(document.activeElement).toBe(svg);
      await userEvent.keyboard("{ArrowRight}");
      const tooltip = el.querySelector<HTMLElement>(".pow-tooltip")!;
      expect(tooltip.style.display).toBe("block");
      const announced = el.querySelector('[aria-live="polite"]')!;
      const first = announced.textContent;
      expect(first).not.toBe("");
      await userEvent.keyboard("{ArrowRight}");
      expect(announced.textContent).not.toBe(first);
      await userEvent.keyboard("{Escape}");
      expect(tooltip.style.display).toBe("none");
    });

    it("leaves no element and no live ResizeObserver after destroy", () => {
      const el = mount(name, width);
      expect(live).toBe(1);
      handle!.destroy();
      expect(el.childElementCount).toBe(0);
      expect(live).toBe(0);
    });
  });
});
