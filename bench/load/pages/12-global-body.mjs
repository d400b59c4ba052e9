export default {
  id: "global-body",
  label: "global script pasted in the body with the element (a CMS embed block)",
  requires: ["dist/pow-exchanges.global.js"],
  head: "",
  embed: `<script defer src="/dist/pow-exchanges.global.js"></script>\n<pow-timeline></pow-timeline>`,
  interactive: true,
};
