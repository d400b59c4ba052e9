// The progressive snippet pasted in the body as built (a CMS embed block): the element with its
// static picture, then the loader as a module script.
export default {
  id: "snippet-body",
  label: "progressive snippet, pasted in the body",
  requires: ["dist/loader.js", "dist/snippet/timeline.html"],
  head: "",
  embed: { file: "dist/snippet/timeline.html" },
  interactive: true,
  subject: "snippet",
};
