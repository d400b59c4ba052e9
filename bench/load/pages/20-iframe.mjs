export default {
  id: "iframe",
  label: "iframe of dist/embed.html, 540 px high as the README gives it (no parent script)",
  requires: ["dist/embed.html", "dist/embed-frame.js", "dist/pow-exchanges.global.js"],
  head: "",
  embed: `<iframe title="Prisoner exchanges: chart" style="width:100%;height:540px;border:0" src="/dist/embed.html?chart=timeline"></iframe>`,
  interactive: true,
};
