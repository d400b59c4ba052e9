import { ILLUSTRATION_NOTE } from "./support/newer.js";
import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect } from "storybook/test";
import { heldCaptives, type HeldCaptivesOptions } from "../src/charts/index.js";
import { heldCaptivesArgTypes } from "./support/arg-types.js";
import { mountChart, orError } from "./support/mount.js";
import { claimsWithBroken, claimsWithNewer } from "./support/newer-claim.js";
import { serverRendered } from "./support/ssr.js";
import { chartReady, chartTitle, errorText, expectKeyboardTooltip, hasHighlight } from "./support/play.js";

/**
 * How many captives each side says it holds: each side's latest claim (the default), one claim as
 * two bars, or every claim over time.
 * These are claims, each with its claimant and what it counted, not verified counts.
 */
const meta = {
  title: "Charts/Held captives",
  tags: ["autodocs"],
  render: (args) => mountChart(heldCaptives, args),
  argTypes: heldCaptivesArgTypes,
  args: { locale: "en", tooltip: true, interactive: true, dark: false, plain: false, animate: false, mode: "latest" },
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
  },
} satisfies Meta<HeldCaptivesOptions>;

export default meta;
type Story = StoryObj<HeldCaptivesOptions>;

/** Each side's latest official claim of captives held, named, dated and aged, on one scale. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const svg = await chartReady(canvasElement);
    await expect(svg.textContent).toContain("Ukraine's latest claim");
    await expect(svg.textContent).toContain("Russia's latest claim");
  },
};

/** One claim alone as two bars: the view `claim` asks for. */
export const SingleClaim: Story = {
  args: { mode: "single" },
  play: async ({ canvasElement }) => {
    const svg = await chartReady(canvasElement);
    await expect(svg.textContent).toContain("Vladimir Putin");
  },
};

/** Every claim over time; the arrow keys move the tooltip from claim to claim. */
export const Dots: Story = {
  args: { mode: "dots" },
  play: async ({ canvasElement }) => {
    await expectKeyboardTooltip(canvasElement);
  },
};

/** Putin's figures of 5 June 2024, chosen by claimant name. */
export const ChooseAClaim: Story = {
  args: { claim: "putin", mode: "single" },
  play: async ({ canvasElement }) => {
    const svg = await chartReady(canvasElement);
    await expect(svg.textContent).toContain("6,465");
  },
};

export const Narrow: Story = {
  args: { mode: "dots" },
  globals: { viewport: { value: "mobile320", isRotated: false } },
  play: async ({ canvasElement }) => {
    const svg = await chartReady(canvasElement);
    await expect(Number(svg.getAttribute("width"))).toBeLessThanOrEqual(320);
  },
};

export const Ukrainian: Story = {
  args: { locale: "uk" },
  play: async ({ canvasElement }) => {
    await expect(await chartTitle(canvasElement)).toBe("Скільки полонених, за заявами, утримує кожна сторона");
  },
};

export const Russian: Story = {
  args: { locale: "ru" },
  play: async ({ canvasElement }) => {
    await expect(await chartTitle(canvasElement)).toBe("Сколько пленных, по заявлениям, удерживает каждая сторона");
  },
};

export const English: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    await expect(await chartTitle(canvasElement)).toBe("How many captives each side says it holds");
  },
};

export const Dark: Story = {
  args: { dark: true, mode: "dots" },
  globals: { backgrounds: { value: "dark" } },
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
    await expect(canvasElement.querySelector<HTMLElement>("[part=chart]")!.style.background).toContain("#151515");
  },
};

/** One claim ringed among all the others. */
export const HighlightAClaim: Story = {
  args: { mode: "dots", highlight: "2024-06-05-putin" },
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
    await expect(hasHighlight(canvasElement)).toBe(true);
  },
};

/** Claims from 2025 on. */
export const DateRange: Story = {
  args: { mode: "dots", from: "2025-01-01", to: "2026-12-31" },
};

/** A newsroom's own newer claim, validated with `parseHeldClaims` and highlighted. */
export const UserSuppliedClaim: Story = {
  args: { mode: "dots" },
  render: (args) => orError(() => mountChart(heldCaptives, { ...args, note: ILLUSTRATION_NOTE, data: claimsWithNewer(), highlight: "2026-05-10-example" })),
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
    await expect(hasHighlight(canvasElement)).toBe(true);
  },
};

export const EmptyRange: Story = {
  args: { mode: "dots", from: "2023-01-01", to: "2023-06-30" },
  play: async ({ canvasElement }) => {
    const svg = await chartReady(canvasElement);
    await expect(svg.textContent).toContain("No claims to show");
  },
};

/** Invalid claims: the DatasetError names every problem. */
export const InvalidRecords: Story = {
  render: (args) => orError(() => mountChart(heldCaptives, { ...args, data: claimsWithBroken() })),
  play: async ({ canvasElement }) => {
    const text = await errorText(canvasElement);
    await expect(text).toContain("DatasetError");
    await expect(text).toContain("[0].date");
  },
};

/** A claim nobody made: the OptionError lists the claims there are. */
export const InvalidOption: Story = {
  args: { claim: "nobody" },
  play: async ({ canvasElement }) => {
    await expect(await errorText(canvasElement)).toMatch(/^OptionError: no claim matches "nobody" \(claims: 2022-03-19-ukraine-officials/);
  },
};

/** `renderToString` output shown as inline SVG. */
export const ServerRendered: Story = {
  args: { mode: "dots" },
  render: (args) => serverRendered(heldCaptives, { ...args, width: 640 }),
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector("[data-ssr] svg")!;
    await expect(svg.querySelector("title")!.textContent).toBe("How many captives each side says it holds");
  },
};
