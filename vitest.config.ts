import { defineConfig } from "vitest/config";
import { playwright } from "@vitest/browser-playwright";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";

/** Debian's Chromium: Playwright's own browser download is not available on these machines. */
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** A fresh browser config per project: a shared object gets its instances renamed by Vitest. */
export function browserConfig() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: chromium,
        args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
      },
    }),
    instances: [{ browser: "chromium" as const }],
    screenshotFailures: false,
  };
}

/** Tests of what gets deployed (the static Storybook, the CDN modules): slow, but not timed. */
const deployed = ["test/e2e/storybook-static.test.ts", "test/e2e/cdn-module.test.ts"];

export default defineConfig({
  test: {
    // The second reporter prints the count of story tests after the run.
    reporters: ["default", "./.storybook/story-count-reporter.ts"],
    projects: [
      {
        test: {
          name: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/browser/**", "test/consumers/**", ...deployed],
          environment: "node",
          // Sized for a loaded two-core CI machine: property tests and real-browser e2e tests run
          // several times slower there than on a quiet one (2–4 s alone, 6–20 s shared). Tests that need more say so.
          testTimeout: 60_000,
          // Hooks too: an e2e file's beforeAll starts Chromium and a server, which took over the
          // default 10 s once in a full `npm test` on this two-core machine (test/e2e/leaks.test.ts).
          hookTimeout: 120_000,
        },
      },
      {
        // The built site and CDN files in Chromium; in the later group with the consumers, away from the timed property tests.
        test: {
          name: "deployed",
          include: deployed,
          environment: "node",
          sequence: { groupOrder: 1 },
        },
      },
      {
        // Strict TypeScript, React, Vue and Svelte projects against the packed tarball (needs `npm run build`).
        // A later group: its compilers would otherwise share the 2 cores with the timed property tests.
        test: {
          name: "consumers",
          sequence: { groupOrder: 1 },
          include: ["test/consumers/**/*.test.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          browser: browserConfig(),
        },
      },
      {
        // Every story in stories/ runs as a test in Chromium; axe violations fail it (preview: a11y.test = "error").
        plugins: [storybookTest({ configDir: ".storybook" })],
        test: {
          name: "storybook",
          browser: browserConfig(),
        },
      },
    ],
  },
});
