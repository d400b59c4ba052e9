import type { StorybookConfig } from "@storybook/html-vite";
import remarkGfm from "remark-gfm";

/** Storybook: a live preview and the documentation of every chart, element and option. */
const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.ts"],
  addons: [
    // remark-gfm: the MDX pages' Markdown tables render as tables, not as pipes.
    { name: "@storybook/addon-docs", options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    "@storybook/addon-a11y",
    "@storybook/addon-vitest",
  ],
  framework: { name: "@storybook/html-vite", options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: "Documentation" },
};

export default config;
