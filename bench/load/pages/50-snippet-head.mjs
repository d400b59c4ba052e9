// The progressive snippet of issue 15 with its loader in <head>: the built snippet
// (dist/snippet/timeline.html, made for a copy of dist/ at /dist/) pasted in the article; its own
// loader line loads the same module again, which the browser fetches once.
export default {
  id: "snippet-head",
  label: "progressive snippet, loader in `<head>`",
  requires: ["dist/loader.js", "dist/snippet/timeline.html"],
  head: `<script type="module" src="/dist/loader.js"></script>`,
  embed: { file: "dist/snippet/timeline.html" },
  interactive: true,
  subject: "snippet",
};
