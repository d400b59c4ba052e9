export default {
  id: "global-defer",
  label: "global script in `<head>`, defer only",
  requires: ["dist/pow-exchanges.global.js"],
  head: `<script defer src="/dist/pow-exchanges.global.js"></script>`,
  embed: `<pow-timeline></pow-timeline>`,
  interactive: true,
};
