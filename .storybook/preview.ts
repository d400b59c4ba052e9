import type { Preview } from "@storybook/html-vite";
import { destroyCharts } from "../stories/support/mount.js";

/** Viewports every story can be checked at: two phones, a tablet and a desktop. */
const viewports = {
  mobile320: { name: "Mobile 320", styles: { width: "320px", height: "640px" }, type: "mobile" },
  mobile390: { name: "Mobile 390", styles: { width: "390px", height: "844px" }, type: "mobile" },
  tablet: { name: "Tablet 768", styles: { width: "768px", height: "1024px" }, type: "tablet" },
  desktop: { name: "Desktop 1280", styles: { width: "1280px", height: "800px" }, type: "desktop" },
} as const;

const preview: Preview = {
  parameters: {
    // Any axe violation fails the story's test.
    a11y: { test: "error" },
    layout: "padded",
    viewport: { options: viewports },
    backgrounds: {
      options: {
        light: { name: "Light", value: "#ffffff" },
        dark: { name: "Dark", value: "#151515" },
      },
    },
    controls: { expanded: true, sort: "none" },
    options: {
      storySort: {
        order: ["Docs", ["Introduction", "Dataset explorer", "Embed guide", "Theming", "Accessibility", "Data notes and citation"], "Charts", ["Timeline", "Cumulative bars", "Held captives"], "Elements"],
      },
    },
  },
  initialGlobals: { backgrounds: { value: "light" } },
  // Charts keep a ResizeObserver and listeners: release them when the story changes.
  beforeEach: () => destroyCharts,
};

export default preview;
