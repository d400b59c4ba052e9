export default {
  id: "article",
  label: "article, no embed",
  requires: [],
  head: "",
  embed: "",
  interactive: false,
  subject: "none",
};
