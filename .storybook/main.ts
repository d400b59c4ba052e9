import type { StorybookConfig } from "@storybook/html-vite";

/** Storybook: a live preview and the documentation of every chart, element and option. */
const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.ts"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/html-vite", options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: "Documentation" },
};

export default config;
