import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect } from "storybook/test";
import { snippetPanel, type EmbedSettings } from "./components/embed-snippets.js";

/** Copy-paste embed code that follows the controls: change a control, the snippets follow. */
const meta = {
  title: "Tools/Embed snippets",
  render: (args) => snippetPanel(args),
  argTypes: {
    chart: { control: "inline-radio", options: ["pow-timeline", "pow-cumulative-bars", "pow-held-captives"], description: "Which chart" },
    locale: { control: "inline-radio", options: ["en", "uk", "ru"], description: "Language of the chart" },
    from: { control: "text", description: "First date shown, YYYY-MM-DD" },
    to: { control: "text", description: "Last date shown, YYYY-MM-DD" },
    highlight: { control: "text", description: "Record (or claim) to emphasise" },
    title: { control: "text", description: "Your headline" },
    subtitle: { control: "text", description: "A line under the headline" },
    height: { control: { type: "number", min: 0, step: 10 }, description: "Height in px (default: follows the width)" },
    dark: { control: "inline-radio", options: ["false", "true", "auto"], description: "Dark colours, or follow the reader" },
    plain: { control: "boolean", description: "No header and footer" },
    static: { control: "boolean", description: "No tooltip and no interaction (print, AMP-like pages)" },
    actions: { control: "boolean", description: "Show the SVG/PNG/CSV download buttons" },
    assets: { control: "text", description: "Where your site serves the package's dist/ files" },
  },
  args: { chart: "pow-timeline", locale: "en", dark: "false", plain: false, static: false, actions: true, assets: "/assets/pow-exchanges" },
} satisfies Meta<EmbedSettings>;

export default meta;
type Story = StoryObj<EmbedSettings>;

/** The timeline with its defaults. */
export const Timeline: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("[data-snippet=progressive]")!.textContent).toContain("npx pow-exchanges snippet timeline --base");
    await expect(canvasElement.querySelector("[data-snippet=progressive]")!.textContent).not.toContain("blocking");
    await expect(canvasElement.querySelector("[data-snippet=element]")!.textContent).toContain("<pow-timeline></pow-timeline>");
    await expect(canvasElement.querySelector("[data-snippet=iframe]")!.textContent).toContain("embed.html?chart=timeline");
  },
};

/** A Ukrainian newsroom's cumulative bars for 2025, with today's swap highlighted. */
export const UkrainianNewsroom: Story = {
  args: { chart: "pow-cumulative-bars", locale: "uk", from: "2025-01-01", highlight: "2025-10-02", title: "Обміни 2025 року" },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector("[data-snippet=element]")!.textContent!;
    await expect(element).toContain('<pow-cumulative-bars locale="uk" from="2025-01-01" highlight="2025-10-02" title="Обміни 2025 року"></pow-cumulative-bars>');
    await expect(canvasElement.querySelector("[data-snippet=noscript]")!.textContent).toContain("--locale uk");
  },
};

/** A headline with quotes and markup stays an attribute value. */
export const EscapedTitle: Story = {
  args: { chart: "pow-held-captives", title: 'Who holds "how many" <captives>', dark: "auto", actions: false },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector("[data-snippet=element]")!.textContent!;
    await expect(element).toContain('title="Who holds &quot;how many&quot; &lt;captives>" dark="auto" actions="false"');
  },
};
