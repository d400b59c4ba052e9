export default {
  id: "global-render",
  label: "global script in `<head>`, defer + blocking=\"render\" (today's README snippet)",
  requires: ["dist/pow-exchanges.global.js"],
  head: `<script defer blocking="render" src="/dist/pow-exchanges.global.js"></script>`,
  embed: `<pow-timeline></pow-timeline>`,
  interactive: true,
  subject: "global-render",
};
