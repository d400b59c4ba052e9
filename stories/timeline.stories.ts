import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect } from "storybook/test";
import { timeline, timelineDefaults, type TimelineOptions } from "../src/charts/index.js";
import { timelineArgTypes } from "./support/arg-types.js";
import { mountChart, orError } from "./support/mount.js";
import { ILLUSTRATION_NOTE, withBroken, withNewer } from "./support/newer.js";
import { serverRendered } from "./support/ssr.js";
import { chartReady, chartTitle, errorText, expectKeyboardTooltip, hasHighlight } from "./support/play.js";

/**
 * Every exchange on a time axis: people returned to Ukraine above the line, to Russia below, each
 * direction in its colour; an agreement's stages within a week stack as one event; a dot marks a
 * named mediator; the largest events and long pauses are labelled.
 */
const meta = {
  title: "Charts/Timeline",
  tags: ["autodocs"],
  render: (args) => mountChart(timeline, args),
  argTypes: timelineArgTypes,
  args: { locale: "en", tooltip: true, interactive: true, dark: false, plain: false, animate: false, largest: timelineDefaults.largest, pauseMonths: timelineDefaults.pauseMonths, legend: true },
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
  },
} satisfies Meta<TimelineOptions>;

export default meta;
type Story = StoryObj<TimelineOptions>;

/** The whole dataset. Focus the chart and use the arrow keys: the tooltip follows. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expectKeyboardTooltip(canvasElement);
  },
};

/** On a 320 px phone: fewer labels, and the chart still fits. */
export const Narrow: Story = {
  globals: { viewport: { value: "mobile320", isRotated: false } },
  play: async ({ canvasElement }) => {
    const svg = await chartReady(canvasElement);
    await expect(Number(svg.getAttribute("width"))).toBeLessThanOrEqual(320);
  },
};

export const Ukrainian: Story = {
  args: { locale: "uk" },
  play: async ({ canvasElement }) => {
    await expect(await chartTitle(canvasElement)).toBe("Обміни полоненими між Росією та Україною");
  },
};

export const Russian: Story = {
  args: { locale: "ru" },
  play: async ({ canvasElement }) => {
    await expect(await chartTitle(canvasElement)).toBe("Обмены пленными между Россией и Украиной");
  },
};

export const English: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    await expect(await chartTitle(canvasElement)).toBe("Prisoner exchanges between Russia and Ukraine");
  },
};

/** Dark colours on a dark page. */
export const Dark: Story = {
  args: { dark: true },
  globals: { backgrounds: { value: "dark" } },
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
    const root = canvasElement.querySelector<HTMLElement>("[part=chart]")!;
    await expect(root.style.background).toContain("#151515");
  },
};

/** A journalist's "today's swap": the 54th exchange, 17 July 2024. */
export const HighlightAnExchange: Story = {
  args: { highlight: "2024-07-17" },
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
    await expect(hasHighlight(canvasElement)).toBe(true);
  },
};

/** Only 2024. */
/** Istanbul's 1,000 for 1,000 over three days: one stacked column, one label, each stage its own tooltip. */
export const Agreements: Story = {
  args: { from: "2025-01-01", to: "2025-08-31" },
  play: async ({ canvasElement }) => {
    const svg = await chartReady(canvasElement);
    await expect(svg.textContent).toContain("1,000 each way · Istanbul, May 2025");
  },
};

export const DateRange: Story = {
  args: { from: "2024-01-01", to: "2024-12-31" },
  play: async ({ canvasElement }) => {
    const svg = await chartReady(canvasElement);
    await expect(svg.textContent).toContain("2024");
    await expect(svg.textContent).not.toContain("2022");
  },
};

/** The bundled records plus a newsroom's own newer record, merged with `mergeExchanges`. */
export const UserSuppliedRecords: Story = {
  render: (args) => orError(() => mountChart(timeline, { ...args, note: ILLUSTRATION_NOTE, data: withNewer(), highlight: "2026-05-20" })),
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
    await expect(hasHighlight(canvasElement)).toBe(true);
  },
};

/** A range with no exchange: the chart says so instead of drawing an empty frame. */
export const EmptyRange: Story = {
  args: { from: "2023-09-01", to: "2023-12-01" },
  play: async ({ canvasElement }) => {
    const svg = await chartReady(canvasElement);
    await expect(svg.textContent).toContain("No exchanges in this range");
  },
};

/** Invalid records: `mergeExchanges` refuses them and names every problem. */
export const InvalidRecords: Story = {
  render: (args) => orError(() => mountChart(timeline, { ...args, data: withBroken() })),
  play: async ({ canvasElement }) => {
    const text = await errorText(canvasElement);
    await expect(text).toContain("DatasetError");
    await expect(text).toContain('[0].date: "2026-02-30" is not a calendar date');
  },
};

/** An option the chart cannot use: the OptionError names the option and the allowed values. */
export const InvalidOption: Story = {
  args: { locale: "de" as never },
  play: async ({ canvasElement }) => {
    await expect(await errorText(canvasElement)).toBe('OptionError: invalid locale: "de" (expected en, uk, ru)');
  },
};

/** What `renderToString` returns on a server, shown as inline SVG: no DOM needed to make it. */
export const ServerRendered: Story = {
  render: (args) => serverRendered(timeline, { ...args, width: 640 }),
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector("[data-ssr] svg")!;
    await expect(svg.getAttribute("role")).toBe("img");
    await expect(svg.querySelector("title")!.textContent).toBe("Prisoner exchanges between Russia and Ukraine");
  },
};

/** Without header and footer, for a page that prints its own. */
export const Plain: Story = {
  args: { plain: true },
};
