// Placeholder, as 50-snippet-head.mjs: the same snippet pasted in the body (a CMS embed block).
export default {
  id: "snippet-body",
  label: "new progressive snippet, pasted in the body",
  requires: ["dist/loader.js", "dist/snippet/timeline.html"],
  head: "",
  embed: { file: "dist/snippet/timeline.html", before: `<script type="module" src="/dist/loader.js"></script>` },
  interactive: true,
  subject: "snippet",
};
