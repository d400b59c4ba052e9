// Placeholder for the progressive embed of issue 15 (not built yet). Whoever builds it: point
// `requires` at the files the README's snippet loads and paste the snippet into `head`/`embed`.
// Until those files exist the page is skipped with a message, and the targets fall back to
// today's README snippet.
export default {
  id: "snippet-head",
  label: "new progressive snippet, loader in `<head>`",
  requires: ["dist/loader.js", "dist/snippet/timeline.html"],
  head: `<script type="module" src="/dist/loader.js"></script>`,
  embed: { file: "dist/snippet/timeline.html" },
  interactive: true,
  subject: "snippet",
};
