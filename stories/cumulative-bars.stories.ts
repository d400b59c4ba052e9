import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect } from "storybook/test";
import { exchanges } from "../src/data/index.js";
import { cumulativeBars, type CumulativeBarsOptions } from "../src/charts/index.js";
import { cumulativeBarsArgTypes } from "./support/arg-types.js";
import { mountChart, orError } from "./support/mount.js";
import { ILLUSTRATION_NOTE, withBroken, withNewer } from "./support/newer.js";
import { serverRendered } from "./support/ssr.js";
import { barXs, chartReady, chartTitle, errorText, expectKeyboardTooltip, hasHighlight } from "./support/play.js";

/**
 * How many people each side got back, accumulated per month, exchange or year, with the running
 * totals Ukrainian officials stated marked on the bars.
 */
const meta = {
  title: "Charts/Cumulative bars",
  tags: ["autodocs"],
  render: (args) => mountChart(cumulativeBars, args),
  argTypes: cumulativeBarsArgTypes,
  args: { locale: "en", tooltip: true, interactive: true, dark: false, plain: false, animate: false, by: "month", mode: "grouped", officialTotals: true },
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
  },
} satisfies Meta<CumulativeBarsOptions>;

export default meta;
type Story = StoryObj<CumulativeBarsOptions>;

/** Month by month, side by side. Focus the chart and use the arrow keys: the tooltip follows. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expectKeyboardTooltip(canvasElement);
  },
};

/** On a 320 px phone. */
export const Narrow: Story = {
  globals: { viewport: { value: "mobile320", isRotated: false } },
  play: async ({ canvasElement }) => {
    const svg = await chartReady(canvasElement);
    await expect(Number(svg.getAttribute("width"))).toBeLessThanOrEqual(320);
  },
};

/** Grouped: the two series side by side in each period. */
export const Grouped: Story = {
  args: { mode: "grouped", by: "year" },
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
    const toRussia = new Set(barXs(canvasElement, "to-russia"));
    await expect(toRussia.size).toBeGreaterThan(0);
    await expect(barXs(canvasElement, "to-ukraine").some((x) => toRussia.has(x))).toBe(false);
  },
};

/** Stacked: to Russia on top of to Ukraine, one column per period. */
export const Stacked: Story = {
  args: { mode: "stacked", by: "year" },
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
    const toRussia = new Set(barXs(canvasElement, "to-russia"));
    await expect(barXs(canvasElement, "to-ukraine").some((x) => toRussia.has(x))).toBe(true);
  },
};

/** One bar per exchange, without the officials' totals. */
export const PerExchange: Story = {
  args: { by: "exchange", officialTotals: false },
};

export const Ukrainian: Story = {
  args: { locale: "uk" },
  play: async ({ canvasElement }) => {
    await expect(await chartTitle(canvasElement)).toBe("Люди, повернуті в обмінах полоненими");
  },
};

export const Russian: Story = {
  args: { locale: "ru" },
  play: async ({ canvasElement }) => {
    await expect(await chartTitle(canvasElement)).toBe("Люди, возвращённые в обменах пленными");
  },
};

export const English: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    await expect(await chartTitle(canvasElement)).toBe("People returned in prisoner exchanges");
  },
};

export const Dark: Story = {
  args: { dark: true },
  globals: { backgrounds: { value: "dark" } },
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
    await expect(canvasElement.querySelector<HTMLElement>("[part=chart]")!.style.background).toContain("#151515");
  },
};

/** The month of the 54th exchange (17 July 2024), outlined. */
export const HighlightAnExchange: Story = {
  args: { highlight: "2024-07-17" },
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
    await expect(hasHighlight(canvasElement)).toBe(true);
  },
};

/** 2025 and 2026 only, by month. */
/** Records from 2025 on: the bars count from 2025, so Kyiv's totals since 2022 are not drawn over them. */
export const FilteredData: Story = {
  args: { data: exchanges.filter((r) => r.date >= "2025-01-01") },
  play: async ({ canvasElement }) => {
    const svg = await chartReady(canvasElement);
    await expect(svg.textContent).not.toContain("Official total");
  },
};

/** A newsroom's credit and note in the footer. */
export const CreditAndNote: Story = {
  args: { credit: "The Daily Example", note: "Figures as each side reported them." },
  play: async ({ canvasElement }) => {
    const svg = await chartReady(canvasElement);
    await expect(svg.textContent).toContain("Chart: The Daily Example");
  },
};

export const DateRange: Story = {
  args: { from: "2025-01-01", to: "2026-12-31" },
};

/** A newsroom's own newer record, merged with `mergeExchanges` and highlighted. */
export const UserSuppliedRecords: Story = {
  render: (args) => orError(() => mountChart(cumulativeBars, { ...args, note: ILLUSTRATION_NOTE, data: withNewer(), highlight: "2026-05-20" })),
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
    await expect(hasHighlight(canvasElement)).toBe(true);
  },
};

export const EmptyRange: Story = {
  args: { from: "2023-09-01", to: "2023-12-01" },
  play: async ({ canvasElement }) => {
    const svg = await chartReady(canvasElement);
    await expect(svg.textContent).toContain("No exchanges in this range");
  },
};

/** Invalid records: `mergeExchanges` refuses them and names every problem. */
export const InvalidRecords: Story = {
  render: (args) => orError(() => mountChart(cumulativeBars, { ...args, data: withBroken() })),
  play: async ({ canvasElement }) => {
    await expect(await errorText(canvasElement)).toContain("[0].toUkraine: -5");
  },
};

/** A binning the chart does not know. */
export const InvalidOption: Story = {
  args: { by: "week" as never },
  play: async ({ canvasElement }) => {
    await expect(await errorText(canvasElement)).toBe('OptionError: invalid by: "week" (expected month, exchange, year)');
  },
};

/** `renderToString` output shown as inline SVG. */
export const ServerRendered: Story = {
  args: { by: "year", mode: "stacked" },
  render: (args) => serverRendered(cumulativeBars, { ...args, width: 640 }),
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector("[data-ssr] svg")!;
    await expect(svg.querySelector("title")!.textContent).toBe("People returned in prisoner exchanges");
  },
};
