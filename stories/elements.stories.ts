import type { ArgTypes, Meta, StoryObj } from "@storybook/html-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import { attributeSpecs } from "../src/embed/spec/attribute-docs.js";
import { eventSpecs } from "../src/embed/spec/events.js";
import { ILLUSTRATION_NOTE, withNewer } from "./support/newer.js";
import { captureDownloads, chartElement, elementReady, type ElementArgs } from "./support/element.js";
import { highlightMarks } from "./support/play.js";

/** The controls of the attributes, from the elements' one source (src/embed/spec/attributes.ts), as custom-elements.json lists them. */
const controls: Record<string, ArgTypes[string]["control"]> = { locale: "inline-radio", dark: "inline-radio", animate: "inline-radio", height: { type: "number", min: 0, step: 10 }, plain: "boolean", static: "boolean", actions: "boolean", lenient: "boolean" };
const options: Record<string, string[]> = { locale: ["en", "uk", "ru"], dark: ["false", "true", "auto"], animate: ["false", "true", "auto"] };
const attributeArgTypes: ArgTypes = Object.fromEntries(attributeSpecs.map((spec) => [spec.name, {
  description: spec.description,
  control: controls[spec.name] ?? "text",
  ...(options[spec.name] ? { options: options[spec.name] } : {}),
  table: { category: "Attributes", type: { summary: spec.type }, ...("default" in spec ? { defaultValue: { summary: spec.default } } : {}) },
}]));
const eventArgTypes: ArgTypes = Object.fromEntries(eventSpecs.map((spec) => [spec.name, {
  description: spec.description, control: false, table: { category: "Events", type: { summary: `CustomEvent<${spec.detail}>` } },
}]));

/**
 * `<pow-timeline>`, `<pow-cumulative-bars>` and `<pow-held-captives>`: one tag per chart, set up
 * with attributes, for pages without a build step. Import `pow-exchanges/element` once (or load
 * `pow-exchanges.global.js`); objects such as your own records go through the `data` property.
 */
const meta: Meta<ElementArgs> = {
  title: "Elements",
  tags: ["autodocs"],
  render: (args) => chartElement(args),
  argTypes: {
    tag: { description: "Which chart element", control: "inline-radio", options: ["pow-timeline", "pow-cumulative-bars", "pow-held-captives"], table: { category: "Element" } },
    ...attributeArgTypes,
    ...eventArgTypes,
  },
  args: { tag: "pow-timeline", locale: "en", dark: "false", plain: false, static: false, animate: "false", actions: true },
  play: async ({ canvasElement }) => {
    await elementReady(canvasElement);
  },
};

export default meta;
type Story = StoryObj<ElementArgs>;

/** `<pow-timeline>`: Tab into the chart, the arrow keys move the tooltip. */
export const Timeline: Story = {
  play: async ({ canvasElement }) => {
    const { el, svg } = await elementReady(canvasElement);
    svg.focus();
    await userEvent.keyboard("{ArrowRight}");
    const tooltip = el.shadowRoot!.querySelector<HTMLElement>("[part=tooltip]")!;
    await expect(tooltip.style.display).toBe("block");
    const first = tooltip.textContent;
    await userEvent.keyboard("{ArrowRight}");
    await expect(tooltip.textContent).not.toBe(first);
  },
};

export const CumulativeBars: Story = { args: { tag: "pow-cumulative-bars" } };

export const HeldCaptives: Story = { args: { tag: "pow-held-captives" } };

/** Stacked bars, through the `options` property (attributes cover the common options only). */
export const CumulativeBarsStacked: Story = {
  args: { tag: "pow-cumulative-bars" },
  render: (args) => chartElement(args, (el) => (el.options = { mode: "stacked", by: "year" })),
};

/** Every claim over time, through the `options` property. */
export const HeldCaptivesDots: Story = {
  args: { tag: "pow-held-captives" },
  render: (args) => chartElement(args, (el) => (el.options = { mode: "dots" })),
};

export const Narrow: Story = {
  globals: { viewport: { value: "mobile320", isRotated: false } },
  play: async ({ canvasElement }) => {
    const { svg } = await elementReady(canvasElement);
    await expect(Number(svg.getAttribute("width"))).toBeLessThanOrEqual(320);
  },
};

