export default {
  id: "img",
  label: "static `<img>` of the prebuilt SVG (dist/static/timeline.svg), width and height set",
  requires: ["dist/static/timeline.svg"],
  head: "",
  embed: `<figure><img src="/dist/static/timeline.svg" width="640" height="352" style="max-width:100%;height:auto" alt="Prisoner exchanges between Russia and Ukraine"></figure>`,
  interactive: false,
  subject: "img",
};
