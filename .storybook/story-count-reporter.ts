import type { Reporter, TestModule } from "vitest/node";

/** Prints one line after a run: how many story tests ran in the "storybook" project, and how they ended. */
export default class StoryCountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const stories = modules.filter((m) => m.project.name === "storybook" || m.project.name.startsWith("storybook ("));
    if (stories.length === 0) return;
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of stories) for (const test of module.children.allTests()) counts[test.result().state]++;
    const total = counts.passed + counts.failed + counts.skipped + counts.pending;
    process.stdout.write(`\nStorybook: ${total} story tests in ${stories.length} story files: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (axe: a11y.test = "error")\n\n`);
  }
}