export const Ukrainian: Story = {
  args: { locale: "uk", tag: "pow-cumulative-bars" },
  play: async ({ canvasElement }) => {
    const { el, svg } = await elementReady(canvasElement);
    await expect(svg.querySelector("title")!.textContent).toBe("Люди, повернуті в обмінах полоненими");
    await expect(el.shadowRoot!.querySelector("[data-format=csv]")!.getAttribute("aria-label")).toBe("Завантажити дані як CSV");
  },
};

export const Russian: Story = {
  args: { locale: "ru" },
  play: async ({ canvasElement }) => {
    const { svg } = await elementReady(canvasElement);
    await expect(svg.querySelector("title")!.textContent).toBe("Обмены пленными между Россией и Украиной");
  },
};

export const Dark: Story = {
  args: { dark: "true", tag: "pow-held-captives" },
  globals: { backgrounds: { value: "dark" } },
};

/** Today's swap, set with `highlight`, in a date range. */
export const HighlightInRange: Story = {
  args: { highlight: "2024-07-17", from: "2024-01-01", to: "2024-12-31", title: "The 54th exchange, 17 July 2024" },
  play: async ({ canvasElement }) => {
    const { svg } = await elementReady(canvasElement);
    await expect(svg.querySelector("title")!.textContent).toBe("The 54th exchange, 17 July 2024");
    await expect(highlightMarks(svg).length).toBeGreaterThan(0);
  },
};

/** Your newer records through the `data` property (validated with `mergeExchanges` first). */
export const UserSuppliedRecords: Story = {
  args: { highlight: "2026-05-20", from: "2026-01-01", subtitle: ILLUSTRATION_NOTE },
  render: (args) => chartElement(args, (el) => (el.data = withNewer())),
};

/** `lenient`: a broken record in your data is skipped and named in the footer instead of stopping the chart. */
export const LenientWithABrokenRecord: Story = {
  args: { lenient: true, from: "2025-01-01" },
  render: (args) => chartElement(args, (el) => (el.data = [...withNewer(), { ...withNewer()[0]!, id: "typo", date: "2025-02-30" }])),
  play: async ({ canvasElement }) => {
    const { svg } = await elementReady(canvasElement);
    await expect(svg.textContent).toContain("1 record skipped");
    await expect(svg.textContent).toContain('"2025-02-30"');
  },
};

export const EmptyRange: Story = {
  args: { from: "2023-09-01", to: "2023-12-01" },
  play: async ({ canvasElement }) => {
    const { svg } = await elementReady(canvasElement);
    await expect(svg.textContent).toContain("No exchanges in this range");
  },
};

/** A wrong attribute: the element shows the message in place of the chart and fires `pow:error`. */
export const InvalidAttribute: Story = {
  args: { from: "2024-02-30" },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector("pow-timeline")!;
    await waitFor(() => expect(el.shadowRoot!.querySelector("[role=alert]")).toBeTruthy());
    await expect(el.shadowRoot!.querySelector("[role=alert]")!.textContent).toBe('timeline: invalid from: "2024-02-30" (expected a calendar date YYYY-MM-DD from 1900 to 2199)');
  },
};

/** The export buttons save the chart as SVG or PNG and the records shown as CSV. */
export const ExportActions: Story = {
  args: { tag: "pow-cumulative-bars", from: "2025-01-01" },
  play: async ({ canvasElement }) => {
    const { el } = await elementReady(canvasElement);
    await expect(el.toSVG()).toMatch(/^<svg[^>]+role="img"/);
    await expect(el.toCSV().split("\n")[0]).toMatch(/^id,date,/);
    const downloads = captureDownloads();
    try {
      await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>("[data-format=svg]")!);
      await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>("[data-format=csv]")!);
      await waitFor(() => expect(downloads.names).toEqual(["pow-exchanges-cumulative-bars.svg", "pow-exchanges-cumulative-bars.csv"]));
    } finally {
      downloads.stop();
    }
  },
};

/** `actions="false"` hides the buttons; `static` removes the chart from the tab order. */
export const StaticWithoutActions: Story = {
  args: { static: true, actions: false },
  play: async ({ canvasElement }) => {
    const { el, svg } = await elementReady(canvasElement);
    await expect(el.shadowRoot!.querySelector<HTMLElement>("[part=actions]")!.hidden).toBe(true);
    await expect(svg.hasAttribute("tabindex")).toBe(false);
  },
};
