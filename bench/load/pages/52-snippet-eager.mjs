// The progressive snippet with `--eager`, pasted in the body: module preload links for the
// timeline's code come before the element, so it loads with the picture rather than after the
// loader. Not the README's snippet (the targets are measured on that); for a chart in an
// article's first screen.
export default {
  id: "snippet-eager",
  label: "progressive snippet with `--eager` (preload links for the chart's code), pasted in the body",
  requires: ["dist/loader.js", "dist/lazy/manifest.json", "dist/cli.js"],
  head: "",
  embed: { cli: ["snippet", "timeline", "--base", "/dist/", "--eager"] },
  interactive: true,
  subject: "eager",
};
