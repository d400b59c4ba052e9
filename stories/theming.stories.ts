import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect } from "storybook/test";
import { timeline } from "../src/charts/index.js";
import { themeTokenTable } from "./components/theme-tokens.js";
import { mountChart } from "./support/mount.js";
import { chartReady } from "./support/play.js";

interface ThemeArgs {
  toUkraine: string;
  toRussia: string;
  background: string;
  text: string;
  grid: string;
  highlight: string;
  font: string;
}

/** Theme a chart from the host page with CSS custom properties: no option, no rebuild. */
const meta = {
  title: "Tools/Theme playground",
  argTypes: {
    toUkraine: { control: "color", description: "--pow-color-to-ukraine: people returned to Ukraine" },
    toRussia: { control: "color", description: "--pow-color-to-russia: people returned to Russia" },
    background: { control: "color", description: "--pow-color-background" },
    text: { control: "color", description: "--pow-color-text" },
    grid: { control: "color", description: "--pow-color-grid" },
    highlight: { control: "color", description: "--pow-color-highlight: the highlighted exchange and its label (see the token table for every property)" },
    font: { control: "text", description: "--pow-font: the font stack" },
  },
  args: { toUkraine: "#1d4ed8", toRussia: "#9a3412", background: "#fffdf7", text: "#222222", grid: "#e6e1d3", highlight: "#7c2d12", font: "Georgia, 'DejaVu Serif', serif" },
  render: (args) => {
    const host = mountChart(timeline, { animate: false, from: "2024-01-01", highlight: "2024-07-17" });
    const set = (name: string, value: string) => host.style.setProperty(name, value);
    set("--pow-color-to-ukraine", args.toUkraine);
    set("--pow-color-to-russia", args.toRussia);
    set("--pow-color-background", args.background);
    set("--pow-color-text", args.text);
    set("--pow-color-grid", args.grid);
    set("--pow-color-highlight", args.highlight);
    set("--pow-font", args.font);
    return host;
  },
} satisfies Meta<ThemeArgs>;

export default meta;
type Story = StoryObj<ThemeArgs>;

/** A newsroom's own colours and serif font, set on the chart's container. */
export const NewsroomColours: Story = {
  play: async ({ canvasElement }) => {
    await chartReady(canvasElement);
    const label = canvasElement.querySelector<SVGElement>("svg text.pow-f-to-ukraine")!;
    await expect(getComputedStyle(label).fill).toBe("rgb(29, 78, 216)");
    await expect(getComputedStyle(canvasElement.querySelector("[part=chart]")!).fontFamily).toContain("Georgia");
  },
};

/** Every token, its custom property and its default colours. */
export const Tokens: Story = {
  render: () => themeTokenTable(),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.textContent).toContain("--pow-color-to-ukraine");
  },
};
